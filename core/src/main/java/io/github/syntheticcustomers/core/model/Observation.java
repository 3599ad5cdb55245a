package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;

/**
 * One measured value of a profile (blood pressure, body size, a lab value), dated before the reference date.
 *
 * @param code the observation code of the configuration's {@code measurements} section, e.g. {@code systolic_bp}
 * @param value the measured value, rounded to the code's decimals
 * @param unit the UCUM unit, e.g. {@code mm[Hg]}
 * @param date the day it was measured
 */
public record Observation(String code, double value, String unit, LocalDate date) {
}
