package io.github.syntheticcustomers.core.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration: built-in defaults with a user's file merged over them, validated.
 * Obtain one from {@link ConfigLoader}. Maps keep the order of the files (defaults first).
 *
 * @param referenceDate the date all generated dates are anchored to
 * @param personas persona types by id, in output order
 * @param ageDecades percent of customers per decade, keyed by the decade's first year ("20" = 20–29)
 * @param riskLevels percent of customers per risk level, lowest risk first
 * @param journey the journey model (emotional transitions, completion criteria, timing)
 * @param scenarios the scenario-type mix
 * @param engagement tunables of the engagement pattern engine
 */
public record GeneratorConfig(
        LocalDate referenceDate,
        Map<String, PersonaConfig> personas,
        Map<String, Double> ageDecades,
        Map<String, Double> riskLevels,
        JourneyConfig journey,
        ScenarioConfig scenarios,
        EngagementConfig engagement) {

    /** This configuration with another reference date (e.g. from a plugin parameter). */
    public GeneratorConfig withReferenceDate(LocalDate date) {
        return new GeneratorConfig(date, personas, ageDecades, riskLevels, journey, scenarios, engagement);
    }

    /** Persona ids in configuration order. */
    public List<String> personaIds() {
        return new ArrayList<>(personas.keySet());
    }

    /** Decade start years in configuration order. */
    public int[] decadeStarts() {
        return ageDecades.keySet().stream().mapToInt(Integer::parseInt).toArray();
    }

    /** Risk level ids, lowest risk first. */
    public List<String> riskLevelIds() {
        return new ArrayList<>(riskLevels.keySet());
    }
}
