package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a cohort's scenario-type, life-event and engagement conditions ({@code cohorts[].where.scenario_types},
 * {@code life_events}, {@code engagement}; docs/cohorts.md, "Scenario types, life events and engagement"): ids the
 * configuration declares, and conditions a member can meet by construction. Called by {@link CohortValidator}.
 */
final class CohortJourneyValidator {

    /** Seconds in a day: the active construction's sessions must fit in one. */
    private static final long DAY_SECONDS = 86_400;
    /** The days of "the last 90 days" ({@code Snapshots.WINDOW_DAYS}). */
    private static final int WINDOW_DAYS = 90;

    private CohortJourneyValidator() {
    }

    static void validate(String base, CohortConfig.Where w, List<String> personas, GeneratorConfig config,
            ConfigParser.Locator at) {
        boolean lifeEventsOk = lifeEvents(base + ".life_events", w, personas, config, at);
        boolean engagementOk = engagement(base + ".engagement", w, config, at);
        if (!w.scenarioTypes().isEmpty() && lifeEventsOk && engagementOk) {
            scenarioTypes(base + ".scenario_types", w, config, at);
        }
    }

    private static void scenarioTypes(String prop, CohortConfig.Where w, GeneratorConfig config,
            ConfigParser.Locator at) {
        CohortJourneyCertainty certainty = new CohortJourneyCertainty(config, w);
        boolean known = true;
        for (int k = 0; k < w.scenarioTypes().size(); k++) {
            String id = w.scenarioTypes().get(k);
            String p = prop + "." + k;
            ScenarioConfig.ScenarioType t = id == null ? null : config.scenarios().types().get(id);
            known &= at.check(() -> {
                if (t == null) {
                    throw at.error(p, "unknown scenario type", id, "a scenarios.types id: " + String.join(", ",
                            config.scenarios().types().keySet()));
                }
                if (t.weight() == null || !(t.weight() > 0)) {
                    throw at.error(p, "has weight 0, so no customer gets it", id, "a scenario type with a weight "
                            + "above 0");
                }
                if (Boolean.FALSE.equals(certainty.eval(t.eligible()))) {
                    throw at.error(p, "no member of the cohort can be eligible for it", id,
                            "a scenario type whose eligibility the cohort's other conditions allow");
                }
            });
        }
        if (!known) {
            return;
        }
        List<String> certain = certainty.certainTypes();
        if (w.scenarioTypes().stream().noneMatch(certain::contains)) {
            at.check(() -> {
                throw at.error(prop, "none of these types is certain for every member, so a member might be "
                        + "eligible for none", String.join(", ", w.scenarioTypes()),
                        certain.isEmpty() ? "a condition that makes one eligible for every member (e.g. engagement: "
                                + "[inactive], life_events, risk_levels or personas its rule names)"
                                : "one of the types the cohort's other conditions make eligible: "
                                        + String.join(", ", certain));
            });
        }
    }

    private static boolean lifeEvents(String prop, CohortConfig.Where w, List<String> personas,
            GeneratorConfig config, ConfigParser.Locator at) {
        boolean ok = true;
        List<String> genders = w.gender().isEmpty() ? DemographicsConfig.GENDERS : w.gender();
        for (int k = 0; k < w.lifeEvents().size(); k++) {
            CohortConfig.LifeEventWithin e = w.lifeEvents().get(k);
            String p = prop + "." + k;
            ok &= at.check(() -> {
                if (e == null || e.type() == null) {
                    throw at.error(p + ".type", "is required", null, "a life_events.types id");
                }
                LifeEventsConfig.Type t = config.lifeEvents().type(e.type());
                if (t == null) {
                    throw at.error(p + ".type", "unknown life event type", e.type(), "a life_events.types id: "
                            + String.join(", ", config.lifeEvents().ids()));
                }
                if (e.withinDays() == null || e.withinDays() < 1) {
                    throw at.error(p + ".within_days", "out of range", String.valueOf(e.withinDays()), "1 or more");
                }
                if (!t.drawn() && t.atAge() == null) {
                    throw at.error(p + ".type", "is derived from the social frame (derived.from "
                            + (t.derived() == null ? "?" : t.derived().from()) + "), which a cohort condition does "
                            + "not place", e.type(), "a drawn type (rates) or a birthday type (at_age)");
                }
                sexes(p, e.type(), t, genders, at);
                for (LifeEventsConfig.Type x = t; x.after() != null; ) {
                    LifeEventsConfig.Type prior = config.lifeEvents().type(x.after());
                    if (prior == null || !prior.drawn()) {
                        throw at.error(p + ".type", "follows '" + x.after() + "' (after), which is not drawn at "
                                + "rates, so a cohort condition cannot place it before", e.type(),
                                "a type whose prerequisites are drawn types");
                    }
                    sexes(p, e.type() + " (after " + prior.id() + ")", prior, genders, at);
                    x = prior;
                }
                if (t.atAge() != null && t.atAge() == config.timeline().account().minAge() && e.withinDays() < 2) {
                    throw at.error(p + ".within_days", "is too short for a birthday at the youngest account age "
                            + "(reached at least two days before the reference date)", String.valueOf(e.withinDays()),
                            "2 or more");
                }
                if (t.drawn() && t.personas() != null && !personas.isEmpty()
                        && personas.stream().allMatch(id -> t.personas().getOrDefault(id, 1.0) <= 0)) {
                    throw at.error(p + ".type", "has rate 0 for every persona the cohort allows", e.type(),
                            "a type some persona of the cohort can have");
                }
            });
        }
        return ok;
    }

