package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load-time warnings of a valid configuration (docs/configuration-merging.md, "Warnings"): what the
 * configuration declares but can never happen. Reasoned statically over the configuration (intervals of ages, declared
 * ids), never by generating data. Every kind of warning lives here, so that the lanes adding one add it in one place.
 */
final class ConfigWarnings {

    private ConfigWarnings() {
    }

    /** Every warning of {@code config}, each placed by {@code at} where the property was written. */
    static List<ConfigWarning> of(GeneratorConfig config, ConfigParser.Locator at) {
        List<ConfigWarning> warnings = new ArrayList<>();
        unreachableScenarioTypes(config, at, warnings);
        stepsWithoutContent(config, at, warnings);
        return List.copyOf(warnings);
    }

    /**
     * A scenario type whose rule needs an age (every branch of its {@code all}) that no persona's age range reaches:
     * no customer can ever be eligible.
     */
    private static void unreachableScenarioTypes(GeneratorConfig config, ConfigParser.Locator at,
            List<ConfigWarning> warnings) {
        int youngest = Integer.MAX_VALUE;
        int oldest = Integer.MIN_VALUE;
        for (PersonaConfig persona : config.personas().values()) {
            if (persona.age() != null) {
                youngest = Math.min(youngest, persona.age().min());
                oldest = Math.max(oldest, persona.age().max());
            }
        }
        if (youngest > oldest) {
            return;
        }
        for (Map.Entry<String, ScenarioConfig.ScenarioType> e : config.scenarios().types().entrySet()) {
            ScenarioConfig.Eligibility rule = e.getValue().eligible();
            if (rule == null) {
                continue;
            }
            double[] ages = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
            narrowAges(rule, ages);
            if (ages[0] > oldest || ages[1] < youngest || ages[0] > ages[1]) {
                warnings.add(warning(at, "scenarios.types." + e.getKey() + ".eligible",
                        "no customer can be eligible: the rule needs an age of " + range(ages)
                                + ", and the personas' ages are " + youngest + "–" + oldest));
            }
        }
    }

    /** Narrows {@code ages} to what {@code rule} requires of every customer it admits (its {@code all} chain). */
    private static void narrowAges(ScenarioConfig.Eligibility rule, double[] ages) {
        ScenarioConfig.NumberBound number = rule.number();
        if (number != null && "age".equals(number.of())) {
            if (number.atLeast() != null) {
                ages[0] = Math.max(ages[0], number.atLeast());
            }
            if (number.atMost() != null) {
                ages[1] = Math.min(ages[1], number.atMost());
            }
        }
        if (rule.all() != null) {
            rule.all().forEach(r -> narrowAges(r, ages));
        }
    }

    private static String range(double[] ages) {
        if (ages[1] == Double.POSITIVE_INFINITY) {
            return "at least " + whole(ages[0]);
        }
        if (ages[0] == Double.NEGATIVE_INFINITY) {
            return "at most " + whole(ages[1]);
        }
        return whole(ages[0]) + "–" + whole(ages[1]);
    }

    private static String whole(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** A step without its own content: the engagement steps will carry the generic texts. */
    private static void stepsWithoutContent(GeneratorConfig config, ConfigParser.Locator at,
            List<ConfigWarning> warnings) {
        List<JourneyConfig.Phase> phases = config.journey().phases();
        for (int p = 0; p < phases.size(); p++) {
            List<JourneyConfig.Step> steps = phases.get(p).steps();
            for (int s = 0; s < steps.size(); s++) {
                if (steps.get(s).content() == null) {
                    warnings.add(warning(at, "journey.phases." + p + ".steps." + s, "step '" + steps.get(s).id()
                            + "' has no content: its engagement steps get the generic texts"));
                }
            }
        }
    }

    private static ConfigWarning warning(ConfigParser.Locator at, String property, String message) {
        ConfigException place = at.error(property, message, null, null);
        return new ConfigWarning(place.source(), place.line(), place.column(), property, message);
    }
}
