package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary cases (issue 31 item 3, docs/boundary-cases.md): every threshold of the configuration has a case on each
 * side, and each generated customer really sits there (exact age at a decade edge and a year below, exact risk score
 * at a level floor and a point below with the level it implies, a persona's youngest and oldest age, the identity
 * edges); another configuration gets its own cases; deterministic per seed, whatever the dataset's size; phone numbers
 * apart from every dataset's. Seeds 42, 7 and 1234, two configurations (where every seed is run, 7 and 1234 in the
 * long tests).
 */
class BoundaryCasesTest {

    static final GeneratorConfig SEED = ConfigLoader.defaults();
    static final GeneratorConfig CUSTOM = TestResources.config("custom-cohorts-b.yaml");

    private static GeneratorConfig config(String name) {
        return name.equals("seed") ? SEED : CUSTOM;
    }

    private static Set<String> ids(GeneratorConfig config) {
        return BoundaryCases.derive(config).stream().map(BoundaryCase::id).collect(Collectors.toSet());
    }

    @Test
    void everyThresholdOfTheSeedHasACaseOnEachSide() {
        Set<String> ids = ids(SEED);
        for (String id : List.of("age_decade_30_at", "age_decade_30_below", "age_decade_40_at", "age_decade_40_below",
                "age_decade_50_at", "age_decade_50_below", "risk_floor_moderate_at", "risk_floor_moderate_below",
                "hba1c_6_5_at", "hba1c_6_5_below", "hba1c_5_7_at", "hba1c_5_7_below", "systolic_bp_130_at",
                "systolic_bp_130_below", "diastolic_bp_80_at", "diastolic_bp_80_below", "bmi_25_0_at",
                "bmi_25_0_below", "bmi_30_0_at", "bmi_30_0_below", "total_cholesterol_240_at",
                "total_cholesterol_240_below", "account_age_days_31_at", "account_age_days_31_below",
                "inactive_after_days_60_at", "inactive_after_days_60_above", "lapsed_after_days_540_at",
                "lapsed_after_days_540_above", "life_event_days_365_at", "life_event_days_365_above",
                "new_user_max_sessions_2_at", "new_user_max_sessions_2_above", "identity_long_name",
                "identity_apostrophe", "identity_hyphen", "identity_diacritics", "identity_gender_non_binary",
                "identity_largest_household")) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
        for (String persona : SEED.personaIds()) {
            assertTrue(ids.contains("persona_" + persona + "_age_min"), persona);
            assertTrue(ids.contains("persona_" + persona + "_age_max"), persona);
        }
        // the seed's youngest persona is 25 and its oldest 50: decade 20's first age and decade 50's last have none
        assertEquals(Map.of("age_decade_20_at", "no persona is aged 20", "age_decade_50_top",
                "no persona is aged 59"), BoundaryCases.unconstructible(SEED).stream()
                        .collect(Collectors.toMap(BoundaryCases.Skipped::id, BoundaryCases.Skipped::reason)));
        // every id once; the order is the configuration's
        List<BoundaryCase> cases = BoundaryCases.derive(SEED);
        assertEquals(50, cases.size());
        assertEquals(39, cases.stream().filter(BoundaryCase::generated).count());
        assertEquals("zoe.nunez.bnd0036@", new BoundaryCaseGenerator(SEED, 42).customer("identity_diacritics")
                .demographics().email().substring(0, 18));
        assertEquals(cases.size(), ids.size());
        assertEquals(cases, BoundaryCases.derive(SEED));
    }

    /** Each measurement cut-off from both sides: the case's latest value is exactly its target, over three seeds. */
    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void measurementCasesSitExactlyAtAndJustBelowEachCutOff(long seed) {
        BoundaryCaseGenerator g = new BoundaryCaseGenerator(SEED, seed);
        List<String> met = new java.util.ArrayList<>();
        for (int k = 0; k < g.count(); k++) {
            BoundaryCase c = g.cases().get(k);
            if (c.target() == null || !c.id().matches("(bmi|systolic_bp|diastolic_bp|hba1c|total_cholesterol)_.*")) {
                continue;
            }
            CustomerProfile p = g.customer(k);
            io.github.syntheticcustomers.core.model.Observation o = p.healthProfile().measurement(c.target().of());
            assertEquals(c.target().value(), o == null ? Double.NaN : o.value(), c.id() + " " + p.id());
            met.add(c.id());
        }
        assertEquals(List.of("bmi_25_0_at", "bmi_25_0_below", "bmi_30_0_at", "bmi_30_0_below", "systolic_bp_130_at",
                "systolic_bp_130_below", "diastolic_bp_80_at", "diastolic_bp_80_below", "hba1c_5_7_at",
                "hba1c_5_7_below", "hba1c_6_5_at", "hba1c_6_5_below", "total_cholesterol_240_at",
                "total_cholesterol_240_below"), met);
    }

