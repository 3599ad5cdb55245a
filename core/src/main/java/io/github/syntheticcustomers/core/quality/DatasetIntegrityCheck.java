package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.JsonProblem;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset is what its manifest says: record count, every file unchanged (size and SHA-256), unique
 * customer ids, every data file parsing to its end. Catches a truncated, hand-edited or stale fixture before the other
 * checks judge it, naming the file, line and column where a data file stops parsing.
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
        return "The dataset has customers, customer i with id cus-(i+1) (so no id repeats); when read from files, every data file parses to its end, manifest.json exists, its "
                + "record count matches the customers read, every file it lists is unchanged (size and SHA-256), "
                + "and it was generated with the configuration being checked (config_digest; quality thresholds "
                + "excluded).";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        // a dataset written without its customer part (parts) is measured by its scenarios, one per customer
        boolean customersLeftOut = DatasetFiles.customersLeftOut(facts.manifest());
        List<String> examples = new ArrayList<>();
        long[] counts = new long[3]; // customers, scenarios, customer ids out of sequence
        return new Pass() {
            @Override
            public void accept(RecordGroup group) {
                counts[1] += group.scenario() == null ? 0 : 1;
                CustomerProfile c = group.customer();
                if (c == null) {
                    return;
                }
                counts[0]++;
                // customer i is cus-<i+1>: with the index rule no id can repeat, and no set of ids is kept
                String expected = DatasetGenerator.customerId(group.index());
                if (!expected.equals(c.id())) {
                    counts[2]++;
                    if (examples.size() < CheckResult.MAX_EXAMPLES) {
                        examples.add("customer " + (group.index() + 1) + " is " + c.id() + ", not " + expected);
                    }
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                if (!customersLeftOut) {
                    measurements.add(Measurement.of("customers", counts[0], null, 1.0, null, "records"));
                    measurements.add(Measurement.of("customer_ids_out_of_sequence", counts[2], null, null, 0.0,
                            "records"));
                }
                // a file that stops parsing ends its part there: named first, with line, column and what is wrong
                List<String> damage = facts.damage().get();
                if (facts.directory() != null) {
                    measurements.add(Measurement.of("unreadable_files", damage.size(), null, null, 0.0, "files"));
                    manifest(facts, config, customersLeftOut, counts, measurements, examples, damage);
                }
                examples.addAll(0, damage);
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = off == 0 && customersLeftOut ? "No customer part (left out); every listed file"
                        + " matches manifest.json." : off == 0 ? counts[0] + " customers with unique ids"
                        + (facts.manifest() != null ? ", matching manifest.json." : ".")
                        : off + " integrity measurement(s) failed" + (damage.isEmpty() ? "." : "; " + damage.size()
                                + " data file(s) do not parse to their end, read up to the damage.");
                return CheckResult.judged(DatasetIntegrityCheck.this, summary, measurements, examples);
            }
        };
    }

    /** The measurements of a dataset read from files: its manifest, the files it lists, the configuration. */
    private static void manifest(DatasetFacts facts, GeneratorConfig config, boolean customersLeftOut, long[] counts,
            List<Measurement> measurements, List<String> examples, List<String> damage) {
        Manifest manifest = facts.manifest();
        measurements.add(Measurement.of("manifest_present", manifest == null ? 0 : 1, 1.0, 1.0, 1.0, "files"));
        if (manifest == null) {
            examples.add("no manifest.json in " + facts.directory()
                    + ": the dataset is incomplete or was not written by the generator");
            return;
        }
        double count = manifest.count();
        if (!customersLeftOut) {
            measurements.add(Measurement.of("customers_vs_manifest_count", counts[0], count, count, count, "records"));
        } else if (manifest.files().stream().anyMatch(f -> f.part().equals(LoadedDataset.SCENARIOS))) {
            measurements.add(Measurement.of("scenarios_vs_manifest_count", counts[1], count, count, count, "records"));
        }
        long changed = 0;
        List<LoadedDataset.ObservedFile> files = facts.files().get();
        for (Manifest.FileEntry entry : manifest.files()) {
            LoadedDataset.ObservedFile seenFile = files.stream().filter(f -> f.file().equals(entry.file()))
                    .findFirst().orElse(null);
            if (seenFile == null || !seenFile.exists()) {
                changed++;
                examples.add(entry.file() + " is listed in manifest.json but missing");
            } else if (seenFile.bytes() < entry.bytes()) {
                changed++;
                if (damage.stream().anyMatch(d -> d.startsWith(entry.file() + " line "))) {
                    continue; // named where it stops parsing
                }
                long[] end = LoadedDataset.end(facts.directory(), entry.file());
                examples.add(JsonProblem.at(entry.file(), end[0], end[1]) + ": the file ends there; it is truncated ("
                        + seenFile.bytes() + " of " + entry.bytes() + " bytes)");
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
        measurements.add(Measurement.of("generated_with_this_configuration", same ? 1 : 0, 1.0, 1.0, 1.0, "match"));
        if (!same) {
            ConfigSource recorded = manifest.config();
            examples.add("the dataset was generated with another configuration (manifest.json records "
                    + (recorded == null ? "no configuration" : recorded.builtIn() ? "the built-in defaults"
                            : recorded.name()) + ", reference date " + manifest.referenceDate() + ", config_digest "
                    + manifest.configDigest() + "; the configuration checked has config_digest " + digest + "): "
                    + (recorded == null ? "check with the configuration file and reference date it was generated"
                            + " with" : "check without a configuration file or reference date to judge it by the"
                            + " recorded one") + ", or regenerate it");
        }
    }
}
