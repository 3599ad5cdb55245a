package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.generate.CohortSizes;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.report.ReportRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code cohorts} check, the calibrated population of the epidemiology and realism checks, the analysis's
 * cohorts and the Java API's cohort selection (issue 31 items 2 and 5), over {@code custom-cohorts.yaml}: seeds 42, 7
 * and 1234 at two sizes (42 at 600 and 7 at 1 500 in the main run, the others in the long tests).
 */
class CohortCheckTest {

    static final GeneratorConfig CONFIG = TestResources.config("custom-cohorts.yaml");

    /** The datasets by (seed, count), generated once per class: four tests judge seed 42's 600 customers. */
    private static final Map<String, LoadedDataset> GENERATED = new HashMap<>();

    /** Lets the records go once the class is done: the test JVM runs other classes after this one. */
    @AfterAll
    static void release() {
        synchronized (CohortCheckTest.class) {
            GENERATED.clear();
        }
    }

    private static synchronized LoadedDataset dataset(long seed, int count) {
        return GENERATED.computeIfAbsent(seed + "/" + count,
                k -> LoadedDataset.generate(new DatasetGenerator(CONFIG, seed, count)));
    }

    @ParameterizedTest
    @CsvSource({"42, 600", "7, 1500"})
    void aDatasetWithCohortsPassesTheCohortsCheckAndTheCalibratedPopulationKeepsItsRates(long seed, int count) {
        assertPassesTheCohortsCheck(seed, count);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @CsvSource({"7, 600", "1234, 600"})
    void aDatasetWithCohortsPassesTheCohortsCheckForOtherSeeds(long seed, int count) {
        assertPassesTheCohortsCheck(seed, count);
    }

    private static void assertPassesTheCohortsCheck(long seed, int count) {
        QualityReport report = QualityChecks.run(dataset(seed, count), CONFIG);
        CheckResult cohorts = report.check("cohorts");
        assertEquals(CheckStatus.PASS, cohorts.status(), cohorts.toString());
        long share = Math.round(count * 0.03);
        assertEquals("All 3 cohorts have their exact size (" + (65 + share) + " members) and every member meets its "
                + "condition.", cohorts.summary());
        assertEquals(List.of("undiagnosed_hypertension.members = 40", "avoiding_smokers.members = 25",
                "known_diabetes.members = " + share, "members_not_meeting_condition = 0", "undeclared_cohorts = 0"),
                cohorts.measurements().stream().map(m -> m.subject() + " = " + Measurement.text(m.value())).toList());
        for (String check : List.of("epidemiology", "realism")) {
            CheckResult r = report.check(check);
            assertTrue(r.status() != CheckStatus.FAIL, r.toString());
            assertTrue(r.status() != CheckStatus.PASS
                    || r.summary().endsWith(" Over the calibrated population: the customers of no cohort."), r.summary());
        }
    }

    @ParameterizedTest
    @CsvSource("42, 600")
    void epidemiologyAndRealismMeasureTheCalibratedPopulationOnly(long seed, int count) {
        assertMeasuresTheCalibratedPopulationOnly(seed, count);
    }

    @Tag("long") // the other seed and size: the long-tests profile runs it (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @CsvSource("1234, 1500")
    void epidemiologyAndRealismMeasureTheCalibratedPopulationOnlyForAnotherSeed(long seed, int count) {
        assertMeasuresTheCalibratedPopulationOnly(seed, count);
    }

    private static void assertMeasuresTheCalibratedPopulationOnly(long seed, int count) {
        LoadedDataset all = dataset(seed, count);
        List<CustomerProfile> calibrated = all.customers().stream().filter(c -> c.cohorts().isEmpty()).toList();
        assertTrue(calibrated.size() < all.customers().size());
        for (String check : List.of("epidemiology", "realism")) {
            assertEquals(QualityChecks.run(check, LoadedDataset.of(calibrated), CONFIG).measurements(),
                    QualityChecks.run(check, all, CONFIG).measurements(), check);
        }
    }

    @Test
    void withoutCohortsTheCheckPassesSayingSoAndTheFiguresAreThoseOfEveryCustomer() {
        QualityReport report = QualityChecks.run(Datasets.DATASET, Datasets.CONFIG);
        CheckResult cohorts = report.check("cohorts");
        assertEquals(CheckStatus.PASS, cohorts.status());
        assertEquals("The configuration declares no cohorts: nothing to check.", cohorts.summary());
        assertEquals(List.of(), cohorts.measurements());
        // the seed's figures: every customer counted, the summaries as before (the golden quality.json holds the rest)
        assertEquals("All 24 judged rates follow the reference table.", report.check("epidemiology").summary());
        assertTrue(report.check("realism").summary().endsWith("shapes judged against their tables, all within "
                + "tolerance."), report.check("realism").summary());
        Analysis analysis = Analysis.of(Datasets.DATASET, Datasets.CONFIG);
        assertEquals(List.of(), analysis.cohorts());
        assertEquals(500, analysis.prevalence().stream().filter(p -> p.rate().equals(analysis.prevalence().get(0)
                .rate())).mapToLong(Analysis.Prevalence::customers).sum());
    }

    @Test
    void aMemberOutsideItsConditionAWrongSizeAndAnUndeclaredCohortFailNamingTheCustomerAndCohort() {
        List<CustomerProfile> customers = new ArrayList<>(dataset(42, 600).customers());
        int moved = -1;
        int dropped = -1;
        int stranger = -1;
        for (int i = 0; i < customers.size(); i++) {
            CustomerProfile c = customers.get(i);
            if (moved < 0 && c.inCohort("undiagnosed_hypertension")) {
                moved = i;
                customers.set(i, withAge(c, 30));
            } else if (dropped < 0 && c.inCohort("avoiding_smokers")) {
                dropped = i;
                customers.set(i, withCohorts(c, List.of()));
            } else if (stranger < 0 && c.cohorts().isEmpty()) {
                stranger = i;
                customers.set(i, withCohorts(c, List.of("nobody")));
            }
        }
        CheckResult r = QualityChecks.run("cohorts", LoadedDataset.of(customers), CONFIG);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("3 cohort measurement(s) off: avoiding_smokers.members = 24 records (expected 25, allowed "
                + "[25, 25] records) and 2 more.", r.summary());
        String id = customers.get(moved).id();
        assertEquals(List.of(id + " in cohort undiagnosed_hypertension (Undiagnosed hypertension, 40 to 60): age 30 "
                + "is outside 40–60", customers.get(stranger).id() + " lists cohort 'nobody', which the "
                + "configuration does not declare").stream().sorted().toList(), r.examples().stream().sorted().toList());
    }

    private static CustomerProfile withAge(CustomerProfile c, int age) {
        Demographics d = c.demographics();
        Demographics changed = new Demographics(d.firstName(), d.lastName(), d.gender(), age,
                d.dateOfBirth().plusYears(d.age() - age), d.email(), d.phone(), d.streetAddress(), d.city(), d.county(),
                d.state(), d.postalCode(), d.occupation(), d.education(), d.maritalStatus(), d.householdSize(),
                d.incomeBracket());
        return copy(c, changed, c.cohorts());
    }

    private static CustomerProfile withCohorts(CustomerProfile c, List<String> cohorts) {
        return copy(c, c.demographics(), cohorts);
    }

    private static CustomerProfile copy(CustomerProfile c, Demographics d, List<String> cohorts) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), d,
                c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh(), c.attributes(), cohorts);
    }

    @ParameterizedTest
    @CsvSource({"42, 600", "7, 1500"})
    void theApiSelectsACohortsMembersInRecordOrderAndTheAnalysisShowsThemBesideTheCalibratedPopulation(long seed,
            int count) {
        SyntheticDataset lazy = SyntheticDataset.of(CONFIG, seed, count);
        assertEquals(List.of("undiagnosed_hypertension", "avoiding_smokers", "known_diabetes"), lazy.cohortIds());
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("undiagnosed_hypertension", 40L);
        sizes.put("avoiding_smokers", 25L);
        sizes.put("known_diabetes", Math.round(count * 0.03));
        assertEquals(sizes, lazy.cohortSizes());
        assertEquals(sizes, CohortSizes.of(CONFIG, count));
        // before the customers are generated: only the members are; after: filtered from the list; the same records
        List<CustomerProfile> members = lazy.cohort("avoiding_smokers");
        SyntheticDataset full = SyntheticDataset.of(CONFIG, seed, count);
        List<CustomerProfile> expected = full.customers(c -> c.inCohort("avoiding_smokers"));
        assertEquals(expected, members);
        assertEquals(expected, full.cohort("avoiding_smokers"));
        for (int i = 0; i < count; i++) {
            assertEquals(full.customer(i).cohorts(), full.generator().cohortsOf(i));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lazy.cohort("smokers"));
        assertEquals("Unknown cohort 'smokers'; the configuration declares: undiagnosed_hypertension, "
                + "avoiding_smokers, known_diabetes", e.getMessage());

        List<Analysis.CohortFigures> figures = Analysis.of(LoadedDataset.of(full.customers()), CONFIG).cohorts();
        assertEquals(List.of("calibrated", "undiagnosed_hypertension", "avoiding_smokers", "known_diabetes"),
                figures.stream().map(Analysis.CohortFigures::id).toList());
        assertEquals(count - 65 - Math.round(count * 0.03), figures.get(0).count());
        Analysis.CohortFigures smokers = figures.get(2);
        assertEquals(25, smokers.count());
        assertEquals(25L, smokers.expected());
        assertEquals("persona health_aware_avoider; gender female; risk level low; with current smoker",
                smokers.condition());
        assertEquals(25, smokers.genders().get(0).count()); // every one female
        assertEquals(100.0, smokers.riskLevels().get(0).share()); // every one low
        Analysis.CohortFigures hypertension = figures.get(1);
        assertTrue(hypertension.youngest() >= 40 && hypertension.oldest() <= 60, hypertension.toString());
    }

    @Test
    void theReportShowsACohortsSectionBesideTheCalibratedPopulationOnlyWhenThereAreCohorts() {
        LoadedDataset dataset = dataset(42, 600);
        String html = ReportRenderer.render(Analysis.of(dataset, CONFIG), QualityChecks.run(dataset, CONFIG));
        int section = html.indexOf("<h2 id=\"cohorts-heading\">Cohorts</h2>");
        assertTrue(section > html.indexOf("<h2 id=\"prevalence-heading\">"), "after the prevalence");
        String table = html.substring(section, html.indexOf("</section>", section));
        assertTrue(table.contains("<thead><tr><th scope=\"col\"></th><th scope=\"col\">Calibrated population</th>"
                + "<th scope=\"col\">Undiagnosed hypertension, 40 to 60</th><th scope=\"col\">Women who avoid care and"
                + " smoke</th><th scope=\"col\">Known type 2 diabetes, not smoking</th></tr></thead>"), table);
        assertTrue(table.contains("<tr><th scope=\"row\">Customers</th><td>517</td><td>40 (asked 40)</td>"
                + "<td>25 (asked 25)</td><td>18 (asked 18)</td></tr>"), table);
        assertTrue(table.contains("<td>persona health_aware_avoider; gender female; risk level low; with current "
                + "smoker</td>"), table);
        assertTrue(html.contains("; over the calibrated population, the customers of no cohort)</caption>"));
        String seed = ReportRenderer.render(Analysis.of(Datasets.DATASET, Datasets.CONFIG),
                QualityChecks.run(Datasets.DATASET, Datasets.CONFIG));
        assertTrue(!seed.contains("cohorts-heading") && !seed.contains("calibrated population"));
    }

    @Test
    void noCohortsDeclaredSelectsNothingAndSaysSo() {
        SyntheticDataset plain = SyntheticDataset.of(Datasets.CONFIG, 42, 50);
        assertEquals(List.of(), plain.cohortIds());
        assertEquals(Map.of(), plain.cohortSizes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plain.cohort("x"));
        assertEquals("Unknown cohort 'x'; the configuration declares no cohorts", e.getMessage());
    }
}