    @Test
    void theLargestHouseholdAndTheScenarioLimitsWaitForTheirTargets() {
        Map<String, BoundaryCase> byId = BoundaryCases.derive(SEED).stream()
                .collect(Collectors.toMap(BoundaryCase::id, c -> c));
        // the customer, a partner, four children (social.children.count lists 1-4) and two other adults
        assertEquals(new BoundaryCase.Target("household_size", 8), byId.get("identity_largest_household").target());
        assertEquals(new BoundaryCase.Target("hba1c", 6.5), byId.get("hba1c_6_5_at").target());
        assertEquals(new BoundaryCase.Target("hba1c", 6.4), byId.get("hba1c_6_5_below").target());
        assertEquals(new BoundaryCase.Target("systolic_bp", 129), byId.get("systolic_bp_130_below").target());
        assertEquals(new BoundaryCase.Target("bmi", 24.9), byId.get("bmi_25_0_below").target());
        assertEquals(new BoundaryCase.Target("account_age_days", 30), byId.get("account_age_days_31_below").target());
        assertEquals(new BoundaryCase.Target("days_since_last_activity", 61),
                byId.get("inactive_after_days_60_above").target());
        for (BoundaryCase c : byId.values()) {
            boolean measured = c.target() != null && SEED.measurements().values().stream()
                    .anyMatch(v -> v.code().equals(c.target().of())) || c.target() != null
                    && c.target().of().equals(SEED.measurements().bmi().code());
            assertEquals(c.target() == null || measured, c.generated(), c.id());
        }
    }

