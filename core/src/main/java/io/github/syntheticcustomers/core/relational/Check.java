package io.github.syntheticcustomers.core.relational;

/**
 * A CHECK constraint of a {@link Table}, written the same in every {@link Dialect}.
 *
 * @param name the constraint's name, unique in the schema, e.g. {@code customers_risk_score_check}
 * @param expression the condition, in SQL every dialect accepts
 */
public record Check(String name, String expression) {
}
