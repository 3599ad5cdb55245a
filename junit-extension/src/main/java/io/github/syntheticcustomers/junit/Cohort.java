package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows an injected {@code List<CustomerProfile>} to the members of a cohort ({@code cohorts[]} of the
 * configuration, docs/cohorts-in-tests.md), in record order, or injects a {@code CustomerProfile} that is its first
 * member (the {@link CustomerIndex}-th with that annotation): e.g. {@code @Cohort("undiagnosed_hypertension")}.
 * Combines with {@link Persona} and {@link RiskLevel} (a member must match them too), and narrows a
 * {@code TestScenario}, {@code EngagementStep}, {@code CustomerTimeline} or a {@code List} of them to the members'
 * records. A cohort the configuration does not declare fails the parameter's resolution with the ids it does
 * declare; a failing test names the cohort beside its seed.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Cohort {

    /** The cohort's id, e.g. {@code undiagnosed_hypertension}. */
    String value();
}
