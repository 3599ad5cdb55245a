package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.MeasurementRanges;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.DemographicsConfig;
import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The boundary cases of a configuration (docs/boundary-cases.md): customers at and one step beside every threshold the
 * configuration states, and identity edge cases, each with a stable id and what it tests. Derived from the
 * configuration alone, in a fixed order (decade edges, persona age ranges, risk-level floors, measurement cut-offs,
 * scenario limits, identity edges), so a product with its own decades, floors or personas gets its own cases and no
 * id is listed in Java.
 *
 * <p>A case is derived only where the configuration lets a customer be there: an age some persona has and a decade
 * holds; a risk score that some set of factors makes with the age points and any number of social barriers
 * ({@link ExactScore#reachable}). The others are left out and listed by {@link #unconstructible} with the reason.
 */
public final class BoundaryCases {

    /** Why a case could not be derived. */
    public record Skipped(String id, String reason) {
    }

    private final GeneratorConfig config;
    private final List<BoundaryCase> cases = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private BoundaryCases(GeneratorConfig config) {
        this.config = config;
        decades();
        personaAges();
        riskFloors();
        measurementCuts();
        scenarioLimits();
        identities();
    }

    /** The configuration's boundary cases, in a fixed order. */
    public static List<BoundaryCase> derive(GeneratorConfig config) {
        return List.copyOf(new BoundaryCases(config).cases);
    }

    /** The thresholds of the configuration no customer can sit at, with the reason. */
    public static List<Skipped> unconstructible(GeneratorConfig config) {
        return List.copyOf(new BoundaryCases(config).skipped);
    }

    // ---- age decades ----

    private void decades() {
        int[] starts = config.decadeStarts();
        for (int j = 0; j < starts.length; j++) {
            int d = starts[j];
            aged("age_decade_" + d + "_at", "age decade " + d + " (age_decades." + d + "): its first age, " + d, d);
            if (decadeOf(d - 1) >= 0) {
                aged("age_decade_" + d + "_below", "one year below age decade " + d + " (age_decades." + d
                        + "): age " + (d - 1) + ", in decade " + starts[decadeOf(d - 1)], d - 1);
            }
            if (j == starts.length - 1) {
                aged("age_decade_" + d + "_top", "the last age decade's oldest age (age_decades." + d + "): "
                        + (d + 9), d + 9);
            }
        }
    }

    /** A case of age {@code age} in the first persona (configuration order) that has it. */
    private void aged(String id, String tests, int age) {
        String persona = personaOf(age);
        if (persona == null) {
            skipped.add(new Skipped(id, "no persona is aged " + age));
            return;
        }
        cases.add(new BoundaryCase(id, tests, persona, age, null, null, null, null, null, null, null));
    }

    // ---- persona age ranges ----

    private void personaAges() {
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            String id = e.getKey();
            PersonaConfig p = e.getValue();
            if (p.share() == null || p.share() <= 0) {
                continue;
            }
            for (boolean min : new boolean[] {true, false}) {
                int age = min ? p.age().min() : p.age().max();
                String caseId = "persona_" + id + "_age_" + (min ? "min" : "max");
                if (decadeOf(age) < 0) {
                    skipped.add(new Skipped(caseId, "age " + age + " lies in no age decade"));
                    continue;
                }
                cases.add(new BoundaryCase(caseId, "persona " + id + "'s " + (min ? "youngest" : "oldest") + " age ("
                        + "personas." + id + ".age." + (min ? "min" : "max") + "): " + age, id, age, null, null, null,
                        null, null, null, null));
            }
        }
    }

    // ---- risk-level floors ----

    private void riskFloors() {
        List<String> levels = config.riskLevelIds();
        for (int k = 1; k < levels.size(); k++) {
            int floor = floor(k, levels.size());
            String level = levels.get(k);
            String below = levels.get(k - 1);
            scored("risk_floor_" + level + "_at", "risk level " + level + "'s floor (risk.level_floors." + level
                    + "): score " + floor + ", level " + level, floor, k);
            scored("risk_floor_" + level + "_below", "one point below risk level " + level + "'s floor (risk."
                    + "level_floors." + level + " " + floor + "): score " + (floor - 1) + ", level " + below,
                    floor - 1, k - 1);
        }
    }

    /** The lowest score of level {@code k}: its configured floor, else the equal bands' (as RiskModel). */
    private int floor(int k, int levels) {
        Map<String, Integer> floors = config.risk().levelFloors();
        return floors != null ? floors.get(config.riskLevelIds().get(k)) : (int) Math.round(100.0 * k / levels);
    }

    /**
     * A case of exact score {@code score} at level {@code level}: the first persona and age (configuration order,
     * youngest first) where factors make the score with the age points and any number of social barriers.
     */
    private void scored(String id, String tests, int score, int level) {
        RiskConfig risk = config.risk();
        int barriers = SocialDeterminants.NO_BARRIER.size();
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p.share() == null || p.share() <= 0) {
                continue;
            }
            for (int age = p.age().min(); age <= p.age().max(); age++) {
                if (decadeOf(age) < 0) {
                    continue;
                }
                boolean all = true;
                for (int b = 0; b <= barriers && all; b++) {
                    int fixed = risk.agePointsAt(age) + Math.min(risk.socialBarrierPoints().atMost(),
                            risk.socialBarrierPoints().each() * b);
                    all = ExactScore.reachable(risk, score - fixed);
                }
                if (all) {
                    cases.add(new BoundaryCase(id, tests, e.getKey(), age, null, config.riskLevelIds().get(level),
                            score, null, null, null, null));
                    return;
                }
            }
        }
        skipped.add(new Skipped(id, "no persona's age lets risk factors make a score of exactly " + score
                + " with its age points and every number of social barriers"));
    }

    // ---- measurement cut-offs ----

    /**
     * Each measurement cut-off at its value and one rounding step below (the latest value exactly there), for the
     * first persona (configuration order) and her oldest age at which a screening programme measures the value, given
     * the factors the value itself implies ({@link MeasurementRanges#measurable}); a cut no persona's age reaches is
     * listed as unconstructible. The value is met by the measurement condition ({@code where.measurements} with a range
     * of one value, docs/cohorts.md "Measurements and attributes"), at the lowest risk level with room for the
     * value's factor points, every age point and every social-barrier point.
     */
    private void measurementCuts() {
        MeasurementsConfig m = config.measurements();
        List<MeasurementsConfig.Value> values = new ArrayList<>();
        if (m.bmi() != null) {
            values.add(m.bmi());
        }
        values.addAll(m.values());
        for (MeasurementsConfig.Value v : values) {
            int decimals = v.decimals() == null ? 0 : v.decimals();
            for (MeasurementsConfig.Cut cut : v.cuts() == null ? List.<MeasurementsConfig.Cut>of() : v.cuts()) {
                BigDecimal at = BigDecimal.valueOf(cut.at()).setScale(decimals, RoundingMode.HALF_UP);
                BigDecimal below = at.subtract(BigDecimal.ONE.movePointLeft(decimals));
                String name = v.code() + "_" + at.toPlainString().replace('.', '_');
                measured(name + "_at", v.code() + " at the " + cut.factor() + " cut-off (" + v.code() + " cuts: "
                        + at.toPlainString() + " " + v.unit() + "): latest value " + at.toPlainString(), v.code(), at);
                measured(name + "_below", v.code() + " one step (" + decimals + " decimals) below the " + cut.factor()
                        + " cut-off " + at.toPlainString() + ": latest value " + below.toPlainString(), v.code(),
                        below);
            }
        }
    }

    /**
     * A case whose latest {@code code} is exactly {@code value}, or a skipped one when no persona's age can have it.
     * When no programme measures the value without a risk factor its schedule names (HbA1c below 5.7 is measured for
     * the overweight or obese from 35), the case also has the first such factor the value does not decide.
     */
    private void measured(String id, String tests, String code, BigDecimal value) {
        double x = value.doubleValue();
        List<List<String>> factorSets = new ArrayList<>();
        factorSets.add(List.of());
        for (String f : scheduleFactors(code)) {
            factorSets.add(List.of(f));
        }
        for (List<String> factors : factorSets) {
            CohortConfig.Where where = measuredAt(code, x, factors);
            List<String> certain = new ArrayList<>(MeasurementRanges.forcedPresent(config, where));
            if (!factors.isEmpty() && (MeasurementRanges.states(config, where, code).contains(factors.get(0))
                    || certain.contains(factors.get(0)) || excludedByValue(factors.get(0), code))) {
                continue;
            }
            certain.addAll(factors);
            int extra = MeasurementRanges.extraPoints(config, where) + points(factors);
            for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
                PersonaConfig p = e.getValue();
                if (p.share() == null || p.share() <= 0) {
                    continue;
                }
                List<String> genders = new ArrayList<>();
                DemographicsConfig.genderShares(config, p).forEach((g, share) -> {
                    if (share != null && share > 0) {
                        genders.add(g);
                    }
                });
                for (int age = p.age().max(); age >= p.age().min(); age--) {
                    String level = levelWithRoom(extra, age);
                    if (decadeOf(age) >= 0 && level != null
                            && MeasurementRanges.measurable(config, code, age, genders, certain)) {
                        cases.add(new BoundaryCase(id, tests + (factors.isEmpty() ? "" : " (with " + factors.get(0)
                                + ", which the programme measuring " + code + " screens for)"), e.getKey(), age, null,
                                level, null, null, null, new BoundaryCase.Target(code, x), null, factors));
                        return;
                    }
                }
            }
        }
        skipped.add(new Skipped(id, "no persona has an age at which a screening programme measures " + code
                + " (timeline.screening.programmes) with the factors " + value.toPlainString() + " implies"));
    }

    /** The risk factors the schedules of the programmes measuring {@code code} name, in configuration order. */
    private List<String> scheduleFactors(String code) {
        List<String> out = new ArrayList<>();
        if (config.timeline() == null || config.timeline().screening() == null
                || config.timeline().screening().programmes() == null) {
            return out;
        }
        config.timeline().screening().programmes().values().forEach(p -> {
            if (p != null && p.measures() != null && p.measures().contains(code) && p.schedules() != null) {
                p.schedules().forEach(s -> {
                    for (String f : s.factors() == null ? List.<String>of() : s.factors()) {
                        if (!out.contains(f)) {
                            out.add(f);
                        }
                    }
                });
            }
        });
        return out;
    }

    /** Whether factor {@code f} is one of the factors the cuts of {@code code} decide (its value sets it). */
    private boolean excludedByValue(String f, String code) {
        MeasurementsConfig m = config.measurements();
        List<MeasurementsConfig.Value> values = new ArrayList<>(m.values());
        if (m.bmi() != null) {
            values.add(m.bmi());
        }
        for (MeasurementsConfig.Value v : values) {
            if (v.code().equals(code) && v.cuts() != null
                    && v.cuts().stream().anyMatch(c -> c.factor().equals(f))) {
                return true;
            }
        }
        return false;
    }

    /** The points of {@code factors}. */
    private int points(List<String> factors) {
        int sum = 0;
        for (RiskConfig.Factor f : config.risk().factors()) {
            if (factors.contains(f.id()) && f.points() != null) {
                sum += f.points();
            }
        }
        return sum;
    }

    /** The condition "latest {@code code} exactly {@code x}", with {@code factors} present. */
    static CohortConfig.Where measuredAt(String code, double x, List<String> factors) {
        return new CohortConfig.Where(null, null, null, null, factors, null, null, null,
                Map.of(code, new CohortConfig.ValueRange(x, x)), null, null, null, null);
    }

    /**
     * The lowest risk level whose ceiling lies above {@code extra} points with the age points of {@code age} and every
     * social-barrier point, or null.
     */
    private String levelWithRoom(int extra, int age) {
        List<String> levels = config.riskLevelIds();
        RiskConfig risk = config.risk();
        int barriers = risk.socialBarrierPoints() == null ? 0 : Math.min(risk.socialBarrierPoints().atMost(),
                risk.socialBarrierPoints().each() * io.github.syntheticcustomers.core.model.SocialDeterminants
                        .NO_BARRIER.size());
        for (int l = 0; l < levels.size(); l++) {
            int ceiling = l == levels.size() - 1 ? 101 : risk.levelFloors() == null
                    ? (int) Math.round(100.0 * (l + 1) / levels.size()) : risk.levelFloors().get(levels.get(l + 1));
            if (extra + risk.agePointsAt(age) + barriers < ceiling) {
                return levels.get(l);
            }
        }
        return null;
    }

    // ---- scenario eligibility limits ----

    private void scenarioLimits() {
        ScenarioConfig s = config.scenarios();
        if (s == null) {
            return;
        }
        String persona = null;
        int age = 0;
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            if (e.getValue().share() != null && e.getValue().share() > 0 && decadeOf(e.getValue().age().min()) >= 0) {
                persona = e.getKey();
                age = e.getValue().age().min();
                break;
            }
        }
        if (persona == null) {
            return;
        }
        String pending = "an engagement-state target (scenario conditions)";
        // account age: each bound's edge, as the first day of the upper side (at_most n: n + 1; at_least n: n)
        TreeSet<Integer> accountEdges = new TreeSet<>();
        TreeSet<Integer> ageEdges = new TreeSet<>();
        TreeSet<Integer> eventDays = new TreeSet<>();
        for (ScenarioConfig.ScenarioType t : s.types().values()) {
            collect(t.eligible(), accountEdges, ageEdges, eventDays);
        }
        for (int edge : accountEdges) {
            add(persona, age, "account_age_days_" + edge + "_at", "an account " + edge + " days old (an "
                    + "account_age_days bound of scenarios.types)", "account_age_days", edge, pending);
            add(persona, age, "account_age_days_" + edge + "_below", "an account " + (edge - 1) + " days old, one "
                    + "day below the account_age_days edge " + edge, "account_age_days", edge - 1, pending);
        }
        if (s.inactiveAfterDays() != null) {
            int n = s.inactiveAfterDays();
            add(persona, age, "inactive_after_days_" + n + "_at", "last activity " + n + " days ago: not yet "
                    + "inactive (scenarios.inactive_after_days " + n + ")", "days_since_last_activity", n, pending);
            add(persona, age, "inactive_after_days_" + n + "_above", "last activity " + (n + 1) + " days ago: "
                    + "inactive (scenarios.inactive_after_days " + n + ")", "days_since_last_activity", n + 1, pending);
        }
        if (s.lapsedAfterDays() != null) {
            int n = s.lapsedAfterDays();
            add(persona, age, "lapsed_after_days_" + n + "_at", "last screening " + n + " days ago: not yet lapsed "
                    + "(scenarios.lapsed_after_days " + n + ")", "days_since_last_screening", n, pending);
            add(persona, age, "lapsed_after_days_" + n + "_above", "last screening " + (n + 1) + " days ago: "
                    + "lapsed (scenarios.lapsed_after_days " + n + ")", "days_since_last_screening", n + 1, pending);
        }
        if (s.recentLifeEventDays() != null) {
            eventDays.add(s.recentLifeEventDays());
        }
        for (int n : eventDays) {
            add(persona, age, "life_event_days_" + n + "_at", "a life event " + n + " days ago: still recent (a "
                    + "life-event window of " + n + " days)", "days_since_life_event", n, pending);
            add(persona, age, "life_event_days_" + n + "_above", "a life event " + (n + 1) + " days ago: no longer "
                    + "recent (a life-event window of " + n + " days)", "days_since_life_event", n + 1, pending);
        }
        if (s.newUserMaxSessions() != null) {
            int n = s.newUserMaxSessions();
            add(persona, age, "new_user_max_sessions_" + n + "_at", n + " sessions in the last 90 days: still new "
                    + "(scenarios.new_user_max_sessions " + n + ")", "sessions_last_90_days", n, pending);
            add(persona, age, "new_user_max_sessions_" + n + "_above", (n + 1) + " sessions in the last 90 days: "
                    + "no longer new (scenarios.new_user_max_sessions " + n + ")", "sessions_last_90_days", n + 1,
                    pending);
        }
        // an age bound of an eligibility rule: the generator fixes ages exactly
        for (int edge : ageEdges) {
            aged("eligibility_age_" + edge + "_at", "age " + edge + ", the first age of an age bound of "
                    + "scenarios.types", edge);
            aged("eligibility_age_" + edge + "_below", "age " + (edge - 1) + ", one year below an age bound ("
                    + edge + ") of scenarios.types", edge - 1);
        }
    }

    private void add(String persona, int age, String id, String tests, String of, double value, String pending) {
        cases.add(new BoundaryCase(id, tests, persona, age, null, null, null, null, null,
                new BoundaryCase.Target(of, value), pending));
    }

    /** The edges of the eligibility rule's account-age and age bounds, and its life-event windows. */
    private static void collect(ScenarioConfig.Eligibility e, TreeSet<Integer> account, TreeSet<Integer> ages,
            TreeSet<Integer> eventDays) {
        if (e == null) {
            return;
        }
        if (e.accountAgeDays() != null) {
            edges(e.accountAgeDays().atLeast(), e.accountAgeDays().atMost(), account);
        }
        if (e.number() != null && "age".equals(e.number().of())) {
            edges(e.number().atLeast() == null ? null : (int) Math.ceil(e.number().atLeast()),
                    e.number().atMost() == null ? null : (int) Math.floor(e.number().atMost()), ages);
        }
        if (e.withinDays() != null) {
            eventDays.add(e.withinDays());
        }
        for (ScenarioConfig.Eligibility x : e.all() == null ? List.<ScenarioConfig.Eligibility>of() : e.all()) {
            collect(x, account, ages, eventDays);
        }
        for (ScenarioConfig.Eligibility x : e.any() == null ? List.<ScenarioConfig.Eligibility>of() : e.any()) {
            collect(x, account, ages, eventDays);
        }
        collect(e.not(), account, ages, eventDays);
    }

    /** A whole-number bound's edge: the first value of its upper side ({@code at_least n}: n; {@code at_most n}: n+1). */
    private static void edges(Integer atLeast, Integer atMost, TreeSet<Integer> into) {
        if (atLeast != null) {
            into.add(atLeast);
        }
        if (atMost != null) {
            into.add(atMost + 1);
        }
    }

    // ---- identity edges ----

    private void identities() {
        NameTable firstNames = NameTable.load(config.identity().firstNames());
        SurnameTable surnames = SurnameTable.load(config.identity().surnames());
        String surname = null;
        for (SurnameTable.Surname s : surnames.surnames()) {
            if (surname == null || s.name().length() > surname.length()) {
                surname = s.name(); // the first of the longest, in table order
            }
        }
        String female = longest(firstNames.names(NameTable.FEMALE));
        String male = longest(firstNames.names(NameTable.MALE));
        boolean femaleLonger = female.length() >= male.length();
        String gender = femaleLonger ? EpidemiologyConfig.GENDER_FEMALE : EpidemiologyConfig.GENDER_MALE;
        named("identity_long_name", "the longest first name and surname the name tables give (" + (femaleLonger
                ? female : male).length() + " and " + surname.length() + " letters)", gender,
                femaleLonger ? female : male, surname);
        if (config.identity().edgeNames() != null) {
            for (EdgeNames.Row row : EdgeNames.load(config.identity().edgeNames()).rows()) {
                named("identity_" + row.edge(), row.tests(), row.gender(), row.firstName(), row.lastName());
            }
        }
        household();
        // every gender besides the two sexes of the reference tables that some persona gives a share
        for (String g : genders()) {
            if (g.equals(EpidemiologyConfig.GENDER_FEMALE) || g.equals(EpidemiologyConfig.GENDER_MALE)) {
                continue;
            }
            named("identity_gender_" + g, "gender " + g + " (demographics.gender): names drawn from either list",
                    g, null, null);
        }
    }

    /**
     * The largest household the social frame can make: the customer, a partner, every child of the largest count
     * ({@code social.children.count}) at home and the most other adults ({@code social.household}). Listed with its
     * target; generated once the social frame can be conditioned on a household size.
     */
    private void household() {
        io.github.syntheticcustomers.core.config.SocialConfig social = config.social();
        if (social == null || social.children() == null || social.household() == null) {
            return;
        }
        List<Double> counts = social.children().count().shares();
        int children = 0;
        for (int i = 0; i < counts.size(); i++) {
            children = counts.get(i) > 0 ? i + 1 : children;
        }
        int others = social.household().secondOther() != null && social.household().secondOther() > 0 ? 2 : 1;
        int largest = 2 + children + others;
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p.share() != null && p.share() > 0 && decadeOf(p.age().max()) >= 0) {
                cases.add(new BoundaryCase("identity_largest_household", "the largest household the social frame "
                        + "makes: " + largest + " persons (the customer, a partner, " + children + " children at home "
                        + "(social.children.count), " + others + " other adults (social.household))", e.getKey(),
                        p.age().max(), null, null, null, null, null, new BoundaryCase.Target("household_size", largest),
                        "a household-size target (social frame conditions)"));
                return;
            }
        }
    }

    /** The genders some persona gives a share, in the order the configuration first names them. */
    private List<String> genders() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (PersonaConfig p : config.personas().values()) {
            if (p.share() != null && p.share() > 0) {
                DemographicsConfig.genderShares(config, p).forEach((g, share) -> {
                    if (share > 0) {
                        seen.putIfAbsent(g, Boolean.TRUE);
                    }
                });
            }
        }
        return List.copyOf(seen.keySet());
    }

    /** A case of {@code gender} in the first persona that gives it a share, at that persona's youngest age. */
    private void named(String id, String tests, String gender, String first, String last) {
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p.share() != null && p.share() > 0
                    && DemographicsConfig.genderShares(config, p).getOrDefault(gender, 0.0) > 0
                    && decadeOf(p.age().min()) >= 0) {
                cases.add(new BoundaryCase(id, tests, e.getKey(), p.age().min(), gender, null, null, first, last,
                        null, null));
                return;
            }
        }
        skipped.add(new Skipped(id, "no persona gives gender " + gender + " a share"));
    }

    /** The longest name, the alphabetically first of equal length. */
    private static String longest(java.util.Set<String> names) {
        String best = null;
        for (String n : names) {
            if (best == null || n.length() > best.length() || n.length() == best.length() && n.compareTo(best) < 0) {
                best = n;
            }
        }
        return best;
    }

    // ---- shared ----

    /** The first persona (configuration order, with a share) aged {@code age}, or null. */
    private String personaOf(int age) {
        if (decadeOf(age) < 0) {
            return null;
        }
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p.share() != null && p.share() > 0 && age >= p.age().min() && age <= p.age().max()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The index of the age decade holding {@code age}, or -1. */
    private int decadeOf(int age) {
        int[] starts = config.decadeStarts();
        for (int j = 0; j < starts.length; j++) {
            if (age >= starts[j] && age <= starts[j] + 9) {
                return j;
            }
        }
        return -1;
    }
}
