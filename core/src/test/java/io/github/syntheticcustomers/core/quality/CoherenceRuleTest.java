package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Narrative;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every coherence rule holds over 10 000 generated customers for three seeds (one in the main run, the other two in
 * the long tests), and over 100 000 for one in the long tests (streamed, one record at a time); each rule reports a
 * record broken in its way with the facts that disagree.
 */
class CoherenceRuleTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final LocalDate REFERENCE = CONFIG.referenceDate();

    @ParameterizedTest
    @CsvSource("42, 10000")
    void everyRuleHolds(long seed, int count) {
        assertEveryRuleHolds(seed, count);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @CsvSource({"1, 10000", "20261201, 10000"})
    void everyRuleHoldsForOtherSeeds(long seed, int count) {
        assertEveryRuleHolds(seed, count);
    }

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @ParameterizedTest
    @CsvSource("20261201, 100000")
    void everyRuleHoldsOverAHundredThousandCustomers(long seed, int count) {
        assertEveryRuleHolds(seed, count);
    }

    private static void assertEveryRuleHolds(long seed, int count) {
        DatasetGenerator generator = new DatasetGenerator(CONFIG, seed, count);
        List<String> violations = new ArrayList<>();
        for (long i = 0; i < count && violations.size() < 10; i++) {
            violations.addAll(CoherenceRule.violations(generator.customer(i), CONFIG));
        }
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @ValueSource(longs = 42)
    void lifeEventsSpreadOverAdultLifeWithoutPilingUpBeforeTheReferenceDate(long seed) {
        assertLifeEventsSpreadOverAdultLife(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = {1, 20261201})
    void lifeEventsSpreadOverAdultLifeForOtherSeeds(long seed) {
        assertLifeEventsSpreadOverAdultLife(seed);
    }

    private static void assertLifeEventsSpreadOverAdultLife(long seed) {
        int count = 20_000;
        DatasetGenerator generator = new DatasetGenerator(CONFIG, seed, count);
        long events = 0;
        long lastSixtyDays = 0;
        java.util.Map<LocalDate, Long> perDay = new java.util.HashMap<>();
        for (long i = 0; i < count; i++) {
            for (LifeEvent e : generator.customer(i).lifeEvents()) {
                events++;
                lastSixtyDays += e.date().isAfter(REFERENCE.minusDays(61)) ? 1 : 0;
                perDay.merge(e.date(), 1L, Long::sum);
            }
        }
        // a clamp to the reference date put 11 % of all events into its last 60 days; spread, about 1 %
        double share = (double) lastSixtyDays / events;
        assertTrue(share < 0.025, "events in the last 60 days: " + share);
        long busiest = perDay.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(busiest < 0.002 * events, "busiest day holds " + busiest + " of " + events + " events");
    }

    private static CustomerProfile sample() {
        return new DatasetGenerator(CONFIG, 42, 10).customer(3);
    }

    /**
     * The violations of {@code change} applied to the coherent sample, but those of narrative_fits: an edit of the
     * record's facts also makes the narrative written from them untrue, which narrative_fits reports (its own tests
     * below and TextsFitRecordTest).
     */
    private static List<String> broken(UnaryOperator<CustomerProfile> change) {
        CustomerProfile c = sample();
        assertEquals(List.of(), CoherenceRule.violations(c, CONFIG), "the sample is coherent");
        return CoherenceRule.violations(change.apply(c), CONFIG).stream()
                .filter(v -> !v.startsWith("narrative_fits:")).toList();
    }

    @Test
    void aDiagnosisInTheReferenceYearIsAfterTheReferenceDate() {
        // the reference date is 1 January: a diagnosis in its year lies after it
        // (asthma: a condition no measurement shows, so nothing else disagrees)
        List<String> v = broken(c -> withConditions(c, List.of(new Condition("Asthma", REFERENCE.getYear(),
                true))));
        assertEquals(List.of("dated_before_reference: " + sample().id() + ": Asthma diagnosed in "
                + REFERENCE.getYear() + ", after the reference date " + REFERENCE), v);
    }

    @Test
    void aDiagnosisInChildhoodIsReported() {
        // hypothyroidism has no childhood onset configured: before 18 it is reported
        int year = sample().demographics().dateOfBirth().getYear() + 10;
        List<String> v = broken(c -> withConditions(c, List.of(new Condition("Hypothyroidism", year, true))));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).startsWith("diagnosed_at_possible_age: " + sample().id() + ": Hypothyroidism diagnosed in "
                + year + ", before turning 18"), v.get(0));
    }

    @Test
    void asthmaMayBeDiagnosedInChildhoodFromItsConfiguredAge() {
        int born = sample().demographics().dateOfBirth().getYear();
        assertEquals(List.of(), CoherenceRule.violations(withConditions(sample(), List.of(new Condition("Asthma",
                born + 10, true))), CONFIG).stream().filter(x -> x.startsWith("diagnosed_at")).toList());
        List<String> v = broken(c -> withConditions(c, List.of(new Condition("Asthma", born + 2, true))));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).startsWith("diagnosed_at_possible_age: " + sample().id() + ": Asthma diagnosed in "
                + (born + 2) + ", before turning 3"), v.get(0));
    }

    @Test
    void aDivorceBeforeTheMarriageAndAStatusThatDoesNotFollowAreReported() {
        LocalDate dob = sample().demographics().dateOfBirth();
        List<LifeEvent> events = List.of(new LifeEvent(dob.plusYears(19), "divorce", "", "negative", 19),
                new LifeEvent(dob.plusYears(20), "marriage", "", "positive", 20));
        List<String> v = broken(c -> withStatus(withEvents(c, events), "divorced"));
        String id = sample().id();
        assertEquals(List.of("marital_history: " + id + ": divorce on " + dob.plusYears(19)
                + " without an earlier marriage", "marital_history: " + id
                + ": marital status divorced but the last marital event is marriage"), v);
    }

    @Test
    void separatedAndWidowedCustomersFollowTheirMaritalEvents() {
        LocalDate dob = sample().demographics().dateOfBirth();
        String id = sample().id();
        List<LifeEvent> separated = List.of(new LifeEvent(dob.plusYears(20), "marriage", "", "positive", 20),
                new LifeEvent(dob.plusYears(22), "separation", "", "negative", 22));
        assertEquals(List.of(), broken(c -> withHousehold(withStatus(withEvents(c, separated), "separated"), 1)));
        List<LifeEvent> married = List.of(new LifeEvent(dob.plusYears(20), "marriage", "", "positive", 20));
        assertEquals(List.of("marital_history: " + id + ": widowed without a bereavement after the marriage"),
                broken(c -> withStatus(withEvents(c, married), "widowed")));
        List<LifeEvent> widowed = List.of(married.get(0),
                new LifeEvent(dob.plusYears(23), "bereavement", "", "negative", 23));
        assertEquals(List.of(), broken(c -> withStatus(withEvents(c, widowed), "widowed")));
        assertEquals(List.of("marital_history: " + id + ": marital status separated but the last marital event is "
                + "marriage"), broken(c -> withStatus(withEvents(c, married), "separated")));
    }

    @Test
    void aMarriedCustomerLivingAloneIsReported() {
        LocalDate dob = sample().demographics().dateOfBirth();
        List<LifeEvent> married = List.of(new LifeEvent(dob.plusYears(20), "marriage", "", "positive", 20));
        assertEquals(List.of("household_holds_spouse_and_children: " + sample().id() + ": married in a household of 1"),
                broken(c -> withHousehold(withStatus(withEvents(c, married), "married"), 1)));
        assertEquals(List.of(), broken(c -> withHousehold(withStatus(withEvents(c, married), "married"), 2)));
        assertEquals(List.of(), broken(c -> withHousehold(withStatus(withEvents(c, List.of()), "single"), 1)));
    }

    @Test
    void aMastersDegreeFinishedAt19IsReported() {
        LocalDate dob = sample().demographics().dateOfBirth();
        List<LifeEvent> early = List.of(new LifeEvent(dob.plusYears(19), "graduated", "", "positive", 19));
        List<String> v = broken(c -> withEducation(withStatus(withEvents(c, early), "single"), "masters"));
        assertTrue(v.contains("graduation_age_fits_education: " + sample().id() + ": masters finished at 19, younger "
                + "than 23"), v.toString());
        List<LifeEvent> late = List.of(new LifeEvent(dob.plusYears(24), "graduated", "", "positive", 24));
        assertTrue(broken(c -> withEducation(withStatus(withEvents(c, late), "single"), "masters")).stream()
                .noneMatch(x -> x.startsWith("graduation_age_fits_education")));
    }

    @Test
    void medicaidAtAHighIncomeIsReported() {
        CustomerProfile c = sample();
        io.github.syntheticcustomers.core.model.SocialDeterminants s = c.sdoh();
        io.github.syntheticcustomers.core.model.SocialDeterminants medicaid =
                new io.github.syntheticcustomers.core.model.SocialDeterminants(s.housing(), s.foodSecurity(),
                        s.transportation(), s.financialStrain(), s.socialSupport(), s.accessToCare(), "medicaid");
        CustomerProfile rich = withSdoh(withIncome(c, "over_150k"), medicaid);
        List<String> v = CoherenceRule.violations(rich, CONFIG).stream()
                .filter(x -> x.startsWith("medicaid_income_qualifies")).toList();
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).contains("on Medicaid earning over_150k"), v.get(0));
        CustomerProfile poor = withSdoh(withIncome(withHousehold(c, 1), "under_30k"), medicaid);
        assertTrue(CoherenceRule.violations(poor, CONFIG).stream()
                .noneMatch(x -> x.startsWith("medicaid_income_qualifies")));
    }

    @Test
    void anAgeBoundEventAtAnotherAgeAndAWrongStatedAgeAreReported() {
        LocalDate dob = sample().demographics().dateOfBirth();
        List<LifeEvent> events = List.of(new LifeEvent(dob.plusYears(29), "turned_30", "", "mixed", 29),
                new LifeEvent(dob.plusYears(25), "new_job", "", "positive", 26));
        List<String> v = broken(c -> withStatus(withEvents(c, events), "single"));
        String id = sample().id();
        assertEquals(List.of("life_event_ages: " + id + ": new_job on " + dob.plusYears(25)
                + " says age 26, but the customer was 25", "life_event_ages: " + id + ": new_job on "
                + dob.plusYears(25) + " listed after " + dob.plusYears(29),
                "age_bound_events: " + id + ": turned_30 at age 29"), v);
    }

    @Test
    void recordsDatedOnTheReferenceDateOrBeforeAdulthoodAreReported() {
        CustomerProfile c = sample();
        LocalDate dob = c.demographics().dateOfBirth();
        Engagement g = c.engagement();
        Engagement child = new Engagement(dob.plusYears(10), REFERENCE, g.preferredChannel(), g.sessionsLast90Days(),
                g.avgSessionMinutes(), g.contentInteractions(), g.notificationsOptIn(), g.onboardingCompleted(),
                g.featuresUsed(), g.engagementScore());
        List<String> v = broken(x -> withEngagement(x, child));
        assertEquals(List.of("dated_before_reference: " + c.id() + ": last activity on " + REFERENCE
                + ", not before the reference date " + REFERENCE, "adult_records: " + c.id() + ": account created on "
                + dob.plusYears(10) + ", before turning 18"), v);
        ScreeningHistory s = new ScreeningHistory(true, "annual", dob.plusYears(12), 0.5);
        List<String> screened = broken(x -> withScreening(x, s));
        List<LocalDate> panels = c.healthProfile().panelDates();
        assertEquals(List.of("adult_records: " + c.id() + ": screened on " + dob.plusYears(12) + ", before turning 18 on "
                + dob.plusYears(18), "measurements_agree: " + c.id() + ": latest panel " + panels.get(panels.size() - 1)
                + " is not the last screening " + dob.plusYears(12)), screened);
    }

    @Test
    void theCoherenceCheckPassesOnGeneratedDataAndFailsOnABrokenRecord() {
        io.github.syntheticcustomers.core.SyntheticDataset dataset =
                io.github.syntheticcustomers.core.SyntheticDataset.of(CONFIG, 7, 300);
        CheckResult ok = coherence(LoadedDataset.of(dataset.customers(), dataset.scenarios()));
        assertEquals(CheckStatus.PASS, ok.status(), ok.toString());
        List<CustomerProfile> customers = new ArrayList<>(dataset.customers());
        CustomerProfile c = customers.get(5);
        customers.set(5, withConditions(c, List.of(new Condition("Asthma", REFERENCE.getYear() + 1, false))));
        CheckResult broken = coherence(LoadedDataset.of(customers, dataset.scenarios()));
        assertEquals(CheckStatus.FAIL, broken.status());
        assertEquals(1.0, broken.measurements().stream().filter(m -> m.subject().equals("dated_before_reference"))
                .findFirst().orElseThrow().value());
        assertTrue(broken.examples().get(0).startsWith("dated_before_reference: " + c.id() + ": Asthma diagnosed in "),
                broken.examples().toString());
    }

    @ParameterizedTest
    @ValueSource(longs = 42)
    void journeyActionsFitTheProfileOverManyScenarios(long seed) {
        assertJourneyActionsFitTheProfile(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = {1, 20261201})
    void journeyActionsFitTheProfileForOtherSeeds(long seed) {
        assertJourneyActionsFitTheProfile(seed);
    }

    private static void assertJourneyActionsFitTheProfile(long seed) {
        io.github.syntheticcustomers.core.SyntheticDataset dataset =
                io.github.syntheticcustomers.core.SyntheticDataset.of(CONFIG, seed, 5000);
        CheckResult result = coherence(LoadedDataset.of(dataset.customers(), dataset.scenarios()));
        assertEquals(CheckStatus.PASS, result.status(), result.examples().toString());
        // the requirements are not vacuous: the actions they govern do occur, where they may
        List<String> governed = List.of("requested_transport_help", "compared_with_last_results",
                "completed_account_setup");
        for (String action : governed) {
            assertTrue(dataset.scenarios().stream().flatMap(s -> s.journey().stream())
                    .anyMatch(st -> st.actions().contains(action)), action + " occurs");
        }
    }

    @Test
    void anActionWhoseRequirementDoesNotHoldIsReported() {
        io.github.syntheticcustomers.core.SyntheticDataset dataset =
                io.github.syntheticcustomers.core.SyntheticDataset.of(CONFIG, 7, 300);
        List<io.github.syntheticcustomers.core.model.TestScenario> scenarios = new ArrayList<>(dataset.scenarios());
        int i = 0;
        while (!dataset.customers().get(i).sdoh().transportation().equals("reliable")) {
            i++;
        }
        var s = scenarios.get(i);
        var step = s.journey().get(0);
        List<String> actions = new ArrayList<>(step.actions());
        actions.add("requested_transport_help");
        withFirstStep(scenarios, i, new io.github.syntheticcustomers.core.model.JourneyStep(step.phase(), step.step(),
                step.timestamp(), actions, step.emotionalState(), step.completionStatus(), step.timeOnStepSeconds()));
        CheckResult broken = coherence(LoadedDataset.of(dataset.customers(), scenarios));
        assertEquals(CheckStatus.FAIL, broken.status());
        assertEquals(List.of("journey_actions_fit: " + s.scenarioId() + " step 1 " + step.step()
                + ": requested_transport_help, but its requirement does not hold there for " + s.customerId()),
                broken.examples());
    }

    @Test
    void statesFollowTheirPopulation() {
        int count = 40_000;
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 11, count);
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (long i = 0; i < count; i++) {
            n.merge(generator.customer(i).demographics().state(), 1, Integer::sum);
        }
        long total = CONFIG.regions().stream().mapToLong(r -> r.population()).sum();
        for (var r : CONFIG.regions()) {
            double expected = 100.0 * r.population() / total;
            double actual = 100.0 * n.getOrDefault(r.name(), 0) / count;
            // binomial: 4 standard deviations of a share over 40 000 draws
            double tolerance = 4 * Math.sqrt(expected * (100 - expected) / count);
            assertEquals(expected, actual, tolerance, r.name());
        }
    }

    /** Replaces the first journey step of scenario {@code i}. */
    private static void withFirstStep(List<io.github.syntheticcustomers.core.model.TestScenario> scenarios, int i,
            io.github.syntheticcustomers.core.model.JourneyStep first) {
        var s = scenarios.get(i);
        List<io.github.syntheticcustomers.core.model.JourneyStep> journey = new ArrayList<>(s.journey());
        journey.set(0, first);
        scenarios.set(i, new io.github.syntheticcustomers.core.model.TestScenario(s.scenarioId(), s.customerId(),
                s.scenarioType(), s.user(), s.journeyStatus(), s.completedBefore(), journey));
    }

    private static CheckResult coherence(LoadedDataset dataset) {
        return QualityChecks.run(dataset, CONFIG).checks().stream().filter(r -> r.name().equals("coherence"))
                .findFirst().orElseThrow();
    }

    @Test
    void aYoungPhysicianWithoutADegreeAndALowIncomeIsReported() {
        CustomerProfile c = sample();
        Demographics d = c.demographics();
        Demographics physician = new Demographics(d.firstName(), d.lastName(), d.gender(), 25, d.dateOfBirth(),
                d.email(), d.phone(), d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(),
                "Family Physician", "high_school", d.maritalStatus(),
                d.householdSize(), "30k_60k");
        List<String> v = CoherenceRule.violations(new CustomerProfile(c.id(), c.personaType(), c.riskLevel(),
                c.riskScore(), c.traits(), physician, c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(),
                c.sdoh()), CONFIG).stream().filter(x -> x.startsWith("occupation_fits")).toList();
        assertEquals(List.of("occupation_fits: " + c.id() + ": Family Physician aged 25 with high_school earning "
                + "30k_60k (the occupation asks for doctorate, at least 30, over_150k)"), v);
    }

    @Test
    void measurementsThatContradictTheBmiOrADiagnosisAreReported() {
        // a customer with a panel that measured blood pressure and HbA1c (a visit screening both programmes)
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 42, 100);
        CustomerProfile c = null;
        LocalDate date = null;
        for (long i = 0; i < 100 && date == null; i++) {
            c = generator.customer(i);
            for (LocalDate d : c.healthProfile().panelDates()) {
                List<String> codes = c.healthProfile().panel(d).stream().map(Observation::code).toList();
                date = codes.contains("systolic_bp") && codes.contains("hba1c") ? d : date;
            }
        }
        assertNotNull(date, "a customer has a panel with blood pressure and HbA1c");
        HealthProfile h = c.healthProfile();
        List<Observation> changed = new ArrayList<>();
        // that panel alone, after a 2020 diagnosis
        for (Observation o : h.panel(date)) {
            // twice the weight: the BMI no longer follows from weight and height; 100/60 mm Hg with an unmanaged
            // hypertension diagnosis lies below both cut-offs; an HbA1c of 16 % beyond its limits
            changed.add(switch (o.code()) {
                case "body_weight" -> new Observation(o.code(), 2 * o.value(), o.unit(), o.date());
                case "systolic_bp" -> new Observation(o.code(), 100, o.unit(), o.date());
                case "diastolic_bp" -> new Observation(o.code(), 60, o.unit(), o.date());
                case "hba1c" -> new Observation(o.code(), 16, o.unit(), o.date());
                default -> o;
            });
        }
        Observation weight = h.panel(date).get(1);
        Observation height = h.panel(date).get(0);
        ScreeningHistory one = new ScreeningHistory(true, "irregular", date, 1.0);
        List<String> v = CoherenceRule.violations(withHealth(c, new HealthProfile(
                List.of(new Condition("Hypertension", 2020, false)), h.familyHistory(), h.lifestyle(), one, changed)),
                CONFIG).stream().filter(x -> x.startsWith("measurements_agree")).toList();
        assertEquals(List.of(
                "measurements_agree: " + c.id() + ": BMI " + h.lifestyle().bmi() + " (lifestyle " + h.lifestyle().bmi()
                        + ") does not match " + 2 * weight.value() + " kg at " + height.value() + " cm",
                "measurements_agree: " + c.id() + ": hba1c 16 % lies outside its limits 3.8-15",
                "measurements_agree: " + c.id() + ": systolic_bp 100 mm[Hg] and diastolic_bp 60 mm[Hg] on " + date
                        + " with unmanaged Hypertension (diagnosed 2020), below 130 / 80"),
                v);
        // managed, it may measure lower by at most its largest treatment effect (and a rounding step): 114 / 70
        List<String> managed = CoherenceRule.violations(withHealth(c, new HealthProfile(
                List.of(new Condition("Hypertension", 2020, true)), h.familyHistory(), h.lifestyle(), one, changed)),
                CONFIG).stream().filter(x -> x.contains("Hypertension")).toList();
        assertEquals(List.of("measurements_agree: " + c.id() + ": systolic_bp 100 mm[Hg] and diastolic_bp 60 mm[Hg] on "
                + date + " with managed Hypertension (diagnosed 2020), below 114 / 70"), managed);
    }

    @Test
    void narrativePhrasesThatAreNotTrueOfTheCustomerAreReported() {
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 42, 500);
        CustomerProfile c = null;
        for (long i = 0; c == null; i++) {
            CustomerProfile x = generator.customer(i);
            if (x.personaType().equals("overlooked_risk_group") && x.healthProfile().conditions().isEmpty()
                    && x.healthProfile().familyHistory().isEmpty()) {
                c = x;
            }
        }
        Narrative n = c.narrative();
        Narrative broken = new Narrative(n.summary(), n.motivations(),
                List.of(n.concerns().get(0), "A family history of stroke"),
                List.of("Manage blood pressure", "Win the lottery"), n.quote());
        List<String> v = CoherenceRule.violations(new CustomerProfile(c.id(), c.personaType(), c.riskLevel(),
                c.riskScore(), c.traits(), c.demographics(), c.healthProfile(), c.lifeEvents(), c.engagement(),
                broken, c.sdoh()), CONFIG).stream().filter(x -> x.startsWith("narrative_fits")).toList();
        assertEquals(List.of(
                "narrative_fits: " + c.id() + ": concern 'A family history of stroke' is no phrase of the persona's or "
                        + "the generic narrative pools nor a listed family history",
                "narrative_fits: " + c.id() + ": goal 'Manage blood pressure' is not true of the customer (its rule "
                        + "does not hold)",
                "narrative_fits: " + c.id() + ": goal 'Win the lottery' is no phrase of the persona's or the generic "
                        + "narrative pools"), v);
    }

    @Test
    void boundAgeIsTheTypesAtAge() {
        GeneratorConfig config = ConfigLoader.defaults();
        assertEquals(30, CoherenceRule.boundAge("turned_30", config));
        assertEquals(-1, CoherenceRule.boundAge("marriage", config));
        assertEquals(-1, CoherenceRule.boundAge("retired_at_65", config), "undeclared: no bound");
    }

    private static CustomerProfile withConditions(CustomerProfile c, List<Condition> conditions) {
        HealthProfile h = c.healthProfile();
        return withHealth(c, new HealthProfile(conditions, h.familyHistory(), h.lifestyle(), h.screeningHistory(),
                h.measurements()));
    }

    private static CustomerProfile withScreening(CustomerProfile c, ScreeningHistory s) {
        HealthProfile h = c.healthProfile();
        return withHealth(c, new HealthProfile(h.conditions(), h.familyHistory(), h.lifestyle(), s, h.measurements()));
    }

    private static CustomerProfile withHealth(CustomerProfile c, HealthProfile h) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                h, c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }

    private static CustomerProfile withEvents(CustomerProfile c, List<LifeEvent> events) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                c.healthProfile(), events, c.engagement(), c.narrative(), c.sdoh());
    }

    private static CustomerProfile withEngagement(CustomerProfile c, Engagement g) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                c.healthProfile(), c.lifeEvents(), g, c.narrative(), c.sdoh());
    }

    private static CustomerProfile withDemographics(CustomerProfile c, String education, String status, int household,
            String income) {
        Demographics d = c.demographics();
        Demographics changed = new Demographics(d.firstName(), d.lastName(), d.gender(), d.age(), d.dateOfBirth(),
                d.email(), d.phone(), d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(), d.occupation(),
                education, status, household, income);
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), changed,
                c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }

    private static CustomerProfile withHousehold(CustomerProfile c, int household) {
        Demographics d = c.demographics();
        return withDemographics(c, d.education(), d.maritalStatus(), household, d.incomeBracket());
    }

    private static CustomerProfile withEducation(CustomerProfile c, String education) {
        Demographics d = c.demographics();
        return withDemographics(c, education, d.maritalStatus(), d.householdSize(), d.incomeBracket());
    }

    private static CustomerProfile withIncome(CustomerProfile c, String income) {
        Demographics d = c.demographics();
        return withDemographics(c, d.education(), d.maritalStatus(), d.householdSize(), income);
    }

    private static CustomerProfile withSdoh(CustomerProfile c, io.github.syntheticcustomers.core.model.SocialDeterminants s) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), s);
    }

    private static CustomerProfile withStatus(CustomerProfile c, String status) {
        Demographics d = c.demographics();
        Demographics changed = new Demographics(d.firstName(), d.lastName(), d.gender(), d.age(), d.dateOfBirth(),
                d.email(), d.phone(), d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(),
                d.occupation(), d.education(), status, d.householdSize(),
                d.incomeBracket());
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), changed,
                c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }
}
