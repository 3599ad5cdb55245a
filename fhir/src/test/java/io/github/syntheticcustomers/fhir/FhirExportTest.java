package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.RecordRange;
import io.github.syntheticcustomers.core.io.ShardMerge;
import io.github.syntheticcustomers.core.io.ShardMismatchException;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fhir format as files: one NDJSON file per resource type in the manifest, the same bytes for the same seed
 * whatever the threads, locale and time zone (committed golden hashes), identifiers that join the FHIR and JSON
 * outputs, references that resolve within the export, and facts equal to the customer records'.
 */
class FhirExportTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An address at one of the domains RFC 2606 reserves: nobody's real address. */
    private static final Pattern RESERVED_EMAIL = Pattern.compile("[^@]+@(example\\.(com|org|net)|[a-z0-9.-]+\\.test)");
    /** A name-based (version 3) UUID. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @TempDir
    Path dir;

    private Manifest generate(String name, long seed, int count, int threads, Set<Format> formats) {
        return SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, seed, count, formats, dir.resolve(name),
                threads));
    }

    private List<JsonNode> read(String name, ResourceType type) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(name).resolve(type.fhirName() + ".ndjson"),
                StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void theManifestListsOneNdjsonFilePerResourceTypeAndTheChecksPass() {
        Manifest manifest = generate("a", 42, 120, 2, Set.of(Format.FHIR, Format.JSONL));
        assertEquals(List.of("fhir", "jsonl"), manifest.formats());
        List<String> fhirFiles = manifest.files().stream().filter(f -> f.format().equals("fhir"))
                .map(Manifest.FileEntry::file).toList();
        assertEquals(List.of("Patient.ndjson", "Condition.ndjson", "Observation.ndjson", "FamilyMemberHistory.ndjson",
                "Goal.ndjson", "EpisodeOfCare.ndjson", "Encounter.ndjson"), fhirFiles);
        QualityReport report = QualityChecks.run(dir.resolve("a"), DEFAULTS);
        assertTrue(report.passed(), report.failureMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = 42)
    void identifiersJoinReferencesResolveAndFactsAgree(long seed) throws IOException {
        assertIdentifiersJoinReferencesResolveAndFactsAgree(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = {7, 1234})
    void identifiersJoinReferencesResolveAndFactsAgreeForOtherSeeds(long seed) throws IOException {
        assertIdentifiersJoinReferencesResolveAndFactsAgree(seed);
    }

    private void assertIdentifiersJoinReferencesResolveAndFactsAgree(long seed) throws IOException {
        int n = 150;
        generate("s", seed, n, 2, Set.of(Format.FHIR));
        DatasetGenerator generator = new DatasetGenerator(DEFAULTS, seed, n);
        List<JsonNode> patients = read("s", ResourceType.PATIENT);
        assertEquals(n, patients.size());
        Set<String> patientIds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            CustomerProfile c = generator.customer(i);
            JsonNode p = patients.get(i);
            assertEquals(FhirCodes.defaults().customerIdSystem(), p.at("/identifier/0/system").asText());
            assertEquals(c.id(), p.at("/identifier/0/value").asText(), "FHIR and JSON outputs join on the id");
            assertEquals(c.demographics().dateOfBirth().toString(), p.get("birthDate").asText());
            assertEquals(c.demographics().lastName(), p.at("/name/0/family").asText());
            assertEquals(c.demographics().email(), p.at("/telecom/0/value").asText());
            assertTrue(RESERVED_EMAIL.matcher(p.at("/telecom/0/value").asText()).matches(),
                    p.at("/telecom/0/value").asText());
            assertTrue(p.at("/telecom/1/value").asText().matches("\\+1-\\d{3}-555-01\\d\\d"));
            patientIds.add(p.get("id").asText());
        }
        List<Long> conditionsPerPatient = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            for (JsonNode r : read("s", type)) {
                String id = r.get("id").asText();
                assertTrue(UUID.matcher(id).matches(), id);
                assertTrue(ids.add(id), "unique id " + id);
                assertEquals("HTEST", r.at("/meta/security/0/code").asText(), "labelled as test data");
                if (type != ResourceType.PATIENT) {
                    boolean patientField = type == ResourceType.FAMILY_MEMBER_HISTORY
                            || type == ResourceType.EPISODE_OF_CARE;
                    String subject = (patientField ? r.get("patient") : r.get("subject")).get("reference").asText();
                    assertTrue(subject.startsWith("Patient/") && patientIds.contains(subject.substring(8)),
                            "reference resolves within the export: " + subject);
                }
            }
        }
        // facts agree with the records: conditions and the blood-pressure panel of customer 0..n-1 in order
        List<JsonNode> conditions = read("s", ResourceType.CONDITION);
        List<JsonNode> observations = read("s", ResourceType.OBSERVATION);
        int k = 0;
        int o = 0;
        for (int i = 0; i < n; i++) {
            CustomerProfile c = generator.customer(i);
            String subject = "Patient/" + patients.get(i).get("id").asText();
            // the home address: fictional street, real city, county (district), state and ZIP code
            JsonNode address = patients.get(i).at("/address/0");
            assertEquals(c.demographics().streetAddress(), address.at("/line/0").asText());
            assertEquals(c.demographics().city(), address.get("city").asText());
            assertEquals(c.demographics().county(), address.get("district").asText());
            assertEquals(c.demographics().state(), address.get("state").asText());
            assertEquals(c.demographics().postalCode(), address.get("postalCode").asText());
            assertEquals("US", address.get("country").asText());
            for (var condition : c.healthProfile().conditions()) {
                JsonNode r = conditions.get(k++);
                assertEquals(subject, r.at("/subject/reference").asText());
                assertEquals(condition.name(), r.at("/code/text").asText());
                // the day of its condition_diagnosed event on the timeline, else the year the profile says
                LocalDate diagnosed = TimelineFacts.diagnosed(generator.timeline(i), condition.name());
                assertEquals(diagnosed == null ? Integer.toString(condition.diagnosedYear()) : diagnosed.toString(),
                        r.get("onsetDateTime").asText());
            }
            List<Observation[]> pressures = new ArrayList<>();
            for (LocalDate date : c.healthProfile().panelDates()) {
                List<Observation> panel = c.healthProfile().panel(date);
                // a panel has blood pressure when its visit screened the blood-pressure programme
                panel.stream().filter(m -> m.code().equals("systolic_bp")).findFirst().ifPresent(systolic ->
                        pressures.add(new Observation[] {systolic, panel.stream()
                                .filter(m -> m.code().equals("diastolic_bp")).findFirst().orElseThrow()}));
            }
            int own = 0;
            int bp = 0;
            while (o < observations.size() && observations.get(o).at("/subject/reference").asText().equals(subject)) {
                JsonNode r = observations.get(o++);
                own++;
                if (r.at("/code/coding/0/code").asText().equals("85354-9")) {
                    // each panel's blood pressure, oldest first, its diastolic the same panel's
                    Observation[] pair = pressures.get(bp++);
                    assertEquals(pair[0].value(), r.at("/component/0/valueQuantity/value").asDouble());
                    assertEquals(pair[1].value(), r.at("/component/1/valueQuantity/value").asDouble());
                    assertEquals(pair[0].date().toString(), r.get("effectiveDateTime").asText());
                }
            }
            assertEquals(pressures.size(), bp);
            // each measurement of each panel, blood pressure as one per panel, smoking status and each social
            // determinant (every panel of these records lies before the reference date)
            assertEquals(c.healthProfile().measurements().size() - pressures.size() + 1
                    + SocialDeterminants.NO_BARRIER.size(), own);
            conditionsPerPatient.add((long) c.healthProfile().conditions().size());
        }
        assertEquals(conditions.size(), conditionsPerPatient.stream().mapToLong(Long::longValue).sum());
        assertEquals(observations.size(), o);
        // scenarios: one episode per scenario, joined on the scn-… id; one encounter per journey step, in its episode
        List<JsonNode> episodes = read("s", ResourceType.EPISODE_OF_CARE);
        List<JsonNode> encounters = read("s", ResourceType.ENCOUNTER);
        assertEquals(n, episodes.size());
        // as of the reference date: a step not begun by then has no Encounter (with the interim timeline every
        // journey lies after it; with the timeline model none does)
        Instant asOf = AsOf.of(DEFAULTS.referenceDate());
        int e = 0;
        for (int i = 0; i < n; i++) {
            var scenario = generator.scenario(i);
            JsonNode episode = episodes.get(i);
            assertEquals(scenario.scenarioId(), episode.at("/identifier/0/value").asText());
            assertEquals("Patient/" + patients.get(i).get("id").asText(), episode.at("/patient/reference").asText());
            assertEquals(ScenarioResources.episodeStatus(scenario.journeyStatus()).toCode(),
                    episode.get("status").asText());
            List<JourneyStep> begun = scenario.journey().stream().filter(s -> s.timestamp().isBefore(asOf)).toList();
            for (var step : begun) {
                JsonNode encounter = encounters.get(e++);
                assertEquals("EpisodeOfCare/" + episode.get("id").asText(),
                        encounter.at("/episodeOfCare/0/reference").asText());
                // the step's display name (a product's own name, else its id in words)
                assertEquals(io.github.syntheticcustomers.core.journey.JourneyFramework.of(generator.config())
                        .displayName(step.step()), encounter.at("/type/0/text").asText());
                assertEquals(step.timestamp().toString(), encounter.at("/period/start").asText());
            }
            assertEquals(begun.isEmpty() ? "" : begun.get(0).timestamp().toString(),
                    episode.at("/period/start").asText());
        }
        assertEquals(encounters.size(), e);
    }

    @Test
    void sameSeedGivesSameBytesAcrossThreadsLocalesAndTimeZones() throws IOException {
        generate("one", 42, 200, 1, Set.of(Format.FHIR));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            generate("three", 42, 200, 3, Set.of(Format.FHIR));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        for (ResourceType type : ResourceType.values()) {
            String file = type.fhirName() + ".ndjson";
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("three").resolve(file)), file);
        }
    }

    /**
     * The compatibility promise for the fhir format: the SHA-256 of every file of the default dataset (500
     * customers) in format fhir for seed 42 is committed; any changed byte fails here, on every JDK the build runs
     * on. To accept an intentional change: {@code ./mvnw -B -pl core,fhir test -Dtest=FhirExportTest
     * -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}, then record it in CHANGELOG.md.
     */
    @Test
    void everyFhirFileHasItsCommittedHash() throws IOException {
        generate("golden", 42, 500, 2, Set.of(Format.FHIR, Format.FHIR_BUNDLE));
        StringBuilder actual = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("golden"))) {
            // every file by name, the manifest too; the lock file is the directory's, not the dataset's, and the JSON
            // Schemas are core's (its goldens hash them)
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")
                    && !f.getFileName().toString().endsWith(".schema.json")).sorted().toList()) {
                actual.append(sha256(Files.readAllBytes(file))).append("  ").append(file.getFileName()).append('\n');
            }
        }
        String name = "golden/fhir-seed-42.sha256";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of(System.getProperty("basedir", "."), "src/test/resources", name),
                    actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = FhirExportTest.class.getResourceAsStream("/" + name)) {
            assertNotNull(in, "missing " + name + ": run with -Dgolden.update=true to create it");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(),
                    actual.toString().lines().toList(), "The FHIR bytes for seed 42 changed. If that is intentional,"
                    + " update the goldens (-Dgolden.update=true) and call out the change in CHANGELOG.md.");
        }
    }

    @Test
    void shardsOfTheFhirFilesMergeIntoTheWholeRunsBytes() throws IOException {
        Set<Format> formats = Set.of(Format.FHIR, Format.FHIR_BUNDLE, Format.JSONL);
        generate("whole", 42, 90, 2, formats);
        List<Path> shards = new ArrayList<>();
        long[] bounds = {0, 1, 40, 90};
        for (int i = 0; i + 1 < bounds.length; i++) {
            Path shard = dir.resolve("shard-" + i);
            SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 42, 90, formats, shard, 2)
                    .withShard(new RecordRange(bounds[i], bounds[i + 1])));
            shards.add(shard);
        }
        Manifest merged = ShardMerge.merge(shards, dir.resolve("merged"), DirectoryOptions.defaults());
        assertEquals(DatasetReader.readManifest(dir.resolve("whole")), merged);
        for (Manifest.FileEntry f : merged.files()) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(f.file())),
                    Files.readAllBytes(dir.resolve("merged").resolve(f.file())), f.file());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("whole/manifest.json")),
                Files.readAllBytes(dir.resolve("merged/manifest.json")));
        // the last resource of a shard edited, with its manifest's bytes and sha256 updated: the regenerated last
        // record index tells (FHIR ids do not follow the index: these files are checked by regeneration)
        Manifest.FileEntry first = merged.files().stream().filter(f -> f.format().equals("fhir")).findFirst()
                .orElseThrow();
        Path file = shards.get(2).resolve(first.file());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int digit = text.length() - 1;
        while (!Character.isDigit(text.charAt(digit))) {
            digit--;
        }
        char c = text.charAt(digit);
        byte[] edited = (text.substring(0, digit) + (c == '9' ? '8' : (char) (c + 1)) + text.substring(digit + 1))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, edited);
        Manifest.FileEntry own = DatasetReader.readManifest(shards.get(2)).file(first.file());
        Path manifest = shards.get(2).resolve("manifest.json");
        String m = Files.readString(manifest, StandardCharsets.UTF_8);
        String newSha = sha256(edited);
        m = m.replace("\"bytes\": " + own.bytes() + ",\n      \"sha256\": \"" + own.sha256() + "\"",
                "\"bytes\": " + edited.length + ",\n      \"sha256\": \"" + newSha + "\"");
        Files.writeString(manifest, m, StandardCharsets.UTF_8);
        assertEquals(newSha, DatasetReader.readManifest(shards.get(2)).file(first.file()).sha256());
        ShardMismatchException refused = assertThrows(ShardMismatchException.class,
                () -> ShardMerge.merge(shards, dir.resolve("merged-again"), DirectoryOptions.defaults()));
        assertTrue(refused.getMessage().startsWith(file + ", line "), refused.getMessage());
        assertTrue(refused.getMessage().contains("; the shard claims records 40:90): is not the record the generator"
                + " writes for record index 89"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("merged-again")));
        assertEquals(refused.getMessage(), assertThrows(ShardMismatchException.class,
                () -> ShardMerge.verify(shards)).getMessage());
    }

    @Test
    void resourcesFollowTheParts() {
        // scenarios reference their customer's Patient: without the customers part there is no FHIR file
        Manifest scenariosOnly = SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 3, 20, Set.of(Format.FHIR,
                Format.JSONL), dir.resolve("scenarios"), 1).withParts(Set.of(Part.SCENARIOS)));
        assertEquals(List.of("scenarios.jsonl"), scenariosOnly.files().stream().map(Manifest.FileEntry::file)
                .toList());
        Manifest customersOnly = SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 3, 20, Set.of(Format.FHIR),
                dir.resolve("customers"), 1).withParts(Set.of(Part.CUSTOMERS)));
        assertEquals(List.of("Patient.ndjson", "Condition.ndjson", "Observation.ndjson", "FamilyMemberHistory.ndjson",
                "Goal.ndjson"), customersOnly.files().stream().map(Manifest.FileEntry::file).toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
