package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The refusals of {@code where.measurements} and {@code where.attributes} (docs/cohorts.md, "Measurements and
 * attributes"), each with its exact message.
 */
class CohortMeasurementsValidationTest {

    private static final String ATTRIBUTES = "attributes: [ { id: plan, type: enumeration, values: { basic: 70, plus: 25,"
            + " premium: 5, legacy: 0 } }, { id: has_app, type: boolean, probability: 0.4 }, { id: cigarettes, type:"
            + " number, min: 1, max: 60, distribution: uniform }, { id: quit_date, type: date, window: {"
            + " from_years_ago: 2 } }, { id: started, type: date, window: { from_age: 16, to_age: 25 } } ]\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            { measurements: { ldl: { at_most: 100 } } }                                | cohorts.0.where.measurements.ldl: unknown measurement code 'ldl' (was: ldl; allowed: a measurement code: bmi, systolic_bp, diastolic_bp, hba1c, total_cholesterol)
            { measurements: { hba1c: { at_least: 6.5, at_most: 5.7 } } }               | cohorts.0.where.measurements.hba1c: at_least is above at_most (was: 6.5–5.7; allowed: at_least at most at_most)
            { measurements: { hba1c: { at_least: 2.0 } } }                             | cohorts.0.where.measurements.hba1c: lies outside the value's limits (was: 2–; allowed: a range within hba1c's limits 3.8–15)
            { measurements: { systolic_bp: { at_most: 300 } } }                        | cohorts.0.where.measurements.systolic_bp: lies outside the value's limits (was: –300; allowed: a range within systolic_bp's limits 82–240)
            { measurements: { hba1c: {} } }                                            | cohorts.0.where.measurements.hba1c: has neither at_least nor at_most (allowed: { at_least: x, at_most: y }, either bound optional)
            { undiagnosed: [hypertension], measurements: { systolic_bp: { at_most: 120 }, diastolic_bp: { at_most: 70 } } } | cohorts.0.where.measurements.systolic_bp: contradicts the factors the cohort requires or excludes (was: –120; allowed: a range its cut-offs allow with hypertension required (systolic_bp 130 or diastolic_bp 80 or more))
            { diagnosed: [type_2_diabetes], measurements: { hba1c: { at_most: 6.4 } } } | cohorts.0.where.measurements.hba1c: contradicts the factors the cohort requires or excludes (was: –6.4; allowed: a range its cut-offs allow with type_2_diabetes required (hba1c 6.5 or more))
            { without_factors: [obesity], measurements: { bmi: { at_least: 30 } } }     | cohorts.0.where.measurements.bmi: contradicts the factors the cohort requires or excludes (was: 30–; allowed: a range its cut-offs allow with obesity excluded (below bmi 30))
            { attributes: { colour: { is: red } } }                                    | cohorts.0.where.attributes.colour: unknown attribute 'colour' (was: colour; allowed: an attribute id: plan, has_app, cigarettes, quit_date, started)
            { attributes: { plan: { is: gold } } }                                     | cohorts.0.where.attributes.plan: unknown value 'gold' of plan (was: gold; allowed: basic, plus, premium, legacy)
            { attributes: { plan: { in: [legacy] } } }                                 | cohorts.0.where.attributes.plan: names only values of weight 0 (was: [legacy]; allowed: a value with a weight above 0)
            { attributes: { plan: { at_least: 1 } } }                                  | cohorts.0.where.attributes.plan: at_least/at_most applies to a number or a date, not an enumeration (allowed: in: [values] or is: value)
            { attributes: { has_app: { is: 3 } } }                                     | cohorts.0.where.attributes.has_app: a boolean takes is: true or is: false (was: 3; allowed: is: true or is: false)
            { attributes: { cigarettes: { at_least: 30, at_most: 20 } } }              | cohorts.0.where.attributes.cigarettes: at_least is above at_most (was: 30–20; allowed: at_least at most at_most)
            { attributes: { cigarettes: { at_least: 61 } } }                           | cohorts.0.where.attributes.cigarettes: lies outside the values of cigarettes (was: 61–; allowed: a range that meets 1–60)
            { attributes: { cigarettes: { in: [1, 2] } } }                             | cohorts.0.where.attributes.cigarettes.in: applies to an enumeration, not a number (was: [1, 2]; allowed: is: value or at_least/at_most)
            { attributes: { quit_date: { at_least: "2030-01-01" } } }                  | cohorts.0.where.attributes.quit_date: lies outside the values of quit_date (was: 2030-01-01–; allowed: a range that meets 2024-01-01–2025-12-31)
            { attributes: { started: { at_least: "2010-01-01" } } }                    | cohorts.0.where.attributes.started: a date range applies only to a window in years before the reference date (was: 2010-01-01–; allowed: a date attribute with window.from_years_ago)
            { attributes: { plan: { is: plus, in: [plus] } } }                         | cohorts.0.where.attributes.plan: needs exactly one of in, is, or at_least/at_most (allowed: { in: [values] }, { is: value } or { at_least: x, at_most: y })
            """)
    void aRangeThatCannotHoldIsRefusedWithItsReason(String where, String message) {
        String yaml = ATTRIBUTES + "cohorts: [ { id: c, count: 5, where: " + where + " } ]\n";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("cohort.yaml", yaml));
        assertEquals(message, e.getMessage().substring(e.getMessage().indexOf("cohorts.")));
    }

    @org.junit.jupiter.api.Test
    void aValueNoProgrammeMeasuresIsRefused() {
        String yaml = "timeline: { screening: none }\ncohorts: [ { id: c, count: 5, where: { measurements: { hba1c: {"
                + " at_least: 6.5 } } } } ]\n";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("cohort.yaml", yaml));
        assertEquals("cohorts.0.where.measurements.hba1c: is measured by no screening programme (timeline.screening)"
                + " (was: hba1c; allowed: a value a screening programme measures)",
                e.getMessage().substring(e.getMessage().indexOf("cohorts.")).lines().findFirst().orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void anAllocatedValueWhosePersonaCountsCannotHoldTheMembersIsRefused() {
        String yaml = ATTRIBUTES + "cohorts: [ { id: c, count: 20, where: { personas: [healthcare_professional],"
                + " attributes: { plan: { is: premium } } } } ]\n";
        ConfigException e = assertThrows(ConfigException.class, () -> SyntheticDataset.of(
                ConfigLoader.load("cohort.yaml", yaml), 42, 600).customers());
        assertEquals("cohorts.0.where.attributes.plan: 'c' places 20 members in persona healthcare_professional, whose"
                + " exact counts of plan premium leave only 4 (was: premium; allowed: values the persona's weights give"
                + " enough customers, a smaller cohort, or a condition that names other personas)",
                e.getMessage().substring(e.getMessage().indexOf("cohorts.")));
    }

    /**
     * A range no programme measures at any age the cohort allows (an HbA1c below 5.7 pins both glycaemia factors
     * absent; the diabetes programme then applies only with overweight or obesity) is refused when allocated.
     */
    @org.junit.jupiter.api.Test
    void aRangeNoProgrammeMeasuresAtTheCohortsAgesIsRefused() {
        String yaml = "cohorts: [ { id: c, count: 5, where: { measurements: { hba1c: { at_most: 5.6 } } } } ]\n";
        ConfigException e = assertThrows(ConfigException.class, () -> SyntheticDataset.of(
                ConfigLoader.load("cohort.yaml", yaml), 42, 600).customers());
        assertEquals("cohorts.0: 'c' needs 5 customers, but only 0 of the dataset's 600 can meet its condition (measured"
                + " hba1c –5.6, at the ages a screening programme measures it) (was: 5; allowed: a smaller count or"
                + " share, a wider condition, or a larger dataset)",
                e.getMessage().substring(e.getMessage().indexOf("cohorts.")));
    }
}
