package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The timeline model (configuration {@code timeline}; docs/timeline-model.md): how accounts, sessions,
 * notifications, screening visits and journey steps are placed on each customer's timeline, and the type each kind of
 * event is written as.
 *
 * @param account when accounts were opened
 * @param sessions the platform's session process
 * @param notifications reminders and their opening
 * @param screening screening visits, their bookings and measurement panels
 * @param journey how a journey's steps are placed on the sessions
 * @param eventTypes the type each event kind is written as (kind id → type; null leaves the kind out of the
 *     {@code events} part)
 */
public record TimelineConfig(
        Account account,
        Sessions sessions,
        Notifications notifications,
        Screening screening,
        Journey journey,
        Map<String, String> eventTypes) {

    public TimelineConfig {
        eventTypes = Immutable.map(eventTypes);
    }

    /**
     * A value that depends linearly on the customer's traits: {@code base + Σ traits[t] × trait t}.
     *
     * @param base the value for a customer whose traits are all 0
     * @param traits weight per trait name ({@link Traits#NAMES})
     */
    public record Linear(Double base, Map<String, Double> traits) {

        public Linear {
            traits = Immutable.map(traits);
        }

        /** The value for {@code t}. */
        public double of(Traits t) {
            double v = base == null ? 0 : base;
            if (traits != null) {
                for (Map.Entry<String, Double> e : traits.entrySet()) {
                    v += e.getValue() * t.value(e.getKey());
                }
            }
            return v;
        }
    }

    /**
     * @param newShare share of accounts opened in the {@code newDays} before the reference date
     * @param newDays how recent a new account is, in days
     * @param maxDays the oldest account, in days before the reference date
     * @param minAge the youngest age at which a customer may open an account: no account is older than the day she
     *     reached it (a customer who reached it fewer than {@code maxDays} days ago has a younger account)
     */
    public record Account(Double newShare, Integer newDays, Integer maxDays, Integer minAge) {
    }

    /**
     * Sessions are a non-homogeneous Poisson process: on local day {@code d} after sign-up (before the customer's
     * churn day) the expected number of sessions is {@code rate × (sustained + (1 − sustained) × exp(−d /
     * decayDays)) × weekday}, each at a local hour drawn from {@code hours}.
     *
     * @param rate expected sessions per day right after sign-up
     * @param sustained share of that rate kept once the novelty has worn off, 0–1
     * @param decayDays time constant of the novelty's decline, days
     * @param lifetimeDays mean of the exponential time until the customer stops using the platform, days
     * @param weekday relative rate per weekday, {@code monday} … {@code sunday}
     * @param hours relative rate per local hour 0–23 (24 weights)
     * @param minutes log-normal session length: {@code median} minutes and {@code sigma} of its logarithm
     * @param contentViews expected content views per session (Poisson)
     * @param featureUses expected feature uses per session (Poisson)
     * @param features how many of the platform features a customer uses at all (mean of a normal, sd 1)
     * @param onboarding probability that the first session completes the onboarding
     * @param gapSeconds least pause between two sessions that would overlap: the later one moves after the earlier
     */
    public record Sessions(Linear rate, Linear sustained, Double decayDays, Linear lifetimeDays,
            Map<String, Double> weekday, List<Double> hours, LogNormal minutes, Linear contentViews,
            Linear featureUses, Linear features, Linear onboarding, IntRange gapSeconds) {

        public Sessions {
            weekday = Immutable.map(weekday);
            hours = Immutable.list(hours);
        }
    }

    /**
     * @param median the median, as a function of the traits
     * @param sigma the standard deviation of the logarithm
     * @param min the least value
     * @param max the greatest value
     */
    public record LogNormal(Linear median, Double sigma, Double min, Double max) {
    }

    /**
     * Reminders to an opted-in customer, every {@code everyDays} days from sign-up, sent at a local hour of
     * {@code sendHour} through the channel {@code channels} gives the customer's preferred channel. One is opened
     * with probability {@code open[channel] × engagement × hours[hour] / mean(hours)}, capped at 0.95, and a session
     * starts when it is; otherwise it is dismissed with probability {@code dismissShare}, else ignored.
     *
     * @param optIn probability of opting in to notifications
     * @param everyDays days between two reminders
     * @param sendHour local hour a reminder is sent
     * @param channels the notification channel of each preferred channel
     * @param open the base open probability per notification channel
     * @param engagement the person's factor of the open probability
     * @param openDelayMinutes minutes from sending to opening
     * @param dismissShare share of the unopened reminders that are dismissed
     */
    public record Notifications(Linear optIn, IntRange everyDays, IntRange sendHour, Map<String, String> channels,
            Map<String, Double> open, Linear engagement, IntRange openDelayMinutes, Double dismissShare) {

        public Notifications {
            channels = Immutable.map(channels);
            open = Immutable.map(open);
        }
    }

    /**
     * Screening visits, by programme (docs/timeline-model.md, "Screening visits"): a customer in preventive care
     * (probability {@code history}) follows each programme she is eligible for with probability {@code uptake +
     * adherence − barrierPenalty × barriers}; a programme measuring a condition she has is always followed (in
     * care). A followed programme's last booked visit is on time (probability {@code onTime}) or {@code overdueDays}
     * late, the earlier ones its interval (and {@code gapExtraDays}) apart back to {@code historyYears} before the reference date while she is
     * eligible; a visit up to {@code shareDays} after one already planned joins it. Each visit is booked
     * {@code bookedDaysBefore} days ahead and kept unless missed ({@code noShow}); a kept visit takes a measurement
     * panel. The last visit of a programme measuring a present condition is kept; one whose condition shows only in
     * its measurement was seen within {@code undiagnosedLastVisitDays}.
     *
     * @param history probability of being in preventive care at all
     * @param historyYears how far back visits go, years
     * @param adherence the traits' term of the probability of following a programme
     * @param barrierPenalty how much each social barrier lowers that probability
     * @param onTime probability that a followed programme's last booking is within its interval
     * @param lastDaysAgoMin the fewest days before the reference date of an on-time last booking
     * @param overdueDays how many days past its interval a late last booking is
     * @param gapExtraDays days between two bookings of a programme beyond its interval
     * @param shareDays how many days after a planned visit a programme visit joins it
     * @param cadences the snapshot frequencies by id ({@code annual}, {@code biennial}, {@code irregular}, …)
     * @param noShow probability that a booked visit is missed
     * @param bookedDaysBefore days between booking and visit
     * @param visitHour local hour of a visit
     * @param undiagnosedLastVisitDays when the last visit measuring an undiagnosed condition was
     * @param programmes the screening programmes by id, in order
     */
    public record Screening(Linear history, Integer historyYears, Linear adherence, Double barrierPenalty,
            Linear onTime, Integer lastDaysAgoMin, IntRange overdueDays, IntRange gapExtraDays, Integer shareDays,
            Map<String, Cadence> cadences, Linear noShow, IntRange bookedDaysBefore, IntRange visitHour,
            IntRange undiagnosedLastVisitDays, Map<String, ScreeningProgramme> programmes) {

        public Screening {
            cadences = Immutable.map(cadences);
            programmes = Immutable.map(programmes);
        }
    }

    /**
     * A snapshot frequency: it holds a customer whose shortest interval among the programmes with a kept visit is at
     * most {@code maxIntervalYears} (any, when null).
     *
     * @param maxIntervalYears the longest interval it holds, years; null: every interval
     */
    public record Cadence(Integer maxIntervalYears) {
    }

    /**
     * Journey steps in sessions: a step starts {@code gapSeconds} after the previous one ends, in the same session
     * when it fits before the session ends, else in the next session that has room; a new phase starts a new session
     * when {@code newSessionPerPhase}. Time on step: a completed step takes a log-normal time around its announced
     * minutes (sigma {@code sigma}), a share {@code quickerShare} of them a fraction {@code quicker} of it; a partial
     * or abandoned step a fraction of it; a skipped step {@code skippedSeconds}.
     *
     * @param gapSeconds pause between two steps of a session
     * @param newSessionPerPhase whether a phase starts in a new session
     * @param defaultMinutes announced minutes of a step whose content gives none
     * @param sigma spread of a completed step's time (of its logarithm)
     * @param quickerShare share of completed steps done quicker than announced
     * @param quicker fraction of the announced time of a quicker step
     * @param partial fraction of the announced time of a partial step
     * @param abandoned fraction of the announced time of an abandoned step
     * @param skippedSeconds time on a skipped step
     */
    public record Journey(IntRange gapSeconds, Boolean newSessionPerPhase, Integer defaultMinutes, Double sigma,
            Double quickerShare, Fraction quicker, Fraction partial, Fraction abandoned, IntRange skippedSeconds) {
    }

    /**
     * A range of fractions, {@code min}–{@code max}.
     *
     * @param min the lowest fraction
     * @param max the highest fraction
     */
    public record Fraction(Double min, Double max) {
    }
}
