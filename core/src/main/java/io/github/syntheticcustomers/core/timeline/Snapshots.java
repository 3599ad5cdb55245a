package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.Engagement;
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

    public Snapshots(GeneratorConfig config) {
        this.asOf = PlatformModel.asOf(config);
        this.features = config.platformFeatures();
        this.cadences = config.timeline().screening().cadences();
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
     * The {@code screening_history} of a customer with these visits: history when one was kept, the last kept one,
     * kept / booked, and the frequency: the first cadence whose {@code gap_days} holds every gap between kept visits,
     * else (or with a single kept visit) the last cadence; {@link #NEVER} without a kept visit.
     */
    public ScreeningHistory screening(List<Visit> visits) {
        List<LocalDate> kept = new ArrayList<>();
        for (Visit v : visits) {
            if (v.attended()) {
                kept.add(v.date());
            }
        }
        if (kept.isEmpty()) {
            return new ScreeningHistory(false, NEVER, null, 0.0);
        }
        double completion = Decimals.round2((double) kept.size() / visits.size());
        return new ScreeningHistory(true, frequency(kept), kept.get(kept.size() - 1), completion);
    }

    private String frequency(List<LocalDate> kept) {
        String last = null;
        for (Map.Entry<String, TimelineConfig.Cadence> e : cadences.entrySet()) {
            last = e.getKey();
            if (kept.size() < 2) {
                continue;
            }
            boolean all = true;
            for (int i = 1; i < kept.size() && all; i++) {
                long gap = ChronoUnit.DAYS.between(kept.get(i - 1), kept.get(i));
                all = gap >= e.getValue().gapDays().min() && gap <= e.getValue().gapDays().max();
            }
            if (all) {
                return e.getKey();
            }
        }
        return last;
    }
}
