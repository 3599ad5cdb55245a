package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.identifier;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code risk} section; the first problem is thrown as a located {@link ConfigException}: age points
 * ascending, barrier points and the propensity link in range, level floors for exactly the configured levels
 * (the lowest at 0, increasing), and every factor with a unique id, a kind from {@link RiskConfig#KINDS}, its
 * points and either a prevalence or a reference rate of the {@code epidemiology} table, and for lifestyle factors a known lifestyle field with a value or range; two factors
 * setting one field must share a group, or a profile could show both.
 */
final class RiskConfigValidator {

    /** The most points one part of the risk score gives (an age band, a social barrier, a factor). */
    static final int MAX_POINTS = 100;
    private static final String POINTS = "points 0–" + MAX_POINTS;

    private static final String LINK = "{ trait, base, per_unit }";

    private RiskConfigValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        RiskConfig risk = required(config.risk(), "risk",
                "age_points, social_barrier_points, propensity, max_probability, factors", at);
        List<RiskConfig.AgePoints> ages = required(risk.agePoints(), "risk.age_points",
                "a list of { from_age, points }, ascending", at);
        int previous = -1;
        for (int i = 0; i < ages.size(); i++) {
            String base = "risk.age_points." + i;
            RiskConfig.AgePoints p = required(ages.get(i), base, "{ from_age, points }", at);
            int from = required(p.fromAge(), base + ".from_age", "an age 0–120", at);
            number(base + ".from_age", from, 0, ConfigValidator.MAX_AGE, "an age 0–120", at);
            if (from <= previous) {
                throw at.error(base + ".from_age", "is not above the previous entry's", Integer.toString(from),
                        "ages in ascending order, above " + previous);
            }
            previous = from;
            number(base + ".points", required(p.points(), base + ".points", POINTS, at), 0, MAX_POINTS,
                    POINTS, at);
        }
        RiskConfig.BarrierPoints barriers = required(risk.socialBarrierPoints(), "risk.social_barrier_points",
                "{ each, at_most }", at);
        number("risk.social_barrier_points.each", required(barriers.each(), "risk.social_barrier_points.each",
                POINTS, at), 0, MAX_POINTS, POINTS, at);
        number("risk.social_barrier_points.at_most", required(barriers.atMost(), "risk.social_barrier_points.at_most",
                POINTS, at), 0, MAX_POINTS, POINTS, at);
        link("risk.propensity", required(risk.propensity(), "risk.propensity", LINK, at), at);
        number("risk.max_probability", required(risk.maxProbability(), "risk.max_probability",
                "a probability 0.0–1.0", at), 0, 1, "a probability 0.0–1.0", at);
        if (risk.levelFloors() != null) {
            floors(risk.levelFloors(), config.riskLevelIds(), at);
        }
        number("risk.latent_correlation", required(risk.latentCorrelation(), "risk.latent_correlation",
                "a correlation 0.0–0.95", at), 0, 0.95, "a correlation 0.0–0.95", at);
        if (risk.diagnosis() != null) {
            link("risk.diagnosis", risk.diagnosis(), at);
        }
        if (risk.diagnosisSeverity() != null) {
            number("risk.diagnosis_severity", risk.diagnosisSeverity(), 0, 0.95, "a correlation 0.0–0.95", at);
        }
        relatives("risk.relatives", required(risk.relatives(), "risk.relatives",
                "the weights of the relatives a family history names, e.g. { mother: 1, father: 1 }", at), at);
        factors(required(risk.factors(), "risk.factors", "a list of factors { id, kind, label, points, prevalence }",
                at), config.epidemiology(), at);
        if (risk.levelFloors() != null && at.problemCount() == 0) {
            roomBelowFloors(config, at);
        }
    }

    /**
     * Every level with a share has room: the points every customer of a persona has whatever is drawn (the age
     * points of its youngest age and the factors of prevalence 1) must stay below the next level's floor for some
     * persona with a share, or no customer could be at the level and the generator would report "overlapping risk
     * levels" only afterwards. (Social-barrier points are drawn, and are left to the generator.)
     */
    private static void roomBelowFloors(GeneratorConfig config, ConfigParser.Locator at) {
        RiskConfig risk = config.risk();
        List<String> levels = config.riskLevelIds();
        int certain = 0;
        List<String> certainIds = new java.util.ArrayList<>();
        for (RiskConfig.Factor f : risk.certainFactors()) {
            certain += f.points();
            certainIds.add(f.id() + " " + f.points());
        }
        int least = Integer.MAX_VALUE;
        String youngest = null;
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            int age = e.getValue().age().min();
            int points = risk.agePointsAt(age);
            if (e.getValue().share() > 0 && certain + points < least) {
                least = certain + points;
                youngest = e.getKey() + " (age " + age + ": " + points + " age points)";
            }
        }
        for (int i = 0; i + 1 < levels.size(); i++) {
            String next = levels.get(i + 1);
            Integer floor = risk.levelFloors().get(next);
            if (config.riskLevels().get(levels.get(i)) > 0 && floor != null && least >= floor) {
                String level = levels.get(i);
                int points = least;
                String who = youngest;
                at.check(() -> {
                    throw at.error("risk.level_floors." + next, "leaves no room for risk level '" + level
                            + "': every customer scores at least " + points + " (" + who
                            + (certainIds.isEmpty() ? "" : ", prevalence 1.0: " + String.join(", ", certainIds))
                            + ")", floor.toString(), "a floor above " + points + ", or no share for '" + level + "'");
                });
            }
        }
    }

    private static void childhood(String base, RiskConfig.Childhood c, String kind, ConfigParser.Locator at) {
        if (!kind.equals("condition")) {
            throw at.error(base, "is only for conditions", kind, "kind: condition");
        }
        number(base + ".share", required(c.share(), base + ".share", "a share 0.0–1.0", at), 0, 1,
                "a share 0.0–1.0", at);
        number(base + ".from_age", required(c.fromAge(), base + ".from_age", "an age 0–17", at), 0, 17,
                "an age 0–17", at);
        String source = required(c.source(), base + ".source", "where the share comes from", at);
        if (source.isBlank()) {
            throw at.error(base + ".source", "is blank", "''", "where the share comes from");
        }
    }

    private static void relatives(String base, Map<String, Double> weights, ConfigParser.Locator at) {
        if (weights.isEmpty()) {
            throw at.error(base, "has no relatives", "{}", "at least one relative with a positive weight");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            identifier(base + "." + e.getKey(), e.getKey(), "a relative id such as mother", at);
            double w = required(e.getValue(), base + "." + e.getKey(), "a weight 0–1000", at);
            number(base + "." + e.getKey(), w, 0, 1000, "a weight 0–1000", at);
            sum += w;
        }
        if (!(sum > 0)) {
            throw at.error(base, "has no positive weight", weights.toString(), "at least one weight above 0");
        }
    }

    private static void link(String base, RiskConfig.Link link, ConfigParser.Locator at) {
        String trait = required(link.trait(), base + ".trait", String.join(", ", Traits.NAMES), at);
        oneOf(base + ".trait", trait, Traits.NAMES, "trait", at);
        number(base + ".base", required(link.base(), base + ".base", "a number -10–10", at), -10, 10,
                "a number -10–10", at);
        number(base + ".per_unit", required(link.perUnit(), base + ".per_unit", "a number -10–10", at), -10, 10,
                "a number -10–10", at);
        if (link.base() < 0 || link.base() + link.perUnit() < 0) {
            throw at.error(base, "is negative for some trait value", link.base() + " + " + link.perUnit() + " × trait",
                    "base and base + per_unit both at least 0 (a multiplier of a probability)");
        }
    }

    private static void floors(Map<String, Integer> floors, List<String> levels, ConfigParser.Locator at) {
        for (String level : floors.keySet()) {
            oneOf("risk.level_floors." + level, level, levels, "risk level", at);
        }
        int previous = -1;
        for (int i = 0; i < levels.size(); i++) {
            String prop = "risk.level_floors." + levels.get(i);
            int floor = required(floors.get(levels.get(i)), prop, "the lowest score of every risk level", at);
            if (i == 0 && floor != 0) {
                throw at.error(prop, "the lowest level must start at 0", Integer.toString(floor), "0");
            }
            number(prop, floor, previous + 1, 100, "a score " + (previous + 1) + "–100, above the previous level's",
                    at);
            previous = floor;
        }
    }

    private static void factors(List<RiskConfig.Factor> factors, EpidemiologyConfig epidemiology,
            ConfigParser.Locator at) {
        if (factors.isEmpty()) {
            throw at.error("risk.factors", "has no factors", "[]", "at least one factor { id, kind, label, points, "
                    + "prevalence }");
        }
        Map<String, String> ids = new HashMap<>();
        Map<String, RiskConfig.Factor> setsField = new HashMap<>();
        // each factor is checked on its own, so that a mistake in one does not hide another's
        for (int i = 0; i < factors.size(); i++) {
            String base = "risk.factors." + i;
            RiskConfig.Factor factor = factors.get(i);
            at.check(() -> factor(base, factor, epidemiology, ids, setsField, at));
        }
    }

    private static void factor(String base, RiskConfig.Factor factor, EpidemiologyConfig epidemiology,
            Map<String, String> ids, Map<String, RiskConfig.Factor> setsField, ConfigParser.Locator at) {
        RiskConfig.Factor f = required(factor, base, "{ id, kind, label, points, prevalence }", at);
        String id = identifier(base + ".id", f.id(), "a factor id such as hypertension", at);
        if (ids.put(id, base) != null) {
            throw at.error(base + ".id", "risk factor '" + id + "' is declared twice", id, "each factor once");
        }
        String kind = required(f.kind(), base + ".kind", String.join(", ", RiskConfig.KINDS), at);
        oneOf(base + ".kind", kind, RiskConfig.KINDS, "risk factor kind", at);
        String label = required(f.label(), base + ".label", "the text the profile shows", at);
        if (label.isBlank()) {
            throw at.error(base + ".label", "is blank", "''", "the text the profile shows");
        }
        number(base + ".points", required(f.points(), base + ".points", POINTS, at), 0, MAX_POINTS,
                POINTS, at);
        if (f.reference() != null) {
            if (f.prevalence() != null) {
                throw at.error(base + ".prevalence", "is given with a reference rate", f.prevalence().toString(),
                        "either prevalence or reference, not both");
            }
            Map<String, EpidemiologyConfig.Rate> rates = epidemiology == null || epidemiology.rates() == null
                    ? Map.of() : epidemiology.rates();
            oneOf(base + ".reference", f.reference(), List.copyOf(rates.keySet()), "reference rate", at);
        } else {
            number(base + ".prevalence", required(f.prevalence(), base + ".prevalence",
                    "a probability 0.0–1.0, or a reference: <epidemiology rate>", at), 0, 1,
                    "a probability 0.0–1.0", at);
        }
        if (f.group() != null) {
            identifier(base + ".group", f.group(), "a group id such as smoking", at);
        }
        if (f.link() != null) {
            link(base + ".link", f.link(), at);
        }
        if (f.childhood() != null) {
            childhood(base + ".childhood", f.childhood(), kind, at);
        }
        if (f.relatives() != null) {
            if (!kind.equals("family_history")) {
                throw at.error(base + ".relatives", "is only for family-history factors", kind,
                        "kind: family_history");
            }
            relatives(base + ".relatives", f.relatives(), at);
        }
        boolean lifestyle = kind.equals("lifestyle");
        if (!lifestyle && f.lifestyle() != null) {
            throw at.error(base + ".lifestyle", "is only for lifestyle factors", kind, "kind: lifestyle");
        }
        if (lifestyle) {
            RiskConfig.LifestyleValue v = required(f.lifestyle(), base + ".lifestyle",
                    "{ field, value } or { field, min, max }", at);
            lifestyleValue(base + ".lifestyle", v, at);
            RiskConfig.Factor other = setsField.putIfAbsent(v.field(), f);
            if (other != null && (f.group() == null || !f.group().equals(other.group()))) {
                throw at.error(base + ".group", "factor '" + id + "' sets lifestyle field '" + v.field()
                        + "' like factor '" + other.id() + "' but not in its group", f.group(),
                        "group: " + (other.group() == null ? "a group both share" : other.group()));
            }
        }
    }

    private static void lifestyleValue(String base, RiskConfig.LifestyleValue v, ConfigParser.Locator at) {
        String field = required(v.field(), base + ".field", String.join(", ", RiskConfig.LIFESTYLE_FIELDS), at);
        oneOf(base + ".field", field, RiskConfig.LIFESTYLE_FIELDS, "lifestyle field", at);
        if (RiskConfig.NUMERIC_LIFESTYLE_FIELDS.contains(field)) {
            double lo = field.equals("bmi") ? 10 : 0;
            double hi = field.equals("bmi") ? 80 : 24;
            String allowed = "a number " + (int) lo + "–" + (int) hi + " with one decimal";
            if (v.value() != null) {
                throw at.error(base + ".value", "'" + field + "' takes a range, not a value", v.value(),
                        "min and max: " + allowed);
            }
            double min = required(v.min(), base + ".min", allowed, at);
            double max = required(v.max(), base + ".max", allowed, at);
            number(base + ".min", min, lo, hi, allowed, at);
            number(base + ".max", max, lo, hi, allowed, at);
            if (min > max) {
                throw at.error(base, "min is greater than max", min + " > " + max, "min <= max");
            }
        } else {
            if (v.min() != null || v.max() != null) {
                throw at.error(base + (v.min() != null ? ".min" : ".max"), "'" + field + "' takes a value, not a range",
                        null, "value: a lower-case id such as current");
            }
            identifier(base + ".value", v.value(), "a lower-case id such as current", at);
        }
    }
}
