package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile's snapshot fields, computed from the timeline as of the as-of instant (docs/timeline-model.md,
 * "Snapshot rules"); nothing here draws. Immutable and thread-safe.
 */
public final class Snapshots {

    /** The days before the as-of instant that "the last 90 days" means. */
    public static final int WINDOW_DAYS = 90;
    /** The frequency of a customer who never kept a screening visit. */
    public static final String NEVER = "never";

    private final Instant asOf;
    private final List<String> features;
    private final Map<String, TimelineConfig.Cadence> cadences;
    /** The day before the reference date: the day a programme's status is told for. */
    private final LocalDate today;

    public Snapshots(GeneratorConfig config) {
        this.asOf = PlatformModel.asOf(config);
        this.features = config.platformFeatures();
        this.cadences = config.timeline().screening().cadences();
        this.today = config.referenceDate().minusDays(1);
    }

    /** The {@code engagement} section of a customer whose platform course is {@code p}. */
    public Engagement engagement(PlatformCourse p, ZoneId zone) {
        Instant windowStart = asOf.minus(WINDOW_DAYS, ChronoUnit.DAYS);
        int sessions = 0;
        long seconds = 0;
        int content = 0;
        Set<String> used = new LinkedHashSet<>();
        for (Session s : p.sessions()) {
            boolean inWindow = !s.start().isBefore(windowStart);
            if (inWindow) {
                sessions++;
                seconds += s.seconds();
            }
            for (Session.Activity a : s.activities()) {
                if (a.kind() == EventKind.FEATURE_USED) {
                    used.add(a.value());
                } else if (inWindow && a.kind() == EventKind.CONTENT_VIEWED) {
                    content++;
                }
            }
        }
        List<String> featuresUsed = features.stream().filter(used::contains).toList();
        double minutes = sessions == 0 ? 0.0 : Decimals.round(seconds / 60.0 / sessions, 1);
        double score = Decimals.unit2(0.5 * Math.min(1.0, sessions / 30.0) + 0.3 * Math.min(1.0, minutes / 15.0)
                + 0.2 * featuresUsed.size() / Math.max(1, features.size()));
        LocalDate created = p.accountCreated().atZone(zone).toLocalDate();
        LocalDate lastActive = p.sessions().get(p.sessions().size() - 1).start().atZone(zone).toLocalDate();
        return new Engagement(created, lastActive, p.channel(), sessions, minutes, content, p.notificationsOptIn(),
                p.onboardingAt() != null, featuresUsed, score);
    }

    /**
     * The {@code screening_history} of a customer with this screening course (docs/timeline-model.md, "Snapshot
     * rules"): for each programme her kept and due visits, last kept visit, the interval in force, the next due date
     * and her status as of the day before the reference date; over them, history when a visit was kept, the last
     * kept visit, kept / due visits, and the frequency: the first cadence whose {@code max_interval_years} holds the
     * shortest interval of the programmes with a kept visit; {@link #NEVER} without a kept visit.
     */
    public ScreeningHistory screening(ScreeningCourse course) {
        List<ProgrammeScreening> entries = new ArrayList<>(course.plans().size());
        int completedAll = 0;
        int dueAll = 0;
        Integer shortest = null;
        LocalDate lastAll = null;
        for (ScreeningProgrammes.Plan plan : course.plans()) {
            int booked = 0;
            int completed = 0;
            LocalDate last = null;
            for (Visit v : course.visits()) {
                if (v.screens(plan.id())) {
                    booked++;
                    if (v.attended()) {
                        completed++;
                        last = v.date();
                    }
                }
            }
            boolean eligible = plan.intervalOn(today) != null;
            Integer interval = last != null ? plan.intervalOn(last) : plan.intervalOn(today);
            LocalDate nextDue = null;
            String status;
            if (!eligible) {
                status = ProgrammeScreening.NOT_ELIGIBLE;
            } else if (last == null) {
                status = ProgrammeScreening.NEVER;
                nextDue = plan.eligibleSince(today);
            } else {
                nextDue = last.plusYears(interval);
                status = nextDue.isAfter(today) ? ProgrammeScreening.UP_TO_DATE : ProgrammeScreening.OVERDUE;
            }
            int due = booked + (status.equals(ProgrammeScreening.OVERDUE) || status.equals(ProgrammeScreening.NEVER)
                    ? 1 : 0);
            entries.add(new ProgrammeScreening(plan.id(), eligible, interval, last, nextDue, completed, due, status));
            completedAll += completed;
            dueAll += due;
            if (completed > 0 && interval != null && (shortest == null || interval < shortest)) {
                shortest = interval;
            }
            if (last != null && (lastAll == null || last.isAfter(lastAll))) {
                lastAll = last;
            }
        }
        if (lastAll == null) {
            return new ScreeningHistory(false, NEVER, null, 0.0, entries);
        }
        double completion = dueAll == 0 ? 0.0 : Decimals.round2((double) completedAll / dueAll);
        return new ScreeningHistory(true, frequency(cadences, shortest), lastAll, completion, entries);
    }

    /**
     * The cadence of a customer whose shortest interval among the programmes with a kept visit is {@code years}: the
     * first whose {@code max_interval_years} holds it (one without holds any), else the last.
     */
    public static String frequency(Map<String, TimelineConfig.Cadence> cadences, Integer years) {
        String last = null;
        for (Map.Entry<String, TimelineConfig.Cadence> e : cadences.entrySet()) {
            last = e.getKey();
            Integer max = e.getValue().maxIntervalYears();
            if (max == null || years != null && years <= max) {
                return e.getKey();
            }
        }
        return last;
    }
}
