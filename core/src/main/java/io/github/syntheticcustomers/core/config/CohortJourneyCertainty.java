package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a cohort's condition makes of an eligibility rule ({@link ScenarioConfig.Eligibility}) for every member, reasoned
 * from the condition alone: {@code TRUE} when the rule holds for every member the condition admits, {@code FALSE} when
 * it holds for none, null when the member's own draws decide. Sound, not complete: a form it cannot reason about
 * (a measurement, a barrier, the screening history) is null. A cohort that names scenario types needs one of them to
 * be {@code TRUE}, so each member's scenario type is drawn among its eligible named types and that set is never empty
 * (docs/cohorts.md, "Scenario types, life events and engagement").
 *
 * <p>What the condition tells: the personas, the age range, the genders, the risk levels ({@code risk_above_lowest}),
 * the life events placed within their days ({@code life_event}, {@code recent_life_event}) and the engagement states
 * with the account ages their construction gives (PlatformModel: an inactive member's account is older than
 * {@code inactive_after_days}, a new one's at most that old, an active one's at least {@code new_user_max_sessions + 3}
 * days old).
 */
final class CohortJourneyCertainty {

    private final GeneratorConfig config;
    private final CohortConfig.Where where;
    private final Set<EngagementState> states = new LinkedHashSet<>();

    CohortJourneyCertainty(GeneratorConfig config, CohortConfig.Where where) {
        this.config = config;
        this.where = where;
        for (String id : where.engagement()) {
            EngagementState s = EngagementState.of(id);
            if (s != null) {
                states.add(s);
            }
        }
    }

    /** The ids of the scenario types with a weight that every member is eligible for, in configuration order. */
    List<String> certainTypes() {
        List<String> out = new ArrayList<>();
        config.scenarios().types().forEach((id, t) -> {
            if (t != null && t.weight() != null && t.weight() > 0 && Boolean.TRUE.equals(eval(t.eligible()))) {
                out.add(id);
            }
        });
        return out;
    }

    /** TRUE: the rule holds for every member; FALSE: for none; null: undecided. */
    Boolean eval(ScenarioConfig.Eligibility rule) {
        if (rule == null) {
            return null;
        }
        if (rule.is() != null) {
            return condition(rule.is());
        }
        if (rule.lifeEvent() != null) {
            boolean one = rule.count() == null || (rule.count().atLeast() == null || rule.count().atLeast() <= 1)
                    && rule.count().atMost() == null;
            for (CohortConfig.LifeEventWithin e : where.lifeEvents()) {
                if (one && rule.lifeEvent().equals(e.type()) && e.withinDays() != null
                        && (rule.withinDays() == null || e.withinDays() <= rule.withinDays())) {
                    return true;
                }
            }
            return null;
        }
        if (rule.persona() != null) {
            List<String> personas = personas();
            if (personas.stream().allMatch(rule.persona()::contains)) {
                return true;
            }
            return personas.stream().noneMatch(rule.persona()::contains) ? false : null;
        }
        if (rule.field() != null && "gender".equals(rule.field().of()) && !where.gender().isEmpty()) {
            if (rule.field().in().containsAll(where.gender())) {
                return true;
            }
            return where.gender().stream().noneMatch(rule.field().in()::contains) ? false : null;
        }
        if (rule.number() != null && "age".equals(rule.number().of())) {
            long lo = where.age() == null || where.age().from() == null ? 0 : where.age().from();
            long hi = where.age() == null || where.age().to() == null ? ConfigValidator.MAX_AGE : where.age().to();
            return within(lo, hi, rule.number().atLeast(), rule.number().atMost());
        }
        if (rule.accountAgeDays() != null && !states.isEmpty()) {
            Boolean all = null;
            boolean first = true;
            for (EngagementState s : states) {
                long[] r = accountAges(s);
                Integer least = rule.accountAgeDays().atLeast();
                Integer most = rule.accountAgeDays().atMost();
                Boolean b = within(r[0], r[1], least == null ? null : least.doubleValue(),
                        most == null ? null : most.doubleValue());
                all = first ? b : Boolean.TRUE.equals(all) && Boolean.TRUE.equals(b) ? Boolean.TRUE
                        : Boolean.FALSE.equals(all) && Boolean.FALSE.equals(b) ? Boolean.FALSE : null;
                first = false;
            }
            return all;
        }
        if (rule.all() != null) {
            boolean allTrue = true;
            for (ScenarioConfig.Eligibility part : rule.all()) {
                Boolean b = eval(part);
                if (Boolean.FALSE.equals(b)) {
                    return false;
                }
                allTrue &= Boolean.TRUE.equals(b);
            }
            return allTrue ? true : null;
        }
        if (rule.any() != null) {
            boolean allFalse = true;
            for (ScenarioConfig.Eligibility part : rule.any()) {
                Boolean b = eval(part);
                if (Boolean.TRUE.equals(b)) {
                    return true;
                }
                allFalse &= Boolean.FALSE.equals(b);
            }
            return allFalse ? false : null;
        }
        if (rule.not() != null) {
            Boolean b = eval(rule.not());
            return b == null ? null : !b;
        }
        return null;
    }

