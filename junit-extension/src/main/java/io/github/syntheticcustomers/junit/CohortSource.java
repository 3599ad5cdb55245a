package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A {@code @ParameterizedTest} source of a cohort's members ({@code cohorts[]} of the configuration,
 * docs/cohorts-in-tests.md): one {@code CustomerProfile} per invocation, in record order, from the dataset the
 * nearest {@link SyntheticCustomers} (or the configuration parameters) describe. Each invocation's name is the
 * customer's id and the cohort, e.g. {@code [1] cus-000061 in avoiding_smokers}. An id the configuration
 * does not declare fails with the ids it does declare; a failing invocation names the cohort beside its seed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @CohortSource("undiagnosed_hypertension")
 * void flagsEveryUndiagnosedHypertensive(CustomerProfile customer) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(CohortArgumentsProvider.class)
public @interface CohortSource {

    /** The cohort's id. */
    String value();

    /** Only members of these persona ids (any of them); empty means every persona. */
    String[] persona() default {};

    /** Only members of these risk levels (any of them); empty means every level. */
    String[] riskLevel() default {};

    /** At most this many members (the first ones); 0, the default, means all. */
    int limit() default 0;
}
