package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import io.github.syntheticcustomers.core.internal.NormalCdf;
import io.github.syntheticcustomers.core.internal.NormalQuantile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code risk} section: what a customer's risk score is made of. The score is {@code min(100, age points +
 * social-barrier points + the points of every factor present)}, diagnosed or not; the allocation fixes each
 * customer's risk level, and the factors are drawn from their prevalences (a reference rate by age band and sex,
 * or a fixed prevalence, times persona propensity and trait links) through a latent risk shared with the level,
 * then repaired into the level's score band (see {@code generate.RiskModel}).
 *
 * @param agePoints points by age: each entry's points from its {@code from_age} on (the last entry at or below
 *     the customer's age counts; none: 0), ascending
 * @param socialBarrierPoints points per social barrier (social-determinant field other than its best value, or no
 *     insurance), capped
 * @param propensity how the persona's {@code risk_propensity} multiplies every prevalence
 * @param maxProbability no factor is drawn with a higher probability, 0–1
 * @param levelFloors the lowest score of each risk level, lowest level first at 0 (optional; absent: equal bands
 *     {@code [100k/L, 100(k+1)/L)})
 * @param latentCorrelation how much of each factor's liability the customer's latent risk carries, 0–0.95: the
 *     latent risk lies in the quantile band of the customer's risk level, so higher levels have more factors while
 *     every factor keeps its prevalence over the population
 * @param diagnosis how a trait multiplies the diagnosed share of a reference rate (optional; 1)
 * @param diagnosisSeverity how much a present condition's severity (its liability's place in its band) decides
 *     whether it is diagnosed, a correlation 0–0.95 (optional; 0): the diagnosed share stays as configured, but the
 *     undiagnosed cases are the milder ones, near the cut-off, as in the surveys
 * @param relatives the weights of the relative a family history names, for family-history factors without their
 *     own {@code relatives}
 * @param factors the modifiable risk factors, in draw order
 */
