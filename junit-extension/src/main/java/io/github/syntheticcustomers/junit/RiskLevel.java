package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows an injected {@code CustomerProfile}, {@code TestScenario} or a {@code List} of them to the
 * records of these risk levels (any of them), e.g. {@code @RiskLevel("moderate")}. A level the
 * configuration does not define fails the parameter's resolution with the levels it does define.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RiskLevel {

    /** Risk level ids, e.g. {@code low}. */
    String[] value();
}
