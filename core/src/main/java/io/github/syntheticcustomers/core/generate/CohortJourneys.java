package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.LifeEventsConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cohort's life-event and engagement conditions ({@code where.life_events}, {@code where.engagement};
 * docs/cohorts.md, "Scenario types, life events and engagement") ask of a member's age and date of birth, so that
 * the event can be placed and the platform course conditioned by construction:
 * <ul>
 * <li>a drawn type: an age from the type's youngest + 1 to its oldest, so that every day of the year before the
 *     reference date lies in the type's age window, and likewise for each type it follows ({@code after});</li>
 * <li>a birthday type ({@code at_age}): the age {@code at_age}, and a date of birth drawn uniformly among those whose
 *     birthday lies within the days before the reference date;</li>
 * <li>an engagement state: an age above {@code timeline.account.min_age}, so the account may be a year old.</li>
 * </ul>
 */
final class CohortJourneys {

    private CohortJourneys() {
    }

    /** The ages {@code {lowest, highest}} the conditions allow (the whole range when they ask nothing). */
    static int[] ages(CohortConfig.Where where, GeneratorConfig config) {
        int low = 0;
        int high = Integer.MAX_VALUE;
        if (!where.engagement().isEmpty()) {
            low = config.timeline().account().minAge() + 1;
        }
        for (CohortConfig.LifeEventWithin e : where.lifeEvents()) {
            LifeEventsConfig.Type t = config.lifeEvents().type(e.type());
            if (t == null) {
                continue;
            }
            if (t.atAge() != null) {
                low = Math.max(low, t.atAge());
                high = Math.min(high, t.atAge());
            } else {
                // the type and the types it follows (after): each in its age window on every day of the last year
                for (; t != null; t = t.after() == null ? null : config.lifeEvents().type(t.after())) {
                    low = Math.max(low, t.youngest() + 1);
                    high = Math.min(high, t.oldest());
                }
            }
        }
        return new int[] {low, high};
    }

    /**
     * A date of birth {@code latest − k} days ({@code 0 ≤ k < span}) whose birthday of each birthday type the
     * conditions name lies within its days before {@code reference}, drawn uniformly among those; null when the
     * conditions name no birthday type (the caller draws as usual).
     */
    static LocalDate dateOfBirth(CohortConfig.Where where, GeneratorConfig config, LocalDate latest, long span,
            Rng rng) {
        List<CohortConfig.LifeEventWithin> birthdays = new ArrayList<>();
        for (CohortConfig.LifeEventWithin e : where.lifeEvents()) {
            LifeEventsConfig.Type t = config.lifeEvents().type(e.type());
            if (t != null && t.atAge() != null) {
                birthdays.add(e);
            }
        }
        if (birthdays.isEmpty()) {
            return null;
        }
        LocalDate reference = config.referenceDate();
        List<LocalDate> admissible = new ArrayList<>();
        for (long k = 0; k < span; k++) {
            LocalDate dob = latest.minusDays(k);
            boolean all = true;
            for (CohortConfig.LifeEventWithin e : birthdays) {
                LocalDate day = ProfileGenerator.birthday(dob, config.lifeEvents().type(e.type()).atAge());
                all &= day.isBefore(reference) && !day.isBefore(reference.minusDays(e.withinDays()));
            }
            if (all) {
                admissible.add(dob);
            }
        }
        if (admissible.isEmpty()) {
            // the age is at_age (ages), the window at least a day (two at the youngest account age: validated)
            throw new IllegalStateException("no date of birth for " + birthdays);
        }
        return admissible.get(rng.nextInt(admissible.size()));
    }
}
