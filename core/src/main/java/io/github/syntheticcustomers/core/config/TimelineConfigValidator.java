package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.range;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import io.github.syntheticcustomers.core.timeline.EventKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the {@code timeline} section; each independent part reports its own error, so all errors of a file come
 * together.
 */
final class TimelineConfigValidator {

    /** The preferred channels a profile can have: the notification channels map each of them. */
    static final List<String> PREFERRED_CHANNELS = List.of("app", "email", "sms", "web");
    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** The sexes a screening programme can be limited to (the profile's genders that state one). */
    static final List<String> SEXES = List.of(EpidemiologyConfig.GENDER_FEMALE, EpidemiologyConfig.GENDER_MALE);
    private static final double MAX_RATE = 100;
    private static final int MAX_DAYS = 36_500;
    /**
     * The youngest account holder: 18. The person model describes adults (education finished, occupation, income,
     * household, diagnoses of adult life from the published tables of adults), so a younger customer would contradict
     * her own record; a product for older customers raises it.
     */
    static final int MIN_ACCOUNT_AGE = 18;

    private TimelineConfigValidator() {
    }

    static void validate(TimelineConfig t, ConfigParser.Locator at) {
        at.check(() -> required(t, "timeline", "account, sessions, notifications, screening, journey, event_types",
                at));
        if (t == null) {
            return;
        }
        at.check(() -> account(required(t.account(), "timeline.account", "new_share, new_days, max_days, min_age", at), at));
        at.check(() -> sessions(required(t.sessions(), "timeline.sessions", "rate, sustained, decay_days, "
                + "lifetime_days, weekday, hours, minutes, content_views, feature_uses, features, onboarding, "
                + "gap_seconds", at), at));
        at.check(() -> notifications(required(t.notifications(), "timeline.notifications", "opt_in, every_days, "
                + "send_hour, channels, open, engagement, open_delay_minutes, dismiss_share", at), at));
        at.check(() -> screening(required(t.screening(), "timeline.screening", "history, history_years, adherence, "
                + "barrier_penalty, on_time, last_days_ago_min, overdue_days, gap_extra_days, share_days, cadences, "
                + "no_show, booked_days_before, visit_hour, undiagnosed_last_visit_days, programmes", at), at));
        at.check(() -> journey(required(t.journey(), "timeline.journey", "gap_seconds, new_session_per_phase, "
                + "default_minutes, sigma, quicker_share, quicker, partial, abandoned, skipped_seconds", at), at));
        at.check(() -> eventTypes(t.eventTypes(), at));
    }

    private static void account(TimelineConfig.Account a, ConfigParser.Locator at) {
        share("timeline.account.new_share", a.newShare(), at);
        whole("timeline.account.new_days", a.newDays(), 1, MAX_DAYS, at);
        whole("timeline.account.max_days", a.maxDays(), 1, MAX_DAYS, at);
        whole("timeline.account.min_age", a.minAge(), MIN_ACCOUNT_AGE, ConfigValidator.MAX_AGE, at);
        if (a.maxDays() <= a.newDays()) {
            throw at.error("timeline.account.max_days", "is not greater than new_days", a.maxDays().toString(),
                    "more than " + a.newDays());
        }
    }

    private static void sessions(TimelineConfig.Sessions s, ConfigParser.Locator at) {
        String p = "timeline.sessions";
        linear(p + ".rate", s.rate(), at);
        linear(p + ".sustained", s.sustained(), at);
        decimal(p + ".decay_days", s.decayDays(), 0.001, MAX_DAYS, at);
        linear(p + ".lifetime_days", s.lifetimeDays(), at);
        Map<String, Double> weekday = required(s.weekday(), p + ".weekday", "a weight for each of "
                + String.join(", ", WEEKDAYS), at);
        for (String day : WEEKDAYS) {
            decimal(p + ".weekday." + day, weekday.get(day), 0, MAX_RATE, at);
        }
        for (String key : weekday.keySet()) {
            if (!WEEKDAYS.contains(key)) {
                throw at.error(p + ".weekday." + key, "is not a weekday", key, String.join(", ", WEEKDAYS));
            }
        }
        List<Double> hours = required(s.hours(), p + ".hours", "24 weights, local hours 0-23", at);
        if (hours.size() != 24) {
            throw at.error(p + ".hours", "does not have 24 weights", Integer.toString(hours.size()),
                    "24 weights, local hours 0-23");
        }
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            decimal(p + ".hours[" + h + "]", hours.get(h), 0, MAX_RATE, at);
            sum += hours.get(h);
        }
        if (!(sum > 0)) {
            throw at.error(p + ".hours", "has no positive weight", "0", "at least one weight above 0");
        }
        TimelineConfig.LogNormal m = required(s.minutes(), p + ".minutes", "median, sigma, min, max", at);
        linear(p + ".minutes.median", m.median(), at);
        decimal(p + ".minutes.sigma", m.sigma(), 0, 5, at);
        decimal(p + ".minutes.min", m.min(), 0.05, 1440, at);
        decimal(p + ".minutes.max", m.max(), 0.05, 1440, at);
        if (m.min() > m.max()) {
            throw at.error(p + ".minutes", "min is greater than max", m.min() + " > " + m.max(), "min <= max");
        }
        linear(p + ".content_views", s.contentViews(), at);
        linear(p + ".feature_uses", s.featureUses(), at);
        linear(p + ".features", s.features(), at);
        linear(p + ".onboarding", s.onboarding(), at);
        range(p + ".gap_seconds", s.gapSeconds(), 1, 86_400, at);
    }

