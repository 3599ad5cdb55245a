package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.EngagementState;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
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
    /** The thresholds of the engagement states ({@link EngagementState}). */
    private final ScenarioConfig scenarios;
    private final LocalDate reference;
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
        this.scenarios = config.scenarios();
        this.reference = config.referenceDate();
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
        return course(index, t, zone, dob, List.of());
    }

    /**
     * The platform course of customer {@code index}, born on {@code dob}, conditioned so that the engagement state its
     * snapshot shows is one of {@code states} ({@link EngagementState} ids; empty: not conditioned). With several
     * states, the one constructed is drawn uniformly among them. The construction (docs/cohorts.md, "Scenario types,
     * life events and engagement"), each part a draw within what the state allows, never a redraw:
     * <ul>
     * <li>{@code inactive}: the account is opened more than {@code inactive_after_days} days before the last local
     *     day, and the customer's use stops before the local day {@code inactive_after_days} days before the
     *     reference date: the sessions from then on are not on the timeline, and a reminder answered from then on was
     *     dismissed, not opened;</li>
     * <li>{@code new}: the account is opened within the last {@code inactive_after_days − 1} local days, and the use
     *     stops after the first {@code new_user_max_sessions} sessions (reminders answered from then on
     *     dismissed);</li>
     * <li>{@code active}: the account is opened at least {@code new_user_max_sessions + 3} days before the last local
     *     day; the first session and those before the local day {@code inactive_after_days} days before the reference
     *     date stay, and
     *     the recent days get the sessions the state needs ({@code new_user_max_sessions + 1} in the 90-day window,
     *     at least one) on distinct days drawn up to two days before the last one, each at an hour drawn from
     *     {@code hours} with a drawn length; the drawn recent sessions are not on the timeline.</li>
     * </ul>
     */
    public PlatformCourse course(long index, Traits t, ZoneId zone, LocalDate dob, List<String> states) {
        EngagementState target = states.isEmpty() ? null : EngagementState.of(states.size() == 1 ? states.get(0)
                : states.get(Rng.of(seed, index, "engagement-state").nextInt(states.size())));
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
        int days = target != null ? accountDays(rng, recent, adultDays, target)
                : recent || adultDays <= account.newDays()
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
        if (target != null) {
            return conditioned(target, index, zone, created, last, channel, optIn, onboarding, placed, sent,
                    repertoire, pc);
        }
        return new PlatformCourse(channel, optIn, onboarding, placed, sent);
    }

    /**
     * The account's age in days before the last local day for a customer in state {@code s}: the usual draw (a recent
     * account or an older one) within the ages the state allows; when the branch drawn has none, the other one.
     */
    private int accountDays(Rng rng, boolean recent, int adultDays, EngagementState s) {
        int inactive = scenarios.inactiveAfterDays();
        int lo = switch (s) {
            case INACTIVE -> inactive + 1;
            case NEW -> 1;
            case ACTIVE -> scenarios.newUserMaxSessions() + 3;
        };
        int hi = s == EngagementState.NEW ? Math.min(adultDays, inactive - 1) : adultDays;
        int[] young = {lo, Math.min(hi, account.newDays())};
        int[] old = {Math.max(lo, account.newDays() + 1), hi};
        int[] pick = recent || adultDays <= account.newDays() ? young : old;
        if (pick[0] > pick[1]) {
            pick = pick == young ? old : young;
        }
        if (pick[0] > pick[1]) {
            // CohortAllocation gives an engagement-conditioned member an adult year before the reference date
            throw new IllegalStateException("no account age for state " + s.id() + " within " + adultDays + " days");
        }
        return Draws.between(rng, pick[0], pick[1]);
    }

    /** The course conditioned on state {@code s} (see {@link #course(long, Traits, ZoneId, LocalDate, List)}). */
    private PlatformCourse conditioned(EngagementState s, long index, ZoneId zone, LocalDate created, LocalDate last,
            String channel, boolean optIn, Instant onboarding, List<Session> placed, List<Notification> sent,
            List<String> repertoire, PerCustomer pc) {
        int newMax = scenarios.newUserMaxSessions();
        LocalDate recentFrom = reference.minusDays(scenarios.inactiveAfterDays());
        Instant cut = switch (s) {
            case NEW -> placed.size() > newMax ? placed.get(newMax).start() : null;
            default -> recentFrom.atStartOfDay(zone).toInstant();
        };
        List<Session> out = new ArrayList<>();
        for (Session x : placed) {
            // the first session opened the account: it stays (an active account may be newer than the recent days)
            if (cut == null || x.start().isBefore(cut) || out.isEmpty()) {
                out.add(x);
            }
        }
        if (s == EngagementState.ACTIVE) {
            Instant windowStart = asOf.minus(Snapshots.WINDOW_DAYS, ChronoUnit.DAYS);
            int inWindow = 0;
            for (Session x : out) {
                inWindow += x.start().isBefore(windowStart) ? 0 : 1;
            }
            int needed = Math.max(1, newMax + 1 - inWindow);
            List<LocalDate> days = new ArrayList<>();
            LocalDate from = recentFrom.isAfter(created) ? recentFrom : created.plusDays(1);
            for (LocalDate d = from; !d.isAfter(last.minusDays(2)); d = d.plusDays(1)) {
                days.add(d);
            }
            Rng rng = Rng.of(seed, index, "engagement-sessions");
            List<LocalDate> chosen = new ArrayList<>(rng.sample(days, needed));
            chosen.sort(Comparator.naturalOrder());
            Instant previousEnd = out.get(out.size() - 1).end();
            for (LocalDate day : chosen) {
                Instant start = at(day, hour(rng), rng, zone);
                long seconds = pc.seconds(rng);
                if (start.isBefore(previousEnd.plusSeconds(sessions.gapSeconds().min()))) {
                    start = previousEnd.plusSeconds(Draws.between(rng, sessions.gapSeconds().min(),
                            sessions.gapSeconds().max()));
                }
                out.add(new Session(out.size() + 1, start, start.plusSeconds(seconds),
                        activities(start, seconds, repertoire, pc, rng)));
                previousEnd = start.plusSeconds(seconds);
            }
        }
        List<Notification> notes = new ArrayList<>(sent.size());
        for (Notification n : sent) {
            boolean unanswered = cut != null && n.outcome() == Notification.Outcome.OPENED
                    && !n.respondedAt().isBefore(cut);
            notes.add(unanswered ? new Notification(n.number(), n.sent(), n.channel(),
                    Notification.Outcome.DISMISSED, n.respondedAt()) : n);
        }
        return new PlatformCourse(channel, optIn, onboarding, out, notes);
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
