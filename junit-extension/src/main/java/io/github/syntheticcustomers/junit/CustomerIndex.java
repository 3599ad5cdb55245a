package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks an injected {@code CustomerProfile} or {@code TestScenario} by position: the {@code value}-th
 * (0-based) of the records that match the parameter's other qualifiers, in record order. Without it such a
 * parameter gets a deterministic pick: a position drawn from the seed, the parameter's position and the
 * method's or constructor's signature, so it is the same customer on every run with that seed and
 * different tests see different records.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CustomerIndex {

    /** 0-based position among the matching customers. */
    int value();
}
