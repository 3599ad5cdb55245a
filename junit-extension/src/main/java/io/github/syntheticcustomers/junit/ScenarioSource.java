package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A {@code @ParameterizedTest} source of test scenarios, one {@code TestScenario} per invocation in record
 * order, from the dataset the nearest {@link SyntheticCustomers} (or the configuration parameters)
 * describe. Each invocation's name is the scenario's id, type, customer id and persona, e.g.
 * {@code [1] scn-000001 first_time_user cus-000001 health_aware_avoider}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ScenarioArgumentsProvider.class)
public @interface ScenarioSource {

    /** Only scenarios of these types (any of them); empty means every type. */
    String[] type() default {};

    /** Only scenarios of customers of these persona ids; empty means every persona. */
    String[] persona() default {};

    /** Only scenarios of customers of these risk levels; empty means every level. */
    String[] riskLevel() default {};

    /** At most this many scenarios (the first matching ones); 0, the default, means all. */
    int limit() default 0;
}
