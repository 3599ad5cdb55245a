package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;

/**
 * One dated event of the customer's life-events timeline.
 *
 * @param type event id, e.g. {@code new_job}, {@code first_child}
 * @param impact {@code positive}, {@code negative} or {@code mixed}
 * @param ageAtEvent the customer's age on that date
 */
public record LifeEvent(LocalDate date, String type, String description, String impact, int ageAtEvent) {
}
