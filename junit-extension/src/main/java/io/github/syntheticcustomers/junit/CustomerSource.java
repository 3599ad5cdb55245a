package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A {@code @ParameterizedTest} source of customers, one {@code CustomerProfile} per invocation in record
 * order, from the dataset the nearest {@link SyntheticCustomers} (or the configuration parameters) describe.
 * Each invocation's name is the customer's id, persona and risk level, e.g.
 * {@code [3] cus-000003 healthcare_professional low}.
 *
 * <p>When the test's second parameter is a {@code CustomerTimeline}, each invocation gets the customer's timeline
 * there too (and the name says how many events it has: {@code [3] cus-000003 healthcare_professional low, 41 events}).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @CustomerSource(persona = "overlooked_risk_group", limit = 10)
 * void reachesEveryOverlookedCustomer(CustomerProfile customer) { ... }
 *
 * @ParameterizedTest
 * @CustomerSource(limit = 50)
 * void lastActiveIsTheLastSession(CustomerProfile customer, CustomerTimeline timeline) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(CustomerArgumentsProvider.class)
public @interface CustomerSource {

    /** Only customers of these persona ids (any of them); empty means every persona. */
    String[] persona() default {};

    /** Only customers of these risk levels (any of them); empty means every level. */
    String[] riskLevel() default {};

    /** At most this many customers (the first matching ones); 0, the default, means all. */
    int limit() default 0;
}
