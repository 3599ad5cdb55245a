package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * The {@code measurements} section: the dated observations each profile carries beside its diagnoses. Every
 * kept screening visit on the customer's timeline takes a panel (docs/timeline-model.md): body height (by sex), body
 * weight and BMI (the lifestyle BMI, so weight = BMI × height²), and each configured {@code values} entry.
 *
 * <p>Values come first, labels from values (docs/measurement-model.md): every value is continuous, on a Box-Cox
 * scale {@code g} ({@link Value#transform}) normal with an individual mean and spread, driven by the same standard
 * normal liability that decides the risk factors its {@link Value#cuts} name. A factor is present exactly when its
 * value lies at or above its cut-off, so the population density is continuous across every cut-off and the
 * conditions follow the values. A factor cut on two values (blood pressure) is present when either is at or above
 * its cut, the two drawn as correlated normals. A diagnosed, managed condition measures lower by its
 * {@link Value#treatment}.
 *
 * @param height the body height code, unit and distribution by sex
 * @param weight the body weight code and unit
 * @param bmi the BMI: the lifestyle BMI and its panel observation, a value like the others (no treatment)
 * @param panelDrift how far, in liability standard deviations, a value moves between consecutive panels (the sd of
 *     a normal step), 0–1
 * @param values the other measured values, in output order
 */
public record MeasurementsConfig(Height height, Code weight, Value bmi, Double panelDrift, List<Value> values) {

    public MeasurementsConfig {
        values = Immutable.list(values);
    }

    /**
     * The lower member of every ordered pair a value cuts twice (prediabetes below diabetes on HbA1c, overweight
     * below obesity on BMI): its band keeps its reference width ({@link RiskConfig#probabilities(EpidemiologyConfig,
     * Traits, int, String, java.util.Set)}), so the value's spread is the population's.
     */
    public java.util.Set<String> bandedFactors() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.List<Value> all = new java.util.ArrayList<>(values == null ? List.of() : values);
        if (bmi != null) {
            all.add(bmi);
        }
        for (Value v : all) {
            if (v != null && v.cuts() != null && v.cuts().size() == 2 && v.cuts().get(0) != null) {
                out.add(v.cuts().get(0).factor());
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * An observation's code and unit.
     *
     * @param code the observation code in the output
     * @param unit its UCUM unit
     */
    public record Code(String code, String unit) {
    }

    /**
     * Body height.
     *
     * @param code the observation code
     * @param unit its UCUM unit ({@code cm})
     * @param female height of women
     * @param male height of men; a non-binary customer's is the mean of both
     */
    public record Height(String code, String unit, Normal female, Normal male) {
    }

    /**
     * A normal distribution.
     *
     * @param mean the mean
     * @param sd the standard deviation
     */
    public record Normal(Double mean, Double sd) {
    }

    /**
     * One measured value.
     *
     * @param code the observation code
     * @param label what it measures, for the guide and the report
     * @param unit its UCUM unit
     * @param decimals digits after the decimal point, 0–2
     * @param transform the Box-Cox λ of the scale on which the value is normal: {@code g(x) = (x^λ − 1)/λ}, 0 the
     *     logarithm, 1 the value itself (right-skewed values such as HbA1c, cholesterol and BMI take λ ≤ 0)
     * @param population the population's mean and standard deviation by epidemiology age band and sex (natural
     *     units): the spread of a value with one cut, the whole distribution of a value without one
     * @param cuts the cut-offs: each names a risk factor present exactly when the value is at or above {@code at}
     *     (two cuts of one value: the ordered members of one factor group, the higher cut the earlier member)
     * @param treatment how a diagnosed, managed condition lowers the value; optional
     * @param correlation the value's correlation with another value that shares its factor; optional
     * @param limits the physiological range, reached smoothly (the value is compressed towards it beyond the soft
     *     bounds)
     * @param source where the population figures come from
     */
    public record Value(String code, String label, String unit, Integer decimals, Double transform,
            Population population, List<Cut> cuts, Treatment treatment, Correlation correlation, Limits limits,
            String source) {

        public Value {
            cuts = Immutable.list(cuts);
        }
    }

    /**
     * Means and standard deviations by epidemiology age band.
     *
     * @param female one per age band, for women
     * @param male one per age band, for men; a non-binary customer takes the mean of both
     */
    public record Population(List<Normal> female, List<Normal> male) {

        public Population {
            female = Immutable.list(female);
            male = Immutable.list(male);
        }
    }

    /**
     * A diagnostic cut-off.
     *
     * @param factor a {@code risk.factors} condition or lifestyle factor id
     * @param at the lowest value of the factor's range (rounded as the value is)
     */
    public record Cut(String factor, Double at) {
    }

    /**
     * The effect of treatment on a diagnosed, managed condition's value: a per-customer effect drawn uniformly
     * between {@code min} and {@code max} (the response varies), applied on every panel after the diagnosis.
     *
     * @param factor the condition treated
     * @param min the largest lowering (most negative)
     * @param max the smallest lowering
     * @param relative whether the effect is in percent of the value (true) or in its unit (false)
     * @param source the trial or meta-analysis the effect comes from
     */
    public record Treatment(String factor, Double min, Double max, Boolean relative, String source) {
    }

    /**
     * The correlation of two values that one factor cuts (systolic and diastolic blood pressure).
     *
     * @param with the other value's code
     * @param r the correlation of the two on their transformed scales, −0.95–0.95
     * @param source where it comes from
     */
    public record Correlation(String with, Double r, String source) {
    }

    /**
     * The physiological range of a value: identity between {@code low} and {@code high}, beyond them compressed
     * smoothly (continuous, with a continuous slope) towards {@code min} and {@code max}, which it never reaches.
     *
     * @param min the lowest value
     * @param low where the lower compression begins, below every cut
     * @param high where the upper compression begins, above every cut
     * @param max the highest value
     */
    public record Limits(Double min, Double low, Double high, Double max) {
    }
}