    @Test
    void aBlankEdgeNameTableIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("edges.yaml", "identity: { edge_names: ' ' }\n"));
        assertTrue(e.getMessage().contains("identity.edge_names"), e.getMessage());
        assertTrue(e.getMessage().contains("is blank"), e.getMessage());
    }

    @Test
    void anotherConfigurationGetsItsOwnCases() {
        Set<String> ids = ids(CUSTOM);
        for (String id : List.of("age_decade_60_at", "age_decade_60_below", "age_decade_30_at",
                "age_decade_30_below", "risk_floor_medium_at", "risk_floor_medium_below", "risk_floor_high_at",
                "risk_floor_high_below", "persona_late_starter_age_max", "persona_early_career_age_min")) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
        assertFalse(ids.contains("risk_floor_moderate_at"));
        assertFalse(ids.stream().anyMatch(id -> id.contains("health_aware_avoider")), ids.toString());
        BoundaryCase high = BoundaryCases.derive(CUSTOM).stream().filter(c -> c.id().equals("risk_floor_high_below"))
                .findFirst().orElseThrow();
        assertEquals(59, high.riskScore());
        assertEquals("medium", high.riskLevel());
    }

    @ParameterizedTest
    @CsvSource({"seed, 42", "custom, 42"})
    void everyGeneratedCustomerSitsWhereItsCaseSays(String name, long seed) {
        assertEveryGeneratedCustomerSitsWhereItsCaseSays(name, seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @CsvSource({"seed, 7", "seed, 1234", "custom, 7", "custom, 1234"})
    void everyGeneratedCustomerSitsWhereItsCaseSaysForOtherSeeds(String name, long seed) {
        assertEveryGeneratedCustomerSitsWhereItsCaseSays(name, seed);
    }

    private void assertEveryGeneratedCustomerSitsWhereItsCaseSays(String name, long seed) {
        GeneratorConfig config = config(name);
        BoundaryCaseGenerator generator = new BoundaryCaseGenerator(config, seed);
        List<CustomerProfile> customers = generator.customers();
        List<BoundaryCase> cases = generator.cases();
        assertEquals(cases.size(), customers.size());
        assertEquals(BoundaryCases.derive(config).stream().filter(BoundaryCase::generated).toList(), cases);
        List<String> failures = new ArrayList<>();
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (int k = 0; k < cases.size(); k++) {
            BoundaryCase c = cases.get(k);
            CustomerProfile p = customers.get(k);
            check(failures, c.id() + " id", String.format("bnd-%04d", k + 1), p.id());
            check(failures, c.id() + " tag", c.id(), p.boundaryCase().id());
            check(failures, c.id() + " tests", c.tests(), p.boundaryCase().tests());
            check(failures, c.id() + " persona", c.persona(), p.personaType());
            check(failures, c.id() + " age", c.age(), p.demographics().age());
            PersonaConfig persona = config.personas().get(p.personaType());
            if (p.demographics().age() < persona.age().min() || p.demographics().age() > persona.age().max()) {
                failures.add(c.id() + ": age " + p.demographics().age() + " outside the persona's " + persona.age());
            }
            if (c.gender() != null) {
                check(failures, c.id() + " gender", c.gender(), p.demographics().gender());
            }
            if (c.riskLevel() != null) {
                check(failures, c.id() + " level", c.riskLevel(), p.riskLevel());
            }
            if (c.riskScore() != null) {
                check(failures, c.id() + " score", c.riskScore(), p.riskScore());
            }
            check(failures, c.id() + " level of score", levelOf(config, p.riskScore()), p.riskLevel());
            if (c.firstName() != null) {
                check(failures, c.id() + " first name", c.firstName(), p.demographics().firstName());
                check(failures, c.id() + " surname", c.lastName(), p.demographics().lastName());
            }
            for (String text : List.of(p.demographics().firstName(), p.demographics().lastName())) {
                if ("=+-@".indexOf(text.charAt(0)) >= 0 || text.contains("<") || text.contains(">")) {
                    failures.add(c.id() + ": unsafe name " + text);
                }
            }
            if (!phones.add(p.demographics().phone()) || !emails.add(p.demographics().email())) {
                failures.add(c.id() + ": phone or e-mail repeated " + p.demographics());
            }
        }
        assertEquals(List.of(), failures);
        // the edges themselves: a decade's first age and the year below, a floor and the point below
        for (int d : config.decadeStarts()) {
            assertAge(generator, "age_decade_" + d + "_at", d);
            assertAge(generator, "age_decade_" + d + "_below", d - 1);
        }
        Map<String, Integer> floors = config.risk().levelFloors();
        for (int level = 1; level < config.riskLevelIds().size(); level++) {
            String id = config.riskLevelIds().get(level);
            CustomerProfile at = generator.customer("risk_floor_" + id + "_at");
            CustomerProfile below = generator.customer("risk_floor_" + id + "_below");
            assertEquals(floors.get(id), at.riskScore());
            assertEquals(id, at.riskLevel());
            assertEquals(floors.get(id) - 1, below.riskScore());
            assertEquals(config.riskLevelIds().get(level - 1), below.riskLevel());
        }
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            assertEquals(e.getValue().age().min(),
                    generator.customer("persona_" + e.getKey() + "_age_min").demographics().age());
            assertEquals(e.getValue().age().max(),
                    generator.customer("persona_" + e.getKey() + "_age_max").demographics().age());
        }
        assertEquals("non_binary", generator.customer("identity_gender_non_binary").demographics().gender());
        assertEquals("O'Brien", generator.customer("identity_apostrophe").demographics().lastName());
        assertEquals("Núñez", generator.customer("identity_diacritics").demographics().lastName());
        assertEquals("zoe.nunez.bnd", generator.customer("identity_diacritics").demographics().email()
                .substring(0, 13));
    }

    private static void assertAge(BoundaryCaseGenerator generator, String id, int age) {
        if (generator.cases().stream().anyMatch(c -> c.id().equals(id))) {
            assertEquals(age, generator.customer(id).demographics().age(), id);
        }
    }

    /** The level a score implies: the highest whose floor it reaches. */
    private static String levelOf(GeneratorConfig config, int score) {
        String level = null;
        for (String id : config.riskLevelIds()) {
            if (score >= config.risk().levelFloors().get(id)) {
                level = id;
            }
        }
        return level;
    }

    private static void check(List<String> failures, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + ", was " + actual);
        }
    }

    @ParameterizedTest
    @CsvSource({"42, 300, 1500", "7, 50, 900"})
    void casesAreDeterministicPerSeedWhateverTheDatasetsSize(long seed, int small, int large) {
        List<CustomerProfile> a = SyntheticDataset.of(SEED, seed, small).boundaryCases();
        List<CustomerProfile> b = SyntheticDataset.of(SEED, seed, large).boundaryCases();
        assertEquals(a, b);
        assertEquals(a, new BoundaryCaseGenerator(SEED, seed).customers());
        assertNotEquals(a, SyntheticDataset.of(SEED, seed + 1, small).boundaryCases());
        // never in the dataset, and no dataset record carries a tag
        SyntheticDataset dataset = SyntheticDataset.of(SEED, seed, large);
        assertTrue(dataset.customers().stream().allMatch(c -> c.boundaryCase() == null));
        Set<String> datasetPhones = dataset.customers().stream().map(c -> c.demographics().phone())
                .collect(Collectors.toSet());
        assertTrue(a.stream().noneMatch(c -> datasetPhones.contains(c.demographics().phone())));
        assertEquals(dataset.boundaryCase("risk_floor_moderate_at"), a.get(dataset.boundaryGenerator().cases()
                .stream().map(BoundaryCase::id).toList().indexOf("risk_floor_moderate_at")));
    }

    @Test
    void anUnknownCaseIsRefusedNamingTheCasesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticDataset.of(SEED, 42, 10).boundaryCase("hba1c_9_9_at"));
        assertTrue(e.getMessage().startsWith("no boundary case 'hba1c_9_9_at' in this configuration; its cases: "
                + "age_decade_30_at, age_decade_30_below"), e.getMessage());
        assertNull(new BoundaryCaseGenerator(SEED, 42).customer("identity_largest_household")); // pending
    }

    @Test
    void theSetOfFactorsMakesEveryReachableScoreExactly() {
        for (int points = 0; points <= 80; points++) {
            if (points == 1) {
                assertFalse(ExactScore.reachable(SEED.risk(), 1)); // the smallest factor has 2 points
                continue;
            }
            assertTrue(ExactScore.reachable(SEED.risk(), points), "points " + points);
            for (long seed = 0; seed < 20; seed++) {
                RiskModel.Pins pins = ExactScore.pins(SEED.risk(), points,
                        io.github.syntheticcustomers.core.internal.Rng.of(seed, points, "test"));
                int sum = SEED.risk().factors().stream().filter(f -> pins.present().contains(f.id()))
                        .mapToInt(f -> f.points()).sum();
                assertEquals(points, sum);
                assertEquals(SEED.risk().factors().size(), pins.present().size() + pins.absent().size());
                // at most one member of a group
                Map<String, Long> perGroup = SEED.risk().factors().stream()
                        .filter(f -> f.group() != null && pins.present().contains(f.id()))
                        .collect(Collectors.groupingBy(f -> f.group(), Collectors.counting()));
                assertTrue(perGroup.values().stream().allMatch(n -> n == 1), perGroup.toString());
            }
        }
        assertFalse(ExactScore.reachable(SEED.risk(), -1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "apostrophe,M,=cmd,O'Brien,x|'=cmd' begins with =, which a spreadsheet reads as a formula",
        "hyphen,F,Anne,-Lopez,x|'-Lopez' begins with -, which a spreadsheet reads as a formula",
        "markup,F,Anne,<b>Lopez</b>,x|'<b>Lopez</b>' holds markup (<)",
        "Bad,F,Anne,Lopez,x|edge 'Bad' is not an id",
        "sex,X,Anne,Lopez,x|sex 'X' is not F or M"})
    void anUnsafeEdgeNameTableIsRefusedNamingTheRow(String row, String problem, @TempDir Path dir)
            throws Exception {
        Path table = dir.resolve("edges.csv");
        Files.writeString(table, EdgeNames.HEADER + "\n" + row + "\n");
        GeneratorConfig config = ConfigLoader.load("edges.yaml", "identity: { edge_names: '"
                + table.toString().replace("\\", "/") + "' }\n");
        ConfigException e = assertThrows(ConfigException.class, () -> BoundaryCases.derive(config));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("identity.edge_names"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"42, 200", "7, 5"})
    void thePartIsWrittenOnlyWhenNamedWithEveryCaseInOrder(long seed, int count, @TempDir Path dir) throws Exception {
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        SyntheticDatasets.generate(new GenerationRequest(SEED, seed, count, EnumSet.of(Format.JSONL, Format.CSV), with,
                2, ConfigSource.BUILT_IN, EnumSet.of(Part.CUSTOMERS, Part.BOUNDARY_CASES)));
        SyntheticDatasets.generate(new GenerationRequest(SEED, seed, count, EnumSet.of(Format.JSONL), without, 2,
                ConfigSource.BUILT_IN, Part.all()));
        List<String> lines = Files.readAllLines(with.resolve("boundary-cases.jsonl"));
        BoundaryCaseGenerator generator = new BoundaryCaseGenerator(SEED, seed);
        assertEquals(generator.count(), lines.size());
        for (int k = 0; k < lines.size(); k++) {
            assertTrue(lines.get(k).startsWith("{\"id\":\"" + BoundaryCaseGenerator.caseRecordId(k) + "\""), lines.get(k));
            assertTrue(lines.get(k).contains("\"boundary_case\":{\"id\":\"" + generator.cases().get(k).id() + "\""));
        }
        List<String> csv = Files.readAllLines(with.resolve("boundary-cases.csv"));
        assertTrue(csv.get(0).startsWith("boundary_case,tests,id,persona_type,"), csv.get(0));
        // the dataset's own files do not change, and all leaves the boundary cases out
        assertEquals(Files.readString(without.resolve("customers.jsonl")), Files.readString(with.resolve("customers.jsonl")));
        assertFalse(Files.exists(without.resolve("boundary-cases.jsonl")));
        assertTrue(Files.exists(with.resolve("boundary-cases.schema.json")));
    }
}
