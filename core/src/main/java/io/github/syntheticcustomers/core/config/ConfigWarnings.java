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
        RuleReach reach = new RuleReach(config);
        unreachableScenarioTypes(config, at, warnings);
        impossibleScenarioTypes(config, reach, at, warnings);
        impossibleLines(config, reach, at, warnings);
        shadowedPersonalLines(config, at, warnings);
        stepsWithoutContent(config, at, warnings);
        floorsWithinFixedPoints(config, at, warnings);
        // in file order, as errors are: the user's file first, then the defaults; by line and column
        String user = at.userSource();
        warnings.sort(java.util.Comparator.comparingInt((ConfigWarning w) -> w.source() != null
                && w.source().equals(user) ? 0 : 1)
                .thenComparingInt(w -> w.line() < 1 ? Integer.MAX_VALUE : w.line())
                .thenComparingInt(w -> w.column() < 1 ? Integer.MAX_VALUE : w.column()));
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

    /**
     * A scenario type whose rule no customer can satisfy for another reason than age alone (which
     * {@link #unreachableScenarioTypes} names): a life event no persona's customers can have (its gender, age and
     * persona windows against the personas' ages and genders), a persona list, ages or genders no persona meets
     * together ({@link RuleReach}).
     */
    private static void impossibleScenarioTypes(GeneratorConfig config, RuleReach reach, ConfigParser.Locator at,
            List<ConfigWarning> warnings) {
        java.util.Set<String> warned = new java.util.HashSet<>();
        warnings.forEach(w -> warned.add(w.property()));
        for (Map.Entry<String, ScenarioConfig.ScenarioType> e : config.scenarios().types().entrySet()) {
            String property = "scenarios.types." + e.getKey() + ".eligible";
            if (e.getValue() == null || warned.contains(property)) {
                continue;
            }
            String why = reach.never(e.getValue().eligible(), null);
            if (why != null) {
                warnings.add(warning(at, property, "no customer can be eligible: " + why));
            }
        }
    }

    /**
     * A line whose {@code when} can never hold ({@link RuleReach}): an engagement personal line, a phrase of the
     * narrative pools (a persona's own pools reasoned over that persona's customers alone).
     */
    private static void impossibleLines(GeneratorConfig config, RuleReach reach, ConfigParser.Locator at,
            List<ConfigWarning> warnings) {
        NarrativeConfig n = config.narrative();
        if (n != null) {
            pools("narrative.generic", n.generic(), null, reach, at, warnings);
            entries("narrative.dispositions", n.dispositions(), null, reach, at, warnings);
            entries("narrative.disposition_notes", n.dispositionNotes(), null, reach, at, warnings);
            entries("narrative.quote_endings", n.quoteEndings(), null, reach, at, warnings);
        }
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            if (e.getValue() != null) {
                pools("personas." + e.getKey() + ".narrative", e.getValue().narrative(), e.getKey(), reach, at,
                        warnings);
            }
        }
        List<EngagementConfig.PersonalLine> lines = personalLines(config);
        for (int i = 0; i < lines.size(); i++) {
            EngagementConfig.PersonalLine line = lines.get(i);
            String why = line == null ? null : reach.never(line.when(), null);
            if (why != null) {
                warnings.add(warning(at, "engagement.texts.personal." + i + ".when", "the line is never shown: " + why));
            }
        }
    }

    private static void pools(String prop, NarrativePools pools, String persona, RuleReach reach,
            ConfigParser.Locator at, List<ConfigWarning> warnings) {
        if (pools != null) {
            entries(prop + ".motivations", pools.motivations(), persona, reach, at, warnings);
            entries(prop + ".concerns", pools.concerns(), persona, reach, at, warnings);
            entries(prop + ".goals", pools.goals(), persona, reach, at, warnings);
            entries(prop + ".quotes", pools.quotes(), persona, reach, at, warnings);
        }
    }

    private static void entries(String prop, List<NarrativeEntry> entries, String persona, RuleReach reach,
            ConfigParser.Locator at, List<ConfigWarning> warnings) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            NarrativeEntry entry = entries.get(i);
            String why = entry == null ? null : reach.never(entry.when(), persona);
            if (why != null) {
                warnings.add(warning(at, prop + "." + i + ".when", "the phrase is never used: " + why));
            }
        }
    }

    private static List<EngagementConfig.PersonalLine> personalLines(GeneratorConfig config) {
        return config.engagement() == null || config.engagement().texts() == null
                || config.engagement().texts().personal() == null ? List.of() : config.engagement().texts().personal();
    }

    /**
     * A personal line no step can show: a step shows the first line whose steps include it and whose rule holds, so a
     * line is never shown when its steps list is empty, or when an earlier line without a rule shows on every one of
     * its steps.
     */
    private static void shadowedPersonalLines(GeneratorConfig config, ConfigParser.Locator at,
            List<ConfigWarning> warnings) {
        List<EngagementConfig.PersonalLine> lines = personalLines(config);
        for (int j = 0; j < lines.size(); j++) {
            EngagementConfig.PersonalLine line = lines.get(j);
            if (line == null) {
                continue;
            }
            String property = "engagement.texts.personal." + j;
            if (line.steps() != null && line.steps().isEmpty()) {
                warnings.add(warning(at, property + ".steps", "the line is never shown: it names no step"));
                continue;
            }
            for (int i = 0; i < j; i++) {
                EngagementConfig.PersonalLine earlier = lines.get(i);
                if (earlier != null && earlier.when() == null && (earlier.steps() == null
                        || line.steps() != null && earlier.steps().containsAll(line.steps()))) {
                    warnings.add(warning(at, property, "the line is never shown: line " + i + " comes first, holds"
                            + " for every customer and shows on " + (line.steps() == null ? "every step"
                                    : "each of its steps")));
                    break;
                }
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

    /**
     * A level floor that the points a customer has whatever is drawn for her risk factors can reach: the age points of
     * the oldest age of a persona with a share, the most social-barrier points and the factors of prevalence 1. Levels
     * are allocated before the score (exactly, per persona and decade), so such a customer may be allocated a lower
     * level, whose score band she then exceeds, and the {@code risk_levels} check reports overlapping levels. (When
     * every customer reaches the floor, {@code RiskConfigValidator} refuses the configuration instead.)
     */
    private static void floorsWithinFixedPoints(GeneratorConfig config, ConfigParser.Locator at,
            List<ConfigWarning> warnings) {
        RiskConfig risk = config.risk();
        int certain = risk.certainFactors().stream().mapToInt(RiskConfig.Factor::points).sum();
        int barriers = risk.socialBarrierPoints() == null || risk.socialBarrierPoints().atMost() == null ? 0
                : risk.socialBarrierPoints().atMost();
        int most = Integer.MIN_VALUE;
        String who = null;
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            if (e.getValue().share() == null || e.getValue().share() <= 0 || e.getValue().age() == null) {
                continue;
            }
            int age = e.getValue().age().max();
            int points = risk.agePointsAt(age);
            if (points > most) {
                most = points;
                who = e.getKey() + " at " + age + ": " + points + " age points";
            }
        }
        List<String> levels = config.riskLevelIds();
        for (int i = 0; i + 1 < levels.size() && who != null; i++) {
            Integer floor = risk.levelFloors().get(levels.get(i + 1));
            int fixed = certain + most + barriers;
            if (floor != null && config.riskLevels().get(levels.get(i)) > 0 && fixed >= floor) {
                warnings.add(warning(at, "risk.level_floors." + levels.get(i + 1), "customers may score " + fixed
                        + " without any drawn risk factor (" + who + ", up to " + barriers + " social-barrier points"
                        + (certain > 0 ? ", " + certain + " points of prevalence 1.0" : "") + "), at or above this floor "
                        + floor + ": one allocated risk level '" + levels.get(i) + "' then scores above its band and"
                        + " the risk_levels check reports overlapping levels; a floor above " + fixed + " avoids it"));
            }
        }
    }

    private static ConfigWarning warning(ConfigParser.Locator at, String property, String message) {
        ConfigException place = at.error(property, message, null, null);
        return new ConfigWarning(place.source(), place.line(), place.column(), property, message);
    }
}
