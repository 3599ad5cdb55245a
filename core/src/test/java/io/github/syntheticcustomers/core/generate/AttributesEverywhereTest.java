package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.Measurement;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product's own attributes used everywhere (issue 30 item 3, docs/attributes.md) over {@code custom-attrs2.yaml}:
 * exact per-persona counts, the {@code attribute} rule form in scenario eligibility and personal lines, {@code
 * {a.<id>}} in texts, date windows by age, and the {@code attribute_distributions} check; seeds 42, 7, 1234.
 */
class AttributesEverywhereTest {

    static final GeneratorConfig CONFIG = load();
    private static final int COUNT = 1500;
    private static final Map<Long, SyntheticDataset> DATASETS = new HashMap<>();

    private static GeneratorConfig load() {
        return TestResources.config("custom-attrs2.yaml");
    }

    private static synchronized SyntheticDataset dataset(long seed) {
        return DATASETS.computeIfAbsent(seed, s -> SyntheticDataset.of(CONFIG, s, COUNT));
    }

    private static AttributeConfig attribute(String id) {
        return CONFIG.attributes().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Long> counts(List<CustomerProfile> cs, String id) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (CustomerProfile c : cs) {
            out.merge(String.valueOf(c.attribute(id)), 1L, Long::sum);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void enumerationAndBooleanCountsAreExactPerPersona(long seed) {
        List<CustomerProfile> cs = dataset(seed).customers();
        int exactGroups = 0;
        for (String persona : CONFIG.personaIds()) {
            List<CustomerProfile> p = cs.stream().filter(c -> c.personaType().equals(persona)).toList();
            for (String id : List.of("nicotine_product", "uses_app_daily", "quit_method")) {
                Map<String, Long> exact = AttributeAllocation.exactCounts(attribute(id), persona,
                        CONFIG.personas().get(persona), p.size());
                if (id.equals("quit_method") && CONFIG.personas().get(persona).age().min() <= 29) {
                    assertNull(exact, persona + " has customers under 30: drawn");
                    continue;
                }
                assertNotNull(exact, persona + " " + id);
                Map<String, Long> got = counts(p, id);
                exact.forEach((value, n) -> assertEquals(n, got.getOrDefault(value, 0L),
                        seed + " " + persona + " " + id + "=" + value + " " + got));
                exactGroups++;
            }
            // the allocation is the weights' largest-remainder split: each count within one of its share
            Map<String, Double> weights = persona.equals("healthcare_professional")
                    ? Map.of("cigarettes", 0.30, "vape", 0.50, "nicotine_pouches", 0.15, "cigars", 0.05)
                    : Map.of("cigarettes", 0.60, "vape", 0.25, "nicotine_pouches", 0.10, "cigars", 0.05);
            Map<String, Long> got = counts(p, "nicotine_product");
            weights.forEach((value, w) -> assertEquals(w * p.size(), got.getOrDefault(value, 0L), 1.0,
                    persona + " " + value));
            double yes = persona.equals("structured_system_seeker") ? 0.6 : 0.35;
            assertEquals(yes * p.size(), counts(p, "uses_app_daily").getOrDefault("true", 0L), 1.0, persona);
        }
        assertEquals(5 + 5 + 2, exactGroups);
    }

    @Test
    void anExactValueNeedsOnlyItsOwnIndex() {
        DatasetGenerator full = new DatasetGenerator(CONFIG, 42, COUNT);
        for (long i : new long[] {0, 17, 777, COUNT - 1}) {
            DatasetGenerator again = new DatasetGenerator(CONFIG, 42, COUNT);
            assertEquals(full.customer(i).attributes(), again.customer(i).attributes());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void scenarioEligibilityOnAnEnumerationSelectsExactlyThoseValues(long seed) {
        SyntheticDataset d = dataset(seed);
        Map<String, CustomerProfile> byId = new HashMap<>();
        d.customers().forEach(c -> byId.put(c.id(), c));
        CustomerPredicates predicates = CustomerPredicates.of(CONFIG);
        int lapsed = 0;
        int returning = 0;
        for (TestScenario s : d.scenarios()) {
            CustomerProfile c = byId.get(s.customerId());
            // a customer eligible for no type gets any type (ScenarioTypeSelector): only the eligible are judged
            boolean anyEligible = CONFIG.scenarios().types().values().stream()
                    .anyMatch(t -> t.weight() > 0 && predicates.holds(t.eligible(), c));
            if (s.scenarioType().equals("lapsed_user") && anyEligible) {
                lapsed++;
                assertTrue(Set.of("vape", "nicotine_pouches").contains(c.attribute("nicotine_product")), s.toString());
            }
            if (s.scenarioType().equals("returning_user") && anyEligible) {
                returning++;
                long days = ChronoUnit.DAYS.between((LocalDate) c.attribute("last_quit_attempt"),
                        CONFIG.referenceDate());
                assertTrue(days >= 0 && days <= 365, c.id() + " " + days);
            }
        }
        assertTrue(lapsed > 20 && returning > 20, "lapsed " + lapsed + ", returning " + returning);
        // the rule itself, over every customer: true exactly for those values
        ScenarioConfig.Eligibility rule = CONFIG.scenarios().types().get("lapsed_user").eligible();
        int selected = 0;
        for (CustomerProfile c : d.customers()) {
            boolean want = Set.of("vape", "nicotine_pouches").contains(c.attribute("nicotine_product"));
            assertEquals(want, predicates.holds(rule, c), c.id());
            selected += want ? 1 : 0;
        }
        assertTrue(selected > 300 && selected < 700, "selected " + selected);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void personalLinesSayTheCustomersOwnAttributes(long seed) {
        SyntheticDataset d = dataset(seed);
        Map<String, CustomerProfile> byId = new HashMap<>();
        d.customers().forEach(c -> byId.put(c.id(), c));
        int lines = 0;
        int steps = 0;
        for (EngagementStep s : d.engagementSteps()) {
            CustomerProfile c = byId.get(s.customerId());
            String personal = s.valueComponents().personal();
            boolean fits = (Boolean) c.attribute("uses_app_daily") && (Long) c.attribute("cigarettes_per_day") >= 10;
            if (personal != null && personal.startsWith("You smoke")) {
                lines++;
                assertTrue(fits, s.id() + " " + personal);
                String spend = BigDecimal.valueOf((Double) c.attribute("weekly_spend")).setScale(2, RoundingMode.HALF_UP)
                        .toPlainString();
                assertEquals("You smoke " + c.attribute("cigarettes_per_day") + " cigarettes a day and spend " + spend
                        + " USD a week.", personal);
            }
            steps += fits ? 1 : 0;
        }
        assertTrue(lines > 100, "lines " + lines + " of " + steps + " fitting steps");
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void narrativePhrasesSayTheCustomersOwnAttributes(long seed) {
        int said = 0;
        for (CustomerProfile c : dataset(seed).customers()) {
            LocalDate started = (LocalDate) c.attribute("started_smoking");
            String ending = "I started on " + started + " and now it's "
                    + ((String) c.attribute("nicotine_product")).replace('_', ' ') + ".";
            if (started.isBefore(LocalDate.parse("2010-01-01"))) {
                assertTrue(c.narrative().quote().endsWith(ending), c.id() + ": " + c.narrative().quote());
                said++;
            } else {
                assertTrue(!c.narrative().quote().contains("I started on"), c.id() + ": " + c.narrative().quote());
            }
        }
        assertTrue(said > 100, "said " + said);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void dateWindowsByAgeHoldForEveryRecord(long seed) {
        LocalDate ref = CONFIG.referenceDate();
        long clipped = 0;
        for (CustomerProfile c : dataset(seed).customers()) {
            LocalDate dob = c.demographics().dateOfBirth();
            LocalDate d = (LocalDate) c.attribute("started_smoking");
            assertTrue(!d.isBefore(dob.plusYears(16)) && d.isBefore(dob.plusYears(25)) && d.isBefore(ref),
                    c.id() + " born " + dob + ": " + d);
            clipped += dob.plusYears(25).isAfter(ref) ? 1 : 0;
            LocalDate q = (LocalDate) c.attribute("last_quit_attempt");
            assertTrue(!q.isBefore(ref.minusYears(3)) && q.isBefore(ref), c.id() + " " + q);
        }
        assertEquals(0, clipped, "the default personas are 25 or older");
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void theCheckPassesOnGeneratedData(long seed) {
        CheckResult r = check(LoadedDataset.of(dataset(seed).customers()), CONFIG);
        assertEquals(CheckStatus.PASS, r.status(), r.summary() + " " + r.failedMeasurements());
        // exact groups measured with min = max = expected, drawn ones and means with a tolerance
        Measurement m = r.measurements().stream()
                .filter(x -> x.subject().equals("nicotine_product.overlooked_risk_group.vape")).findFirst()
                .orElseThrow();
        assertEquals(m.expected(), m.min());
        assertEquals(m.expected(), m.max());
        assertTrue(r.measurements().stream().anyMatch(x -> x.subject().equals("weekly_spend.health_aware_avoider.mean")));
        assertTrue(r.measurements().stream()
                .anyMatch(x -> x.subject().equals("quit_method.health_aware_avoider.nrt") && x.min() < x.max()));
    }

    @Test
    void theCheckFailsOnATamperedRecordWithItsMeasurement() {
        List<CustomerProfile> cs = new ArrayList<>(dataset(42).customers());
        int k = 0;
        while (!cs.get(k).personaType().equals("overlooked_risk_group")
                || !"vape".equals(cs.get(k).attribute("nicotine_product"))) {
            k++;
        }
        CustomerProfile c = cs.get(k);
        Map<String, Object> attributes = new LinkedHashMap<>(c.attributes());
        attributes.put("nicotine_product", "cigars");
        cs.set(k, new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh(),
                attributes));
        long persona = cs.stream().filter(x -> x.personaType().equals("overlooked_risk_group")).count();
        Map<String, Long> exact = AttributeAllocation.exactCounts(attribute("nicotine_product"), "overlooked_risk_group",
                CONFIG.personas().get("overlooked_risk_group"), persona);
        long vape = exact.get("vape");
        CheckResult r = check(LoadedDataset.of(cs), CONFIG);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("2 attribute measurement(s) off: nicotine_product.overlooked_risk_group.vape = " + (vape - 1)
                + " records (expected " + vape + ", allowed [" + vape + ", " + vape + "] records) and 1 more.",
                r.summary());
    }

    @Test
    void theCheckPassesTriviallyWithoutAttributes() {
        SyntheticDataset seed = SyntheticDataset.of(ConfigLoader.defaults(), 42, 100);
        CheckResult r = check(LoadedDataset.of(seed.customers()), ConfigLoader.defaults());
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals("The configuration declares no attributes: nothing to check.", r.summary());
        assertEquals(List.of(), r.measurements());
    }

    private static CheckResult check(LoadedDataset d, GeneratorConfig config) {
        return QualityChecks.run(d, config).checks().stream().filter(c -> c.name().equals("attribute_distributions"))
                .findFirst().orElseThrow();
    }

    private static final String ATTRS = "attributes: [ { id: kind, type: enumeration, values: { a: 1, b: 2 } },"
            + " { id: n, type: number, min: 0, max: 9, distribution: uniform }, { id: flag, type: boolean,"
            + " probability: 0.5 }, { id: when, type: date, window: { from_years_ago: 2 } } ]\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: colour, in: [a] } } } } }     | scenarios.types.lapsed_user.eligible.attribute.of: unknown attribute 'colour' (was: colour; allowed: kind, n, flag, when)
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: kind, in: [a, c] } } } } }    | scenarios.types.lapsed_user.eligible.attribute.in.1: unknown value 'c' of attribute 'kind' (was: c; allowed: a, b)
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: kind, in: [] } } } } }        | scenarios.types.lapsed_user.eligible.attribute.in: is empty (was: []; allowed: a, b)
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: kind, is: true } } } } }      | scenarios.types.lapsed_user.eligible.attribute.is: does not fit attribute 'kind' of type enumeration (was: true; allowed: { attribute: { of: kind, in: [a, b] } })
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: flag, at_least: 1 } } } } }   | scenarios.types.lapsed_user.eligible.attribute.at_least: does not fit attribute 'flag' of type boolean (was: 1.0; allowed: { attribute: { of: flag, is: true or false } })
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: n } } } } }                   | scenarios.types.lapsed_user.eligible.attribute: has no test for attribute 'n' of type number (allowed: { attribute: { of: n, at_least, at_most } })
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: n, at_least: 5, at_most: 2 } } } } } | scenarios.types.lapsed_user.eligible.attribute.at_most: is below at_least 5 (was: 2; allowed: a number of at least 5)
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: when, in: [a] } } } } }       | scenarios.types.lapsed_user.eligible.attribute.in: does not fit attribute 'when' of type date (was: [a]; allowed: { attribute: { of: when, within_days, after, before } })
            scenarios: { types: { lapsed_user: { eligible: { is: null, attribute: { of: when, after: 2024-13-01 } } } } } | scenarios.types.lapsed_user.eligible.attribute.after: is not an ISO date (was: 2024-13-01; allowed: a date such as 2025-01-31)
            scenarios: { types: { lapsed_user: { eligible: { is: null, number: { of: kind, at_least: 1 } } } } }      | scenarios.types.lapsed_user.eligible.number.of: unknown quantity or measurement code 'kind' (was: kind; allowed: age, household_size, screening_completion_rate, days_since_last_screening, sessions_last_90_days, engagement_score, account_age_days, journey_position, health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers, body_height, body_weight, bmi, systolic_bp, diastolic_bp, hba1c, total_cholesterol, n, flag)
            journey: { action_requirements: { skipped_introduction: { number: null, attribute: { of: kind, in: [z] } } } } | journey.action_requirements.skipped_introduction.attribute.in.0: unknown value 'z' of attribute 'kind' (was: z; allowed: a, b)
            engagement: { texts: { personal: [ { text: "Hi", when: { attribute: { of: colour, is: true } } } ] } } | engagement.texts.personal.0.when.attribute.of: unknown attribute 'colour' (was: colour; allowed: kind, n, flag, when)
            engagement: { texts: { personal: [ { text: "You use {a.colour}" } ] } }                           | engagement.texts.personal.0.text: unknown attribute 'colour' in placeholder {a.colour} (was: You use {a.colour}; allowed: kind, n, flag, when)
            narrative: { quote_endings: [ { text: "Since {a.colour}." } ] }                                  | narrative.quote_endings.0.text: unknown attribute 'colour' in placeholder {a.colour} (was: Since {a.colour}.; allowed: kind, n, flag, when)
            """)
    void ruleAndPlaceholderErrorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", ATTRS + yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            attributes: [ { id: d, type: date, window: { from_age: 16, to_age: 16 } } ]               | attributes.0.window.to_age: must be above from_age 16 (was: 16; allowed: 17 to 120)
            attributes: [ { id: d, type: date, window: { from_age: 16 } } ]                            | attributes.0.window.to_age: is required (allowed: an age above from_age 16)
            attributes: [ { id: d, type: date, window: { from_age: 16, to_age: 20, from_years_ago: 2 } } ] | attributes.0.window: combines years ago with ages (allowed: { from_years_ago: <years>, to_years_ago: <years> } or { from_age: <age>, to_age: <age> })
            attributes: [ { id: d, type: date, window: { from_age: 25, to_age: 40 } } ]               | attributes.0.window.from_age: persona 'health_aware_avoider' has customers aged 25, who were not yet 25 a year before the reference date (was: 25; allowed: an age below 25, the youngest persona's youngest age)
            """)
    void dateWindowByAgeErrors(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
    }
}
