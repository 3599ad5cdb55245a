package io.github.syntheticcustomers.core.seedless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.report.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A product without screening, said as written (docs/custom-products.md): {@code timeline.screening: none} or
 * {@code timeline.screening.programmes: []} leaves no programme and none of the seed's measured panels; nobody has a
 * screening on record, and the analysis and report say nothing about screenings.
 */
class NoScreeningTest {

    /** A product's own risk factors: none of them a condition a measurement reveals. */
    private static final String OWN_RISK = """
            risk:
              factors:
                replace:
                  - { id: smoker, kind: lifestyle, label: smoker, points: 10, prevalence: 0.2,
                      lifestyle: { field: smoking, value: current } }
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timeline:\n  screening: none\n", "timeline:\n  screening:\n    programmes: []\n"})
    void bothSpellingsLeaveNoProgrammeAndNoPanel(String screening) {
        GeneratorConfig config = ConfigLoader.load("none.yaml", screening + OWN_RISK);
        assertEquals(0, config.timeline().screening().programmes().size());
        assertEquals(0, config.measurements().values().size());
        // the rest of the screening section is the defaults'
        assertEquals(ConfigLoader.defaults().timeline().screening().historyYears(),
                config.timeline().screening().historyYears());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 1234})
    void nobodyHasAScreeningAndNothingIsSaidOfScreenings(long seed) {
        GeneratorConfig config = ConfigLoader.load("none.yaml", "timeline:\n  screening: none\n" + OWN_RISK);
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 500);
        for (CustomerProfile c : dataset.customers()) {
            assertFalse(c.healthProfile().screeningHistory().hasHistory(), c.id());
        }
        LoadedDataset loaded = LoadedDataset.of(dataset.customers(), dataset.scenarios());
        Analysis a = Analysis.of(loaded, config);
        assertTrue(a.insights().stream().noneMatch(i -> i.id().equals("screening_gap")), a.insights().toString());
        String html = ReportRenderer.render(a, QualityChecks.run(loaded, config));
        assertFalse(html.contains("With screening history"), "no screening columns");
        assertFalse(html.contains("Mean screening completion"), "no screening columns");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("recommended screenings"), "no screening insight");
    }

    @Test
    void anotherWordIsAnExactError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("none.yaml", "timeline:\n  screening: nothing\n"));
        assertEquals("none.yaml:2:3: timeline.screening: wrong type (was: nothing; allowed: a mapping, or none for a "
                + "product without screening)", e.getMessage());
    }

    @Test
    void aListOfProgrammesIsAnExactError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("none.yaml", "timeline:\n  screening:\n    programmes: [breast]\n"));
        assertEquals("none.yaml:3:5: timeline.screening.programmes: wrong type (was: a list; allowed: a mapping of "
                + "programmes by id, or [] for a product without screening)", e.getMessage());
    }

    @Test
    void theSeedsMeasuredConditionsNeedTheirOwnReplacement() {
        // the seed's risk factors include conditions that only a measurement reveals: the validator names the first
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("none.yaml", "timeline:\n  screening: none\n"));
        assertTrue(e.getMessage().contains("is not a condition a measurement reveals"), e.getMessage());
    }
}
