package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A dataset as the quality checks and the analysis see it: the records, and, when it was read from
 * files, the manifest and what the files on disk actually hold (so a hand-edited or truncated file is
 * detected). Build one with {@link #read(Path)} or {@link #of(List)} / {@link #generate(DatasetGenerator)}.
 *
 * @param directory the directory it was read from, null when held in memory
 * @param manifest the manifest read from {@code directory}, null when absent or in memory
 * @param customers the customer records, in file order
 * @param scenarios the test scenarios, in file order (empty when the dataset has none)
 * @param files what each file listed in the manifest holds now (name, bytes and SHA-256); empty in memory
 * @param engagementSteps the engagement-adapted steps, in file order (empty when the dataset has none)
 * @param events the events of every customer's timeline, customer by customer in index order, each customer's in
 *     time order (empty when the dataset has no {@code events} part; the checks then regenerate them when the
 *     manifest records the seed and configuration)
 */
public record LoadedDataset(Path directory, Manifest manifest, List<CustomerProfile> customers,
        List<TestScenario> scenarios, List<ObservedFile> files, List<EngagementStep> engagementSteps,
        List<EngagementEvent> events) {

    /** Name of the customer part's files ({@code customers.json}, {@code customers.jsonl}). */
    public static final String CUSTOMERS = "customers";
    /** Name of the scenario part's files ({@code scenarios.json}, {@code scenarios.jsonl}). */
    public static final String SCENARIOS = "scenarios";
    /** Name of the engagement part's files ({@code engagement-steps.json}, {@code engagement-steps.jsonl}). */
    public static final String ENGAGEMENT_STEPS = EngagementStepPart.NAME;
    /** Name of the event part's files ({@code events.json}, {@code events.jsonl}). */
    public static final String EVENTS = "events";

    public LoadedDataset {
        customers = List.copyOf(customers);
        scenarios = List.copyOf(scenarios);
        files = List.copyOf(files);
        engagementSteps = engagementSteps == null ? List.of() : List.copyOf(engagementSteps);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A dataset without events. */
    public LoadedDataset(Path directory, Manifest manifest, List<CustomerProfile> customers,
            List<TestScenario> scenarios, List<ObservedFile> files, List<EngagementStep> engagementSteps) {
        this(directory, manifest, customers, scenarios, files, engagementSteps, List.of());
    }

    /**
     * A file listed in the manifest as found on disk.
     *
     * @param file name relative to the dataset directory
     * @param exists whether it exists
     * @param bytes its size, 0 when missing
     * @param sha256 its SHA-256 (hex), null when missing
     */
    public record ObservedFile(String file, boolean exists, long bytes, String sha256) {
    }

    /**
     * Hands every {@link RecordGroup} of this dataset to {@code action}, in index order: customer {@code i} with
     * scenario {@code i} and that customer's engagement steps and events; steps of no customer come last. This is how the
     * checks and the analysis see a dataset held in memory, the same way they see one streamed from files.
     */
    public void forEachGroup(java.util.function.Consumer<? super RecordGroup> action) {
        RecordGroups.of(this).forEachRemaining(action);
    }

    /**
     * As {@link #forEachGroup(java.util.function.Consumer)}, each group with its customer's events: those held, or,
     * when the dataset has none and its manifest records the seed of a dataset generated with {@code config}, the
     * events regenerated one customer at a time, as the checks see them.
     */
    public void forEachGroup(GeneratorConfig config, java.util.function.Consumer<? super RecordGroup> action) {
        EventSource.of(DatasetFacts.of(this), config).attach(RecordGroups.of(this)).forEachRemaining(action);
    }

    /** Customers held in memory, without scenarios (no manifest, no files). */
    public static LoadedDataset of(List<CustomerProfile> customers) {
        return of(customers, List.of());
    }

    /** Customers and scenarios held in memory (no manifest, no files). */
    public static LoadedDataset of(List<CustomerProfile> customers, List<TestScenario> scenarios) {
        return new LoadedDataset(null, null, customers, scenarios, List.of(), List.of());
    }

    /** Every record of {@code generator}, engagement steps and events included, generated in memory. */
    public static LoadedDataset generate(DatasetGenerator generator) {
        List<CustomerProfile> customers = new ArrayList<>();
        List<TestScenario> scenarios = new ArrayList<>();
        List<EngagementStep> steps = new ArrayList<>();
        List<EngagementEvent> events = new ArrayList<>();
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        for (long i = 0; i < generator.count(); i++) {
            CustomerProfile c = generator.customer(i);
            customers.add(c);
            scenarios.add(generator.scenario(i));
            steps.addAll(part.recordsFor(i, c));
            events.addAll(generator.events(i));
        }
        return of(customers, scenarios).withEngagementSteps(steps).withEvents(events);
    }

    /** This dataset with other scenarios (e.g. a deliberately broken copy). */
    public LoadedDataset withScenarios(List<TestScenario> other) {
        return new LoadedDataset(directory, manifest, customers, other, files, engagementSteps, events);
    }

    /** This dataset with other customers (e.g. a deliberately broken copy). */
    public LoadedDataset withCustomers(List<CustomerProfile> other) {
        return new LoadedDataset(directory, manifest, other, scenarios, files, engagementSteps, events);
    }

    /** This dataset with other events (e.g. hand-made, or a deliberately broken copy), customer by customer. */
    public LoadedDataset withEvents(List<EngagementEvent> other) {
        return new LoadedDataset(directory, manifest, customers, scenarios, files, engagementSteps, other);
    }

    /** This dataset with other engagement steps (e.g. generated in memory, or a deliberately broken copy). */
    public LoadedDataset withEngagementSteps(List<EngagementStep> steps) {
        return new LoadedDataset(directory, manifest, customers, scenarios, files, steps, events);
    }

    /**
     * Reads the dataset in {@code directory}: each part from its {@code .json} file, or its {@code .jsonl}
     * file when there is no JSON file, and {@code manifest.json} when present. A part the manifest lists no
     * file of (left out with {@code parts}) is read as empty, and the checks that need it are skipped.
     *
     * @throws UncheckedIOException when no part can be read, naming the directory and the files looked for
     */
    public static LoadedDataset read(Path directory) {
        DatasetFiles files = DatasetFiles.of(directory);
        Manifest manifest = files.manifest();
        List<CustomerProfile> customers = files.customers() == null ? List.of()
                : DatasetReader.readAll(files.customers(), CustomerProfile.class);
        List<TestScenario> scenarios = files.scenarios() == null ? List.of()
                : DatasetReader.readAll(files.scenarios(), TestScenario.class);
        List<EngagementStep> steps = files.steps() == null ? List.of()
                : DatasetReader.readAll(files.steps(), EngagementStep.class);
        List<EngagementEvent> events = files.events() == null ? List.of()
                : DatasetReader.readAll(files.events(), EngagementEvent.class);
        List<ObservedFile> observed = new ArrayList<>();
        if (manifest != null) {
            for (Manifest.FileEntry entry : manifest.files()) {
                observed.add(observe(directory, entry.file()));
            }
        }
        return new LoadedDataset(directory, manifest, customers, scenarios, observed, steps, events);
    }

    /** Why {@code directory} holds nothing the checks can read. */
    static String noDataset(Path directory, Manifest manifest) {
        String json = DatasetWriter.fileName(CUSTOMERS, Format.JSON);
        String jsonl = DatasetWriter.fileName(CUSTOMERS, Format.JSONL);
        List<String> csv = new ArrayList<>();
        for (String part : List.of(CUSTOMERS, SCENARIOS, ENGAGEMENT_STEPS)) {
            String name = DatasetWriter.fileName(part, Format.CSV);
            if (isPlainFile(directory.resolve(name))) {
                csv.add(name);
            }
        }
        List<String> fhir = manifest == null ? List.of() : manifest.files().stream()
                .filter(f -> Format.builtIn().stream().noneMatch(b -> b.id().equals(f.format())))
                .map(Manifest.FileEntry::file).toList();
        long tables = manifest == null ? 0 : manifest.files().stream()
                .filter(f -> f.format().equals(Format.RELATIONAL.id())).count();
        String found;
        if (!csv.isEmpty() || !fhir.isEmpty() || tables > 0) {
            List<String> kinds = new ArrayList<>();
            if (!csv.isEmpty()) {
                kinds.add(String.join(", ", csv) + (csv.size() == 1 ? " (a flat summary)" : " (flat summaries)"));
            }
            if (tables > 0) {
                kinds.add(tables + " relational tables (table-customers.csv and others, for databases)");
            }
            if (!fhir.isEmpty()) {
                kinds.add(String.join(", ", fhir) + " (FHIR resources)");
            }
            found = " holds only " + String.join(" and ", kinds) + ", which the checks do not read; they read each"
                    + " part's .json or .jsonl file";
        } else {
            found = ": neither " + json + " nor " + jsonl + " exists";
        }
        return "no dataset in " + directory + found + " (run the generate goal first, with formats json or jsonl)";
    }

    /** The part's {@code .json} file, else its {@code .jsonl} file, else null. */
    static Path find(Path directory, String part) {
        Path json = directory.resolve(DatasetWriter.fileName(part, Format.JSON));
        Path jsonl = directory.resolve(DatasetWriter.fileName(part, Format.JSONL));
        return isPlainFile(json) ? json : isPlainFile(jsonl) ? jsonl : null;
    }

    static ObservedFile observe(Path directory, String name) {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory.normalize()) || !isPlainFile(file)) {
            return new ObservedFile(name, false, 0, null);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS), sha256())) {
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes += n;
            }
            String digest = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new ObservedFile(name, true, bytes, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the file {@code name} in {@code directory} ends: its last line (1-based) and the column after its last
     * byte ({@code {line, column}}), for a file found shorter than its manifest entry. Read once, in constant memory.
     */
    static long[] end(Path directory, String name) {
        Path file = directory.resolve(name).normalize();
        long line = 1;
        long column = 1;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new long[] {line, column};
    }

    /** A regular file, not a link: dataset files are read without following links. */
    private static boolean isPlainFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
