package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The platform course of customer {@code i} from (seed, configuration, i, traits, time zone) alone
 * (docs/timeline-model.md, "Sessions" and "Notifications"):
 * <ul>
 * <li>the account is opened on a local day {@code 1…new_days} (a share {@code new_share}) or
 *     {@code new_days+1…max_days} days before the last local day before the as-of instant, in a first session, and
 *     never before the customer reached {@code min_age}: for a customer who reached it {@code a < max_days} days
 *     before, the ranges end at {@code a} (all of {@code 1…a} when it is not more than {@code new_days});</li>
 * <li>sessions are a non-homogeneous Poisson process: on local day {@code d} after sign-up, before the churn day (an
 *     exponential time of mean {@code lifetime_days}), {@code Poisson(rate × (sustained + (1 − sustained) ×
 *     exp(−d / decay_days)) × weekday)} sessions, each at a local hour drawn from {@code hours}, lasting a log-normal
 *     number of minutes, with Poisson numbers of content views and feature uses;</li>
 * <li>an opted-in customer gets a reminder every {@code every_days} days; one that is opened starts a session;</li>
 * <li>a session that would overlap the one before starts {@code gap_seconds} after it ends; a session that would not
 *     end before the as-of instant is not (yet) on the timeline.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class PlatformModel {

    /** The preferred channels, in the order of their weights. */
    private static final List<String> CHANNELS = List.of("app", "email", "sms", "web");

    private final long seed;
    private final Instant asOf;
    private final TimelineConfig.Sessions sessions;
    private final TimelineConfig.Notifications notifications;
    private final TimelineConfig.Account account;
    private final List<String> features;
    private final double[] hourWeights;
    private final double meanHourWeight;
    /** The weekday weights, Monday first. */
    private final double[] weekdayWeights = new double[7];

    public PlatformModel(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.asOf = asOf(config);
        this.sessions = config.timeline().sessions();
        this.notifications = config.timeline().notifications();
        this.account = config.timeline().account();
        this.features = config.platformFeatures();
        this.hourWeights = sessions.hours().stream().mapToDouble(Double::doubleValue).toArray();
        double sum = 0;
        for (double w : hourWeights) {
            sum += w;
        }
        this.meanHourWeight = sum / hourWeights.length;
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdayWeights[d.getValue() - 1] = sessions.weekday().get(d.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The first day after sign-up whose novelty term {@code exp(-d / decay)} is below 1e-9 of the rate. */
    private static int settledDay(double decayDays) {
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(decayDays * 9 * StrictMath.log(10)));
    }

    /** The day a person born on {@code dob} turns {@code years}: for a 29 February birth in a common year, 1 March. */
    public static LocalDate birthday(LocalDate dob, int years) {
        LocalDate day = dob.plusYears(years);
        return Period.between(dob, day).getYears() < years ? day.plusDays(1) : day;
    }

    /** The as-of instant of a configuration: its reference date at 00:00 UTC. */
    public static Instant asOf(GeneratorConfig config) {
        return config.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last local day in {@code zone} that begins before the as-of instant. */
    public static LocalDate lastDay(Instant asOf, ZoneId zone) {
        return asOf.minusSeconds(1).atZone(zone).toLocalDate();
    }

    /** The platform course of customer {@code index}, born on {@code dob}. */
    public PlatformCourse course(long index, Traits t, ZoneId zone, LocalDate dob) {
        Rng rng = Rng.of(seed, index, "platform");
        String channel = CHANNELS.get(rng.weightedIndex(new double[] {
            0.2 + t.systemEngagement(), 0.3 + t.healthAnxiety() * 0.5, 0.2 + t.socialBarriers(),
            0.2 + t.organization() * 0.5}));
        boolean optIn = rng.chance(clamp01(notifications.optIn().of(t)));
        LocalDate last = lastDay(asOf, zone);
        // the generator places the minimum age's birthday at least a day before the last local day (ProfileGenerator)
        int adultDays = (int) Math.max(1, Math.min(account.maxDays(),
                ChronoUnit.DAYS.between(birthday(dob, account.minAge()), last)));
        boolean recent = rng.chance(account.newShare());
        int days = recent || adultDays <= account.newDays()
                ? Draws.between(rng, 1, Math.min(account.newDays(), adultDays))
                : Draws.between(rng, account.newDays() + 1, adultDays);
        LocalDate created = last.minusDays(days);

        List<String> repertoire = repertoire(t, Rng.of(seed, index, "features"));
        PerCustomer pc = new PerCustomer(t);
        Rng sessionRng = Rng.of(seed, index, "sessions");
        List<Planned> planned = new ArrayList<>();
        planned.add(new Planned(at(created, hour(sessionRng), sessionRng, zone), pc.seconds(sessionRng)));
        double rate = Math.max(0, sessions.rate().of(t));
        double sustained = clamp01(sessions.sustained().of(t));
        double churn = Draws.exponential(sessionRng, Math.max(1, sessions.lifetimeDays().of(t)));
        // once the novelty term is negligible the daily mean depends on the weekday only: its Poisson zero
        // probability exp(-mean) is computed once per weekday instead of once per day; before, the novelty term
        // exp(-d / decay_days) is carried from day to day (one multiplication a day)
        double[] settled = new double[7];
        for (int w = 0; w < 7; w++) {
            settled[w] = StrictMath.exp(-rate * sustained * weekdayWeights[w]);
        }
        int settledFrom = settledDay(sessions.decayDays());
        double step = StrictMath.exp(-1 / sessions.decayDays());
        double novelty = 1;
        long createdDay = created.toEpochDay();
        for (int d = 1; d <= days && d < churn; d++) {
            novelty *= step;
            // 1970-01-01 was a Thursday: Monday is 0
            int w = (int) Math.floorMod(createdDay + d + 3, 7L);
            int n = d >= settledFrom ? Draws.poisson(sessionRng, rate * sustained * weekdayWeights[w], settled[w])
                    : Draws.poisson(sessionRng, rate * (sustained + (1 - sustained) * novelty) * weekdayWeights[w]);
            if (n > 0) {
                LocalDate day = LocalDate.ofEpochDay(createdDay + d);
                for (; n > 0; n--) {
                    planned.add(new Planned(at(day, hour(sessionRng), sessionRng, zone), pc.seconds(sessionRng)));
                }
            }
        }
        List<Notification> sent = notifications(t, created, last, zone, Rng.of(seed, index, "notifications"),
                channel, optIn);
        Rng reopened = Rng.of(seed, index, "reopened-sessions");
        for (Notification n : sent) {
            if (n.outcome() == Notification.Outcome.OPENED) {
                planned.add(new Planned(n.respondedAt(), pc.seconds(reopened)));
            }
        }
        planned.sort(Comparator.comparing(Planned::start));
        List<Session> placed = place(planned, repertoire, pc, Rng.of(seed, index, "activities"));
        Rng onboardingRng = Rng.of(seed, index, "onboarding");
        Instant onboarding = null;
        if (onboardingRng.chance(clamp01(sessions.onboarding().of(t)))) {
            Session first = placed.get(0);
            onboarding = first.start().plusSeconds(Math.max(1, Math.round(first.seconds()
                    * Draws.between(onboardingRng, 0.3, 0.9))));
        }
        return new PlatformCourse(channel, optIn, onboarding, placed, sent);
    }

    /** A planned session: its start and length in seconds. */
    private record Planned(Instant start, long seconds) {
    }

    /**
     * The sessions in time order, each starting after the previous one ended (an overlapping one moves
     * {@code gap_seconds} after it), up to the first that would not end before the as-of instant.
     */
    private List<Session> place(List<Planned> planned, List<String> repertoire, PerCustomer pc, Rng rng) {
        List<Session> out = new ArrayList<>(planned.size());
        Instant previousEnd = null;
        for (Planned p : planned) {
            Instant start = p.start();
            if (previousEnd != null && start.isBefore(previousEnd.plusSeconds(sessions.gapSeconds().min()))) {
                start = previousEnd.plusSeconds(Draws.between(rng, sessions.gapSeconds().min(),
                        sessions.gapSeconds().max()));
            }
            Instant end = start.plusSeconds(p.seconds());
            if (!end.isBefore(asOf)) {
                break;
            }
            out.add(new Session(out.size() + 1, start, end, activities(start, p.seconds(), repertoire, pc, rng)));
            previousEnd = end;
        }
        return out;
    }

    private List<Session.Activity> activities(Instant start, long seconds, List<String> repertoire, PerCustomer pc,
            Rng rng) {
        int views = Draws.poisson(rng, pc.contentViews, pc.noContentView);
        int uses = Draws.poisson(rng, pc.featureUses, pc.noFeatureUse);
        if (repertoire.isEmpty() || seconds < 2 || views + uses == 0) {
            return List.of();
        }
        List<Session.Activity> out = new ArrayList<>(views + uses);
        for (int i = 0; i < views + uses; i++) {
            Instant at = start.plusSeconds(Math.max(1, Math.min(seconds - 1,
                    Math.round(seconds * Draws.between(rng, 0.05, 0.95)))));
            out.add(new Session.Activity(at, i < views ? EventKind.CONTENT_VIEWED : EventKind.FEATURE_USED,
                    rng.pick(repertoire)));
        }
        out.sort(Comparator.comparing(Session.Activity::at));
        return out;
    }

    /** The platform features this customer uses at all, in the configuration's order. */
    private List<String> repertoire(Traits t, Rng rng) {
        int k = (int) Math.round(rng.gaussian(sessions.features().of(t), 1, 0, features.size()));
        List<String> chosen = rng.sample(features, Math.min(k, features.size()));
        return features.stream().filter(chosen::contains).toList();
    }

    private List<Notification> notifications(Traits t, LocalDate created, LocalDate last, ZoneId zone, Rng rng,
            String preferred, boolean optIn) {
        List<Notification> out = new ArrayList<>();
        if (!optIn) {
            return out;
        }
        String channel = notifications.channels().get(preferred);
        double base = notifications.open().get(channel) * Math.max(0, notifications.engagement().of(t));
        LocalDate day = created.plusDays(Draws.between(rng, notifications.everyDays().min(),
                notifications.everyDays().max()));
        while (!day.isAfter(last)) {
            int hour = Draws.between(rng, notifications.sendHour().min(), notifications.sendHour().max());
            Instant sent = at(day, hour, rng, zone);
            if (!sent.isBefore(asOf)) {
                break;
            }
            double p = Math.min(0.95, base * hourWeights[hour] / meanHourWeight);
            Instant respond = sent.plusSeconds(60L * Draws.between(rng, notifications.openDelayMinutes().min(),
                    notifications.openDelayMinutes().max()));
            double u = rng.nextDouble();
            Notification.Outcome outcome = !respond.isBefore(asOf) ? Notification.Outcome.IGNORED
                    : u < p ? Notification.Outcome.OPENED
                    : u < p + (1 - p) * notifications.dismissShare() ? Notification.Outcome.DISMISSED
                    : Notification.Outcome.IGNORED;
            out.add(new Notification(out.size() + 1, sent, channel, outcome,
                    outcome == Notification.Outcome.IGNORED ? null : respond));
            day = day.plusDays(Draws.between(rng, notifications.everyDays().min(), notifications.everyDays().max()));
        }
        return out;
    }

    private int hour(Rng rng) {
        return rng.weightedIndex(hourWeights);
    }

    /** What a customer's sessions share: computed once per customer, not per session. */
    private final class PerCustomer {
        final double contentViews;
        final double noContentView;
        final double featureUses;
        final double noFeatureUse;
        final double logMedian;

        PerCustomer(Traits t) {
            contentViews = sessions.contentViews().of(t);
            noContentView = StrictMath.exp(-contentViews);
            featureUses = sessions.featureUses().of(t);
            noFeatureUse = StrictMath.exp(-featureUses);
            logMedian = StrictMath.log(Math.max(sessions.minutes().median().of(t), 1e-9));
        }

        /** A session's length in whole seconds: log-normal minutes within [min, max]. */
        long seconds(Rng rng) {
            TimelineConfig.LogNormal m = sessions.minutes();
            double minutes = Math.max(m.min(), Math.min(m.max(),
                    StrictMath.exp(logMedian + m.sigma() * rng.gaussian(0, 1))));
            return Math.max(1, Math.round(60 * minutes));
        }
    }

    /** A local time on {@code day} at {@code hour}, a random minute and second, as an instant. */
    static Instant at(LocalDate day, int hour, Rng rng, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60))).atZone(zone).toInstant();
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