public record RiskConfig(
        List<AgePoints> agePoints,
        BarrierPoints socialBarrierPoints,
        Link propensity,
        Double maxProbability,
        Map<String, Integer> levelFloors,
        Double latentCorrelation,
        Link diagnosis,
        Double diagnosisSeverity,
        Map<String, Double> relatives,
        List<Factor> factors) {

    /** The closed set of factor kinds. */
    public static final List<String> KINDS = List.of("condition", "family_history", "lifestyle");

    /** The lifestyle fields a factor can set; {@code sleep_hours} and {@code bmi} take a range, the others a value. */
    public static final List<String> LIFESTYLE_FIELDS = List.of("smoking", "alcohol", "physical_activity", "diet",
            "sleep_hours", "stress_level", "bmi");

    /** The lifestyle fields that are numbers (a factor sets a {@code min}–{@code max} range, one decimal). */
    public static final List<String> NUMERIC_LIFESTYLE_FIELDS = List.of("sleep_hours", "bmi");

    public RiskConfig {
        agePoints = Immutable.list(agePoints);
        levelFloors = Immutable.map(levelFloors);
        relatives = Immutable.map(relatives);
        factors = Immutable.list(factors);
    }

    /** The age points of a customer aged {@code age}: those of the last {@code age_points} entry she has reached. */
    public int agePointsAt(int age) {
        int points = 0;
        for (AgePoints p : agePoints == null ? List.<AgePoints>of() : agePoints) {
            if (age >= p.fromAge()) {
                points = p.points();
            }
        }
        return points;
    }

    /**
     * The factors every customer has, whatever is drawn: those of prevalence 1, the first of each group (a group is
     * one liability, so it gives one category).
     */
    public List<Factor> certainFactors() {
        List<Factor> certain = new java.util.ArrayList<>();
        Set<String> groups = new java.util.HashSet<>();
        for (Factor f : factors == null ? List.<Factor>of() : factors) {
            if (f.prevalence() != null && f.prevalence() >= 1 && (f.group() == null || groups.add(f.group()))) {
                certain.add(f);
            }
        }
        return certain;
    }

    /**
     * Every factor's probability for one customer, in factor order: {@code min(max_probability, prevalence ×
     * propensity × link)}, where prevalence is the fixed {@code prevalence} or the {@code reference} rate for the
     * customer's age band and gender. The factors of one group are ordered categories of one draw, so their
     * probabilities together stay within {@code max_probability}: a later member gets at most what is left. A
     * prevalence (or reference rate) of 1 is certain and 0 impossible: neither is multiplied nor capped, so a product
     * of current smokers states {@code prevalence: 1.0} and every customer smokes (a later member of its group gets
     * nothing).
     * The generator draws with these probabilities and the {@code epidemiology} check expects them.
     */
    public double[] probabilities(EpidemiologyConfig epidemiology, Traits traits, int age, String gender) {
        return probabilities(epidemiology, traits, age, gender, Set.of());
    }

    /**
     * {@link #probabilities(EpidemiologyConfig, Traits, int, String)}, where each factor of {@code banded} (the lower
     * member of an ordered pair one measured value cuts twice, {@link MeasurementsConfig#bandedFactors}) keeps the
     * width its band has in the reference population: with {@code t} the liability threshold of the member above it,
     * {@code p = Φ(t) − Φ(t − w)}, {@code w = Φ⁻¹(1 − r₁) − Φ⁻¹(1 − r₁ − r₂)} from the two reference rates of the
     * customer's age band and sex. A persona's multipliers then shift the customer's value as a whole (location)
     * instead of stretching its spread, so a lower-risk persona has fewer high values without a wider tail of low
     * ones (no surplus of underweight customers). Capped by {@code max_probability} as the others.
     */
    public double[] probabilities(EpidemiologyConfig epidemiology, Traits traits, int age, String gender,
            Set<String> banded) {
        double propensityHere = propensity.of(traits);
        int band = epidemiology.band(age);
        double[] p = new double[factors.size()];
        Map<String, Double> groupUsed = new java.util.HashMap<>();
        Map<String, double[]> groupFirst = new java.util.HashMap<>(); // group -> {reference rate, probability}
        for (int i = 0; i < p.length; i++) {
            Factor f = factors.get(i);
            double base = f.reference() != null ? epidemiology.rates().get(f.reference()).of(band, gender)
                    : f.prevalence();
            double link = f.link() == null ? 1.0 : f.link().of(traits);
            double here = base >= 1 ? 1 : Math.max(0, Math.min(maxProbability, base * propensityHere * link));
            double[] first = f.group() == null ? null : groupFirst.get(f.group());
            if (first != null && banded.contains(f.id())) {
                double width = NormalQuantile.of(1 - first[0]) - NormalQuantile.of(1 - first[0] - base);
                double t = NormalQuantile.of(1 - first[1]);
                here = first[1] >= 1 ? 0 : Math.max(0, (1 - first[1]) - NormalCdf.of(t - width));
            } else if (f.group() != null && first == null) {
                groupFirst.put(f.group(), new double[] {base, here});
            }
            if (f.group() != null) {
                double used = groupUsed.getOrDefault(f.group(), 0.0);
                here = Math.min(here, Math.max(0, (used == 0 && here >= 1 ? 1 : maxProbability) - used));
                groupUsed.put(f.group(), used + here);
            }
            p[i] = here;
        }
        return p;
    }

    /**
     * @param fromAge the first age the points apply to
     * @param points the points, 0–100
     */
    public record AgePoints(Integer fromAge, Integer points) {
    }

    /**
     * @param each points per barrier
     * @param atMost the cap
     */
    public record BarrierPoints(Integer each, Integer atMost) {
    }

    /**
     * A linear factor over one trait: {@code base + per_unit × trait}.
     *
     * @param trait a trait name
     * @param base the value at trait 0
     * @param perUnit the change per unit of the trait
     */
    public record Link(String trait, Double base, Double perUnit) {

        /** The value for {@code traits}. */
        public double of(Traits traits) {
            return base + perUnit * traits.value(trait);
        }
    }

    /**
     * One risk factor.
     *
     * @param id the factor id, e.g. {@code hypertension}
     * @param kind one of {@link #KINDS}: a diagnosed condition, a family history, or a lifestyle value
     * @param label the text the profile shows (a condition's or family history's name)
     * @param points what it adds to the risk score, 0–100
     * @param prevalence its base prevalence, 0–1 (exactly one of {@code prevalence} and {@code reference})
     * @param reference the {@code epidemiology.rates} id its prevalence comes from, by age band and sex
     * @param group factors of one group exclude each other (current vs former smoker); optional
     * @param link a trait link multiplying the prevalence; optional (1)
     * @param lifestyle for {@code lifestyle} factors: the field and the value or range it sets
     * @param childhood for conditions that may begin before adulthood: the share of diagnoses made in childhood;
     *     optional (none: every diagnosis in adult life)
     * @param relatives for family histories: the weight of each relative who had the condition (a relative id such as
     *     {@code mother}); optional ({@code risk.relatives})
     */
    public record Factor(String id, String kind, String label, Integer points, Double prevalence, String reference,
            String group, Link link, LifestyleValue lifestyle, Childhood childhood, Map<String, Double> relatives) {

        public Factor {
            relatives = Immutable.map(relatives);
        }
    }

    /**
     * When a condition may be diagnosed before adulthood.
     *
     * @param share the share of the condition's diagnoses made before the 18th birthday, 0–1
     * @param fromAge the youngest age at a childhood diagnosis, 0–17
     * @param source where the share comes from
     */
    public record Childhood(Double share, Integer fromAge, String source) {
    }

    /**
     * The lifestyle value a factor sets.
     *
     * @param field one of {@link #LIFESTYLE_FIELDS}
     * @param value the categorical value (e.g. {@code current}), for the non-numeric fields
     * @param min the lowest value, for the numeric fields
     * @param max the highest value, for the numeric fields
     */
    public record LifestyleValue(String field, String value, Double min, Double max) {
    }
}