    private static void notifications(TimelineConfig.Notifications n, ConfigParser.Locator at) {
        String p = "timeline.notifications";
        linear(p + ".opt_in", n.optIn(), at);
        range(p + ".every_days", n.everyDays(), 1, 365, at);
        range(p + ".send_hour", n.sendHour(), 0, 23, at);
        Map<String, String> channels = required(n.channels(), p + ".channels",
                "the notification channel of each preferred channel (" + String.join(", ", PREFERRED_CHANNELS) + ")",
                at);
        Map<String, Double> open = required(n.open(), p + ".open", "an open probability per notification channel",
                at);
        for (String preferred : PREFERRED_CHANNELS) {
            String channel = required(channels.get(preferred), p + ".channels." + preferred,
                    "a notification channel with an open probability in " + p + ".open", at);
            if (!open.containsKey(channel)) {
                throw at.error(p + ".channels." + preferred, "names a channel without an open probability", channel,
                        "one of " + String.join(", ", open.keySet()));
            }
        }
        for (Map.Entry<String, Double> e : open.entrySet()) {
            share(p + ".open." + e.getKey(), e.getValue(), at);
        }
        linear(p + ".engagement", n.engagement(), at);
        range(p + ".open_delay_minutes", n.openDelayMinutes(), 0, 10_080, at);
        share(p + ".dismiss_share", n.dismissShare(), at);
    }

    private static void screening(TimelineConfig.Screening s, ConfigParser.Locator at) {
        String p = "timeline.screening";
        linear(p + ".history", s.history(), at);
        whole(p + ".history_years", s.historyYears(), 1, 100, at);
        linear(p + ".adherence", s.adherence(), at);
        decimal(p + ".barrier_penalty", s.barrierPenalty(), 0, 1, at);
        linear(p + ".on_time", s.onTime(), at);
        whole(p + ".last_days_ago_min", s.lastDaysAgoMin(), 1, 365, at);
        range(p + ".overdue_days", s.overdueDays(), 1, MAX_DAYS, at);
        range(p + ".gap_extra_days", s.gapExtraDays(), 0, MAX_DAYS, at);
        whole(p + ".share_days", s.shareDays(), 0, 365, at);
        Map<String, TimelineConfig.Cadence> cadences = required(s.cadences(), p + ".cadences",
                "frequencies by id, each with max_interval_years (the last may leave it out: any interval)", at);
        if (cadences.isEmpty()) {
            throw at.error(p + ".cadences", "is empty", "{}", "at least one cadence");
        }
        for (Map.Entry<String, TimelineConfig.Cadence> e : cadences.entrySet()) {
            String c = p + ".cadences." + e.getKey();
            ConfigValidator.requireId(c, e.getKey(), at);
            TimelineConfig.Cadence cadence = required(e.getValue(), c, "{ max_interval_years: <years> } or {}", at);
            if (cadence.maxIntervalYears() != null) {
                whole(c + ".max_interval_years", cadence.maxIntervalYears(), 1, 100, at);
            }
        }
        linear(p + ".no_show", s.noShow(), at);
        range(p + ".booked_days_before", s.bookedDaysBefore(), 0, 365, at);
        range(p + ".visit_hour", s.visitHour(), 0, 23, at);
        range(p + ".undiagnosed_last_visit_days", s.undiagnosedLastVisitDays(), 1, MAX_DAYS, at);
        Map<String, ScreeningProgramme> programmes = required(s.programmes(), p + ".programmes",
                "screening programmes by id, each with label, source, measures, uptake and schedules", at);
        for (Map.Entry<String, ScreeningProgramme> e : programmes.entrySet()) {
            at.check(() -> programme(p + ".programmes." + e.getKey(), e.getKey(), e.getValue(), at));
        }
    }