    /** Refuses a type (or a prerequisite) that a gender the cohort allows cannot have. */
    private static void sexes(String p, String value, LifeEventsConfig.Type t, List<String> genders,
            ConfigParser.Locator at) {
        List<String> outside = new ArrayList<>();
        for (String g : genders) {
            if (!t.admits(g)) {
                outside.add(g);
            }
        }
        if (!outside.isEmpty()) {
            throw at.error(p + ".type", "is had only by " + String.join(", ", t.sex()) + ", and the cohort allows "
                    + String.join(", ", outside), value, "gender: a subset of " + String.join(", ", t.sex()));
        }
    }

    private static boolean engagement(String prop, CohortConfig.Where w, GeneratorConfig config,
            ConfigParser.Locator at) {
        boolean ok = true;
        for (int k = 0; k < w.engagement().size(); k++) {
            String id = w.engagement().get(k);
            String p = prop + "." + k;
            ok &= at.check(() -> {
                if (EngagementState.of(id) == null) {
                    throw at.error(p, "unknown engagement state", id, String.join(", ", EngagementState.ids()));
                }
            });
        }
        if (!ok || w.engagement().isEmpty()) {
            return ok;
        }
        ScenarioConfig s = config.scenarios();
        int inactive = s.inactiveAfterDays();
        int newMax = s.newUserMaxSessions();
        TimelineConfig.Account account = config.timeline().account();
        return at.check(() -> {
            if (inactive + 2 > WINDOW_DAYS) {
                throw at.error(prop, "needs scenarios.inactive_after_days at most " + (WINDOW_DAYS - 2) + " (a recent "
                        + "session within the 90-day window)", String.valueOf(inactive), "at most " + (WINDOW_DAYS - 2));
            }
            if (w.engagement().contains("inactive") && inactive + 1 > account.maxDays()) {
                throw at.error(prop, "inactive needs an account older than scenarios.inactive_after_days, but "
                        + "timeline.account.max_days is " + account.maxDays(), String.valueOf(inactive),
                        "inactive_after_days below timeline.account.max_days");
            }
            if (w.engagement().contains("new") && (newMax < 1 || inactive < 2)) {
                throw at.error(prop, "new needs scenarios.new_user_max_sessions of 1 or more and "
                        + "inactive_after_days of 2 or more", newMax + ", " + inactive, "1 or more, 2 or more");
            }
            if (w.engagement().contains("active")) {
                TimelineConfig.Sessions ses = config.timeline().sessions();
                long longest = Math.round(ses.minutes().max() * 60) + ses.gapSeconds().max();
                if (inactive < newMax + 3 || (newMax + 1L) * longest >= DAY_SECONDS
                        || newMax + 3 > account.maxDays()) {
                    throw at.error(prop, "active needs new_user_max_sessions + 1 sessions on separate days of the "
                            + "last inactive_after_days days, each day's ending within it", newMax + ", " + inactive,
                            "inactive_after_days of at least new_user_max_sessions + 3, and that many sessions of "
                                    + "timeline.sessions.minutes.max within a day");
                }
            }
        });
    }
}
