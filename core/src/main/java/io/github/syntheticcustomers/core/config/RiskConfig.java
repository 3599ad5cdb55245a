package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code risk} section: what a customer's risk score is made of. The score is {@code min(100, age points +
 * social-barrier points + the points of every factor present)}; the allocation fixes each customer's risk level
 * and the factors are drawn from prevalences (tilted by persona propensity, level and trait links) and repaired
 * into the level's score band (see {@code generate.RiskModel}).
 *
 * @param agePoints points by age: each entry's points from its {@code from_age} on (the last entry at or below
 *     the customer's age counts; none: 0), ascending
 * @param socialBarrierPoints points per social barrier (social-determinant field other than its best value, or no
 *     insurance), capped
 * @param propensity how the persona's {@code risk_propensity} multiplies every prevalence
 * @param maxProbability no factor is drawn with a higher probability, 0–1
 * @param levelFloors the lowest score of each risk level, lowest level first at 0 (optional; absent: equal bands
 *     {@code [100k/L, 100(k+1)/L)})
 * @param factors the modifiable risk factors, in draw order
 */
public record RiskConfig(
        List<AgePoints> agePoints,
        BarrierPoints socialBarrierPoints,
        Link propensity,
        Double maxProbability,
        Map<String, Integer> levelFloors,
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
        factors = Immutable.list(factors);
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
     * @param prevalence its base prevalence, 0–1
     * @param group factors of one group exclude each other (current vs former smoker); optional
     * @param link a trait link multiplying the prevalence; optional (1)
     * @param lifestyle for {@code lifestyle} factors: the field and the value or range it sets
     */
    public record Factor(String id, String kind, String label, Integer points, Double prevalence, String group,
            Link link, LifestyleValue lifestyle) {
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
