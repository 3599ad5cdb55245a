package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows an injected {@code CustomerProfile}, {@code TestScenario} or a {@code List} of them to the
 * records of these persona ids (any of them), e.g. {@code @Persona("healthcare_professional")}. An id the
 * configuration does not define fails the parameter's resolution with the ids it does define.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Persona {

    /** Persona ids, e.g. {@code health_aware_avoider}. */
    String[] value();
}
