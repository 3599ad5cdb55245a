package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows an injected {@code TestScenario} or {@code List<TestScenario>} to these scenario types (any of
 * them), e.g. {@code @ScenarioType("first_time_user")}. An unknown type fails the parameter's resolution
 * with the known ones.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ScenarioType {

    /** Scenario types, e.g. {@code lapsed_user}. */
    String[] value();
}