    private static void programme(String p, String id, ScreeningProgramme g, ConfigParser.Locator at) {
        ConfigValidator.requireId(p, id, at);
        required(g, p, "label, source, measures, uptake, schedules", at);
        required(g.label(), p + ".label", "a readable name", at);
        required(g.source(), p + ".source", "the recommendation it transcribes, with its year", at);
        required(g.measures(), p + ".measures", "a list of measurement codes (may be empty)", at);
        share(p + ".uptake", g.uptake(), at);
        if (g.sexes() != null) {
            for (int i = 0; i < g.sexes().size(); i++) {
                String sex = g.sexes().get(i);
                if (!SEXES.contains(sex)) {
                    throw at.error(p + ".sexes[" + i + "]", "is not a sex", sex, String.join(", ", SEXES));
                }
            }
        }
        List<ScreeningProgramme.Schedule> schedules = required(g.schedules(), p + ".schedules",
                "a list of { ages, factors?, interval_years | tests }", at);
        if (schedules.isEmpty()) {
            throw at.error(p + ".schedules", "is empty", "[]", "at least one schedule");
        }
        for (int i = 0; i < schedules.size(); i++) {
            String q = p + ".schedules[" + i + "]";
            ScreeningProgramme.Schedule sc = required(schedules.get(i), q, "{ ages, factors?, interval_years | tests }",
                    at);
            range(q + ".ages", sc.ages(), 0, 130, at);
            if ((sc.intervalYears() == null) == (sc.tests() == null)) {
                throw at.error(q, "needs exactly one of interval_years and tests",
                        sc.intervalYears() == null ? "neither" : "both", "interval_years: <years> or tests: { ... }");
            }
            if (sc.intervalYears() != null) {
                whole(q + ".interval_years", sc.intervalYears(), 1, 100, at);
            } else {
                if (sc.tests().isEmpty()) {
                    throw at.error(q + ".tests", "is empty", "{}", "at least one test");
                }
                double sum = 0;
                for (Map.Entry<String, ScreeningProgramme.Test> t : sc.tests().entrySet()) {
                    String r = q + ".tests." + t.getKey();
                    ConfigValidator.requireId(r, t.getKey(), at);
                    ScreeningProgramme.Test test = required(t.getValue(), r, "{ interval_years, weight }", at);
                    whole(r + ".interval_years", test.intervalYears(), 1, 100, at);
                    decimal(r + ".weight", test.weight(), 0, 1e6, at);
                    sum += test.weight();
                }
                if (!(sum > 0)) {
                    throw at.error(q + ".tests", "has no positive weight", "0", "at least one weight above 0");
                }
            }
        }
    }

    private static void journey(TimelineConfig.Journey j, ConfigParser.Locator at) {
        String p = "timeline.journey";
        range(p + ".gap_seconds", j.gapSeconds(), 0, 3600, at);
        required(j.newSessionPerPhase(), p + ".new_session_per_phase", "true or false", at);
        whole(p + ".default_minutes", j.defaultMinutes(), 1, 600, at);
        decimal(p + ".sigma", j.sigma(), 0, 3, at);
        share(p + ".quicker_share", j.quickerShare(), at);
        fraction(p + ".quicker", j.quicker(), at);
        fraction(p + ".partial", j.partial(), at);
        fraction(p + ".abandoned", j.abandoned(), at);
        range(p + ".skipped_seconds", j.skippedSeconds(), 1, 3600, at);
    }

    private static void eventTypes(Map<String, String> types, ConfigParser.Locator at) {
        String kinds = Arrays.stream(EventKind.values()).map(EventKind::id).collect(Collectors.joining(", "));
        required(types, "timeline.event_types", "the type of each event kind: " + kinds, at);
        for (Map.Entry<String, String> e : types.entrySet()) {
            if (Arrays.stream(EventKind.values()).noneMatch(k -> k.id().equals(e.getKey()))) {
                throw at.error("timeline.event_types." + e.getKey(), "is not an event kind", e.getKey(), kinds);
            }
            if (e.getValue() != null && !ConfigValidator.ID.matcher(e.getValue()).matches()) {
                throw at.error("timeline.event_types." + e.getKey(), "is not an identifier", e.getValue(),
                        "lower-case letters, digits and _, starting with a letter, at most 64; or null to leave the "
                                + "kind out");
            }
        }
    }

    private static void linear(String prop, TimelineConfig.Linear l, ConfigParser.Locator at) {
        required(l, prop, "{ base: <number>, traits: { <trait>: <weight> } }", at);
        if (l.base() != null) {
            decimal(prop + ".base", l.base(), -1e6, 1e6, at);
        }
        if (l.traits() != null) {
            for (Map.Entry<String, Double> e : l.traits().entrySet()) {
                if (!Traits.NAMES.contains(e.getKey())) {
                    throw at.error(prop + ".traits." + e.getKey(), "is not a trait", e.getKey(),
                            String.join(", ", Traits.NAMES));
                }
                decimal(prop + ".traits." + e.getKey(), e.getValue(), -1e6, 1e6, at);
            }
        }
    }

    private static void fraction(String prop, TimelineConfig.Fraction f, ConfigParser.Locator at) {
        required(f, prop, "{ min: <0-1>, max: <0-1> }", at);
        share(prop + ".min", f.min(), at);
        share(prop + ".max", f.max(), at);
        if (f.min() > f.max()) {
            throw at.error(prop, "min is greater than max", f.min() + " > " + f.max(), "min <= max");
        }
    }

    private static void share(String prop, Double v, ConfigParser.Locator at) {
        decimal(prop, v, 0, 1, at);
    }

    private static void decimal(String prop, Double v, double min, double max, ConfigParser.Locator at) {
        required(v, prop, "a number " + min + "–" + max, at);
        number(prop, v, min, max, "a number " + min + "–" + max, at);
    }

    private static void whole(String prop, Integer v, int min, int max, ConfigParser.Locator at) {
        required(v, prop, "a whole number " + min + "–" + max, at);
        number(prop, v, min, max, "a whole number " + min + "–" + max, at);
    }
}
