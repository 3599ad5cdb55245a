package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The screening visits of customer {@code i} (docs/timeline-model.md, "Screening visits"), from (seed, configuration,
 * i) and what the person model decided before: the traits, the 18th birthday, and whether a condition is present
 * (then at least one visit is kept: the customer is in care) and whether one shows only in its measurement (then the
 * last visit is kept and recent: a value found at a check-up and not yet followed up). Immutable and thread-safe.
 */
public final class HealthModel {

    private final long seed;
    private final Instant asOf;
    private final LocalDate reference;
    private final TimelineConfig.Screening screening;
    private final List<String> cadenceIds;

    public HealthModel(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.asOf = PlatformModel.asOf(config);
        this.reference = config.referenceDate();
        this.screening = config.timeline().screening();
        this.cadenceIds = List.copyOf(screening.cadences().keySet());
    }

    /**
     * The visits of customer {@code index}, in time order.
     *
     * @param adult the customer's 18th birthday
     * @param conditionPresent whether any condition factor is present (diagnosed or not)
     * @param undiagnosed whether a present condition is undiagnosed (it shows in the latest panel only)
     */
    public List<Visit> visits(long index, Traits t, LocalDate adult, boolean conditionPresent, boolean undiagnosed,
            ZoneId zone) {
        Rng rng = Rng.of(seed, index, "screening-visits");
        boolean history = rng.chance(Math.max(0.03, Math.min(0.98, screening.history().of(t))));
        if (!history && !conditionPresent) {
            return List.of();
        }
        double[] weights = new double[cadenceIds.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(0, screening.cadences().get(cadenceIds.get(i)).weight().of(t));
        }
        TimelineConfig.Cadence cadence = screening.cadences().get(cadenceIds.get(rng.weightedIndex(weights)));
        LocalDate last = PlatformModel.lastDay(asOf, zone);
        LocalDate earliest = max(adult, reference.minusYears(screening.historyYears()));
        // visits fall on local days before the last one that begins before the as-of instant
        LocalDate latest = last.minusDays(1);
        if (earliest.isAfter(latest)) {
            earliest = latest;
        }
        int lastDaysAgo = undiagnosed
                ? Draws.between(rng, screening.undiagnosedLastVisitDays().min(), screening.undiagnosedLastVisitDays().max())
                : Draws.between(rng, cadence.lastDaysAgo().min(), cadence.lastDaysAgo().max());
        LocalDate date = latest.minusDays(lastDaysAgo - 1L);
        if (date.isBefore(earliest)) {
            // a young adult: the last visit somewhere in the years since the 18th birthday
            date = earliest.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = date; !d.isBefore(earliest);
                d = d.minusDays(Draws.between(rng, cadence.gapDays().min(), cadence.gapDays().max()))) {
            dates.add(d);
        }
        Collections.reverse(dates);
        List<Visit> visits = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            boolean lastOne = i == dates.size() - 1;
            double noShow = Math.max(0, Math.min(0.9, screening.noShow().of(t)));
            // the last visit of a customer with a condition is kept by construction (in care; a value found)
            boolean attended = (lastOne && conditionPresent) || !rng.chance(noShow);
            Instant at = PlatformModel.at(d, Draws.between(rng, screening.visitHour().min(),
                    screening.visitHour().max()), rng, zone);
            LocalDate bookedOn = d.minusDays(Draws.between(rng, screening.bookedDaysBefore().min(),
                    screening.bookedDaysBefore().max()));
            Instant booked = bookedOn.atTime(LocalTime.of(Draws.between(rng, 8, 19), rng.nextInt(60), rng.nextInt(60)))
                    .atZone(zone).toInstant();
            if (!booked.isBefore(at)) {
                booked = at.minusSeconds(3600);
            }
            visits.add(new Visit(i + 1, booked, d, at, attended));
        }
        return visits;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
