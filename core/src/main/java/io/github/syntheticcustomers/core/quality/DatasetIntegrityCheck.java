package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dataset is what its manifest says: record count, every file unchanged (size and SHA-256), unique
 * customer ids. Catches a truncated, hand-edited or stale fixture before the other checks judge it.
 */
final class DatasetIntegrityCheck implements QualityCheck {

    @Override
    public String name() {
        return "dataset_integrity";
    }

    @Override
    public String title() {
        return "Dataset integrity";
    }

    @Override
    public String description() {
        return "The dataset has customers with unique ids; when read from files, manifest.json exists, its "
                + "record count matches the customers read, every file it lists is unchanged (size and SHA-256), "
                + "and it was generated with the configuration being checked (config_digest; quality thresholds "
                + "excluded).";
    }

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<CustomerProfile> customers = dataset.customers();
        List<Measurement> measurements = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        // a dataset written without its customer part (parts) is measured by its scenarios, one per customer
        boolean customersLeftOut = dataset.manifest() != null && dataset.manifest().files().stream()
                .noneMatch(f -> f.part().equals(LoadedDataset.CUSTOMERS));
        if (!customersLeftOut) {
            measurements.add(Measurement.of("customers", customers.size(), null, 1.0, null, "records"));
        }
        Set<String> seen = new HashSet<>();
        long duplicates = 0;
        for (CustomerProfile c : customers) {
            if (!seen.add(c.id())) {
                duplicates++;
                examples.add("duplicate customer id " + c.id());
            }
        }
        measurements.add(Measurement.of("duplicate_customer_ids", duplicates, null, null, 0.0, "records"));
        if (dataset.directory() != null) {
            Manifest manifest = dataset.manifest();
            measurements.add(Measurement.of("manifest_present", manifest == null ? 0 : 1, 1.0, 1.0, 1.0, "files"));
            if (manifest == null) {
                examples.add("no manifest.json in " + dataset.directory()
                        + ": the dataset is incomplete or was not written by the generator");
            } else {
                if (!customersLeftOut) {
                    measurements.add(Measurement.of("customers_vs_manifest_count", customers.size(),
                            (double) manifest.count(), (double) manifest.count(), (double) manifest.count(), "records"));
                } else if (manifest.files().stream().anyMatch(f -> f.part().equals(LoadedDataset.SCENARIOS))) {
                    measurements.add(Measurement.of("scenarios_vs_manifest_count", dataset.scenarios().size(),
                            (double) manifest.count(), (double) manifest.count(), (double) manifest.count(), "records"));
                }
                long changed = 0;
                for (Manifest.FileEntry entry : manifest.files()) {
                    LoadedDataset.ObservedFile seenFile = dataset.files().stream()
                            .filter(f -> f.file().equals(entry.file())).findFirst().orElse(null);
                    if (seenFile == null || !seenFile.exists()) {
                        changed++;
                        examples.add(entry.file() + " is listed in manifest.json but missing");
                    } else if (seenFile.bytes() != entry.bytes() || !entry.sha256().equals(seenFile.sha256())) {
                        changed++;
                        examples.add(entry.file() + " differs from manifest.json (" + seenFile.bytes() + " bytes, "
                                + "sha256 " + seenFile.sha256() + "; manifest: " + entry.bytes() + " bytes, sha256 "
                                + entry.sha256() + ")");
                    }
                }
                measurements.add(Measurement.of("changed_or_missing_files", changed, null, null, 0.0, "files"));
                String digest = SyntheticDatasets.configDigest(config);
                boolean same = digest.equals(manifest.configDigest());
                measurements.add(Measurement.of("generated_with_this_configuration", same ? 1 : 0, 1.0, 1.0, 1.0,
                        "match"));
                if (!same) {
                    examples.add("the dataset was generated with another configuration (manifest config_digest "
                            + manifest.configDigest() + ", checked configuration " + digest + "): regenerate it, or "
                            + "check with the same configuration file and reference date");
                }
            }
        }
        long off = measurements.stream().filter(m -> !m.passed()).count();
        String summary = off == 0 && customersLeftOut ? "No customer part (left out); every listed file matches"
                + " manifest.json." : off == 0 ? customers.size() + " customers with unique ids"
                + (dataset.manifest() != null ? ", matching manifest.json." : ".")
                : off + " integrity measurement(s) failed.";
        return CheckResult.judged(this, summary, measurements, examples);
    }
}
