package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/**
 * The generate goal's line on a dataset's cohorts (issue 31 item 5, docs/cohorts-in-tests.md): each cohort's exact
 * size for the count and how a build selects the members; nothing without cohorts.
 */
class CohortsLineTest {

    private static final String COHORTS = """
            cohorts:
              - { id: undiagnosed_hypertension, count: 40, where: { age: { from: 40, to: 60 }, undiagnosed: [hypertension] } }
              - { id: known_diabetes, share: 3, where: { diagnosed: [type_2_diabetes] } }
            """;

    @Test
    void namesEachCohortsSizeAndHowToSelectIt() {
        assertEquals("Cohorts: undiagnosed_hypertension=40, known_diabetes=18; tests select them with @Cohort(\"id\"),"
                + " the command line with show --cohort ID, and every member's record lists its cohort under"
                + " \"cohorts\"", GenerateMojo.cohortsLine(ConfigLoader.load("cohorts.yaml", COHORTS), 600));
        assertEquals("Cohorts: undiagnosed_hypertension=40, known_diabetes=45; tests select them with @Cohort(\"id\"),"
                + " the command line with show --cohort ID, and every member's record lists its cohort under"
                + " \"cohorts\"", GenerateMojo.cohortsLine(ConfigLoader.load("cohorts.yaml", COHORTS), 1500));
    }

    @Test
    void saysNothingWithoutCohorts() {
        assertNull(GenerateMojo.cohortsLine(ConfigLoader.defaults(), 500));
    }
}
