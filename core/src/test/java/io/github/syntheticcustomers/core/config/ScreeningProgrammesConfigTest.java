package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The screening programmes are data: a team changes or adds one in its file, and every mistake is named. */
class ScreeningProgrammesConfigTest {

    @Test
    void theDefaultsTranscribeTheUspstfProgrammes() {
        var programmes = ConfigLoader.defaults().timeline().screening().programmes();
        assertEquals(List.of("blood_pressure", "cholesterol", "diabetes", "cervical", "breast", "colorectal"),
                List.copyOf(programmes.keySet()));
        programmes.forEach((id, p) -> assertTrue(p.source().contains("USPSTF") && p.source().matches(".*20\\d\\d.*"),
                id + ": " + p.source()));
        assertEquals(List.of("female"), programmes.get("breast").sexes());
        assertEquals(40, programmes.get("breast").schedules().get(0).ages().min());
        assertEquals(74, programmes.get("breast").schedules().get(0).ages().max());
        assertEquals(2, programmes.get("breast").schedules().get(0).intervalYears());
    }

    @Test
    void aTeamAddsAProgramme() {
        GeneratorConfig c = ConfigLoader.load("team.yaml", """
                timeline:
                  screening:
                    programmes:
                      lung:
                        label: Lung cancer screening
                        source: "USPSTF, Lung Cancer: Screening, 2021"
                        measures: []
                        uptake: 0.2
                        schedules:
                          - { ages: { min: 50, max: 80 }, factors: [current_smoker], interval_years: 1 }
                """);
        assertEquals(7, c.timeline().screening().programmes().size());
        assertEquals(List.of("current_smoker"),
                c.timeline().screening().programmes().get("lung").schedules().get(0).factors());
    }

    @Test
    void everyProgrammeMistakeIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("bad.yaml", """
                timeline:
                  screening:
                    programmes:
                      eyes:
                        label: Eye exam
                        source: "a team's own"
                        sexes: [woman]
                        measures: []
                        uptake: 0.5
                        schedules:
                          - { ages: { min: 40, max: 80 }, interval_years: 2, tests: { a: { interval_years: 1, weight: 1 } } }
                """));
        List<String> properties = e.errors().stream().map(ConfigException::property).toList();
        assertEquals(List.of("timeline.screening.programmes.eyes.sexes[0]"), properties.subList(0, 1), e.getMessage());
        assertTrue(e.getMessage().contains("is not a sex (was: woman; allowed: female, male)"), e.getMessage());

        ConfigException both = assertThrows(ConfigException.class, () -> ConfigLoader.load("both.yaml", """
                timeline:
                  screening:
                    programmes:
                      eyes:
                        label: Eye exam
                        source: "a team's own"
                        measures: []
                        uptake: 0.5
                        schedules:
                          - { ages: { min: 40, max: 80 }, interval_years: 2, tests: { a: { interval_years: 1, weight: 1 } } }
                """));
        assertTrue(both.getMessage().contains("timeline.screening.programmes.eyes.schedules[0]: needs exactly one of"
                + " interval_years and tests (was: both"), both.getMessage());
    }

    @Test
    void aMeasuredValueBelongsToExactlyOneProgrammeThatCoversItsConditions() {
        ConfigException twice = assertThrows(ConfigException.class, () -> ConfigLoader.load("twice.yaml", """
                timeline:
                  screening:
                    programmes:
                      breast: { measures: [hba1c] }
                """));
        assertTrue(twice.getMessage().contains("is measured by programme diabetes too (was: hba1c"),
                twice.getMessage());
        ConfigException uncovered = assertThrows(ConfigException.class, () -> ConfigLoader.load("care.yaml", """
                timeline:
                  screening:
                    programmes:
                      diabetes:
                        schedules:
                          - { ages: { min: 35, max: 70 }, factors: [overweight, obesity], interval_years: 3 }
                """));
        assertTrue(uncovered.getMessage().contains("timeline.screening.programmes.diabetes.schedules: has no schedule"
                + " for condition prediabetes"), uncovered.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> ConfigLoader.load("code.yaml", """
                timeline:
                  screening:
                    programmes:
                      breast: { measures: [mammogram_density] }
                """));
        assertTrue(unknown.getMessage().contains("programmes.breast.measures[0]: is not a configured measurement"),
                unknown.getMessage());
    }
}
