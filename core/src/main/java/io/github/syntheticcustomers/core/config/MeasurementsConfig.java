package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * The {@code measurements} section: the dated observations each profile carries beside its diagnoses. Every
 * kept screening visit on the customer's timeline takes a panel (docs/timeline-model.md): body height (by sex), body
 * weight and BMI (the lifestyle BMI, so weight = BMI × height²), and each configured {@code values} entry. A value
 * is drawn from the range of the first {@code when} whose factor the customer has ({@code treated} when that
 * condition is diagnosed and managed), else from {@code normal}; so a measurement agrees with the diagnoses, and
 * an undiagnosed condition shows in its measurement only.
 *
 * @param height the body height code, unit and distribution by sex
 * @param weight the body weight code and unit
 * @param bmi the BMI code and unit
 * @param values the other measured values, in output order
 */
public record MeasurementsConfig(Height height, Code weight, Code bmi, List<Value> values) {

    public MeasurementsConfig {
        values = Immutable.list(values);
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
     * A closed range of values.
     *
     * @param min the lowest value
     * @param max the highest value
     */
    public record Range(Double min, Double max) {
    }

    /**
     * One measured value.
     *
     * @param code the observation code
     * @param label what it measures, for the README and report
     * @param unit its UCUM unit
     * @param decimals digits after the decimal point, 0–2
     * @param normal the range without any of the {@code when} factors
     * @param when the ranges for customers with a factor, first match wins
     */
    public record Value(String code, String label, String unit, Integer decimals, Range normal, List<When> when) {

        public Value {
            when = Immutable.list(when);
        }
    }

    /**
     * The range of a value for customers with one risk factor.
     *
     * @param factor a {@code risk.factors} id
     * @param range the range while the factor is present and untreated (or undiagnosed)
     * @param treated the range when the condition is diagnosed and managed; null: {@code range}
     */
    public record When(String factor, Range range, Range treated) {
    }
}