    private Boolean condition(String is) {
        ScenarioConfig s = config.scenarios();
        switch (is) {
            case "inactive":
                return states.isEmpty() ? null : all(st -> st == EngagementState.INACTIVE);
            case "new_to_platform":
                // an inactive member's sessions in the last 90 days are not set by the state
                return states.isEmpty() ? null : states.stream().allMatch(st -> st == EngagementState.NEW) ? Boolean.TRUE
                        : states.stream().allMatch(st -> st == EngagementState.ACTIVE) ? Boolean.FALSE : null;
            case "recent_life_event":
                for (CohortConfig.LifeEventWithin e : where.lifeEvents()) {
                    if (e.withinDays() != null && e.withinDays() <= s.recentLifeEventDays()) {
                        return true;
                    }
                }
                return null;
            case "risk_above_lowest": {
                String lowest = config.riskLevelIds().get(0);
                if (where.riskLevels().isEmpty()) {
                    return null;
                }
                if (!where.riskLevels().contains(lowest)) {
                    return true;
                }
                return where.riskLevels().stream().allMatch(lowest::equals) ? false : null;
            }
            case "account_opening_day":
                return false; // never outside a journey step
            default:
                return null;
        }
    }

    private Boolean all(java.util.function.Predicate<EngagementState> p) {
        if (states.stream().allMatch(p)) {
            return true;
        }
        return states.stream().noneMatch(p) ? false : null;
    }

    /** The account ages in days (on the reference date) a member in state {@code s} can have. */
    private long[] accountAges(EngagementState s) {
        ScenarioConfig sc = config.scenarios();
        long max = (long) config.timeline().account().maxDays() + 1;
        return switch (s) {
            case INACTIVE -> new long[] {sc.inactiveAfterDays() + 1L, max};
            case NEW -> new long[] {1, sc.inactiveAfterDays()};
            case ACTIVE -> new long[] {sc.newUserMaxSessions() + 3L, max};
        };
    }

    /** Whether every value in {@code lo … hi} lies within the bounds (TRUE), none does (FALSE), or some do (null). */
    private static Boolean within(long lo, long hi, Double least, Double most) {
        double l = least == null ? Double.NEGATIVE_INFINITY : least;
        double m = most == null ? Double.POSITIVE_INFINITY : most;
        if (lo >= l && hi <= m) {
            return true;
        }
        return hi < l || lo > m ? false : null;
    }

    /** The personas a member may have: the condition's, or every persona with customers. */
    private List<String> personas() {
        if (!where.personas().isEmpty()) {
            return where.personas();
        }
        List<String> out = new ArrayList<>();
        config.personas().forEach((id, p) -> {
            if (p.share() != null && p.share() > 0) {
                out.add(id);
            }
        });
        return out;
    }
}
