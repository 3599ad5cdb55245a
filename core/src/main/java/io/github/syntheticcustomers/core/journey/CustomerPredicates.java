package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Lifestyle;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.model.Demographics;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the configuration's rules about one customer ({@link ScenarioConfig.Eligibility}: the conditions of
 * {@link ScenarioConfig.Eligibility#CONDITIONS}, a life event (its recency and count), a persona, a number (age,
 * traits, the latest value of a measurement code), a field (gender), a social-determinant barrier, combined with
 * {@code all} / {@code any} / {@code not}). Scenario types use them for eligibility and journey actions for
 * their requirements, so "new to the platform" or "has a transport barrier" means one thing everywhere.
 * Immutable and thread-safe.
 */
public final class CustomerPredicates {

    private final ScenarioConfig scenarios;
    private final LocalDate reference;
    private final String lowestRisk;
    private final List<RiskConfig.Factor> factors;
    private final MeasurementsConfig measurements;
    /** {@code narrative.occupation_groups}: each group's occupations. */
    private final Map<String, List<String>> groups;
    /** The customer's attributes as texts say them ({@code {a.<id>}}). */
    private final AttributeTexts attributeTexts;

    /** The predicates of a (validated) configuration. */
    public static CustomerPredicates of(GeneratorConfig config) {
        return new CustomerPredicates(config);
    }

    CustomerPredicates(GeneratorConfig config) {
        this.scenarios = config.scenarios();
        this.reference = config.referenceDate();
        this.lowestRisk = config.riskLevelIds().get(0);
        this.factors = config.risk().factors();
        this.measurements = config.measurements();
        this.groups = config.narrative() == null || config.narrative().occupationGroups() == null ? Map.of()
                : config.narrative().occupationGroups();
        this.attributeTexts = AttributeTexts.of(config);
    }

    /** The customer's attributes as the texts whose lines these rules choose say them ({@code {a.<id>}}). */
    public AttributeTexts attributeTexts() {
        return attributeTexts;
    }

    /**
     * Whether the latest measurement of {@code c} shows a case of risk factor {@code factorId}, diagnosed or not: a
     * value at or above the factor's cut-off ({@code measurements.values[].cuts}) and below the value's next cut-off,
     * unless the profile lists the factor of a higher cut-off of that value (a treated diabetic whose HbA1c measures
     * in the prediabetes range has diabetes, not prediabetes).
     */
    public static boolean measuredCase(String factorId, CustomerProfile c, MeasurementsConfig m,
            List<RiskConfig.Factor> factors) {
        if (m == null || m.values() == null) {
            return false;
        }
        for (MeasurementsConfig.Value v : m.values()) {
            List<MeasurementsConfig.Cut> cuts = v.cuts() == null ? List.of() : v.cuts();
            for (int k = 0; k < cuts.size(); k++) {
                if (!cuts.get(k).factor().equals(factorId)) {
                    continue;
                }
                Observation o = c.healthProfile().measurement(v.code());
                if (o == null || o.value() < cuts.get(k).at() - HALF_HUNDREDTH
                        || k + 1 < cuts.size() && o.value() >= cuts.get(k + 1).at() - HALF_HUNDREDTH) {
                    continue;
                }
                boolean higherListed = false;
                for (int j = k + 1; j < cuts.size(); j++) {
                    RiskConfig.Factor higher = factor(cuts.get(j).factor(), factors);
                    higherListed |= higher != null && lists(higher, c);
                }
                if (!higherListed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Values have at most two decimals: half a hundredth of slack on comparisons. */
    private static final double HALF_HUNDREDTH = 0.005;

    private static RiskConfig.Factor factor(String id, List<RiskConfig.Factor> factors) {
        for (RiskConfig.Factor f : factors) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether the profile lists factor {@code f}, as its customer knows it: a diagnosed condition, a family history,
     * or the lifestyle value (or a value in the range) the factor sets.
     */
    public static boolean lists(RiskConfig.Factor f, CustomerProfile c) {
        return switch (f.kind()) {
            case "condition" -> c.healthProfile().conditions().stream().anyMatch(x -> x.name().equals(f.label()));
            case "family_history" -> c.healthProfile().familyHistory().stream()
                    .anyMatch(h -> h.condition().equals(f.label()));
            default -> lifestyleShows(f.lifestyle(), c.healthProfile().lifestyle());
        };
    }

    private static boolean lifestyleShows(RiskConfig.LifestyleValue v, Lifestyle l) {
        return switch (v.field()) {
            case "smoking" -> v.value().equals(l.smoking());
            case "alcohol" -> v.value().equals(l.alcohol());
            case "physical_activity" -> v.value().equals(l.physicalActivity());
            case "diet" -> v.value().equals(l.diet());
            case "stress_level" -> v.value().equals(l.stressLevel());
            // numbers have one decimal: half a tenth of slack
            case "sleep_hours" -> l.sleepHours() >= v.min() - 0.05 && l.sleepHours() <= v.max() + 0.05;
            case "bmi" -> l.bmi() >= v.min() - 0.05 && l.bmi() <= v.max() + 0.05;
            default -> false; // the validator admits only RiskConfig.LIFESTYLE_FIELDS
        };
    }

    /** Whether the profile lists the factor {@code idOrKind}, or any factor of that kind. */
    private static boolean has(String idOrKind, CustomerProfile c, List<RiskConfig.Factor> factors) {
        for (RiskConfig.Factor f : factors) {
            if ((f.id().equals(idOrKind) || f.kind().equals(idOrKind)) && lists(f, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a journey step lies, for the rules of journey actions: its 1-based position in the journey, the actions of
     * the journey's earlier steps, and whether it lies on the day the account was opened (customer's time zone).
     */
    public record StepContext(int position, List<String> earlierActions, boolean accountOpeningDay) {

        public StepContext {
            earlierActions = List.copyOf(earlierActions);
        }
    }

    /**
     * The named conditions of one customer, each computed once, and the journey step they are asked about (null
     * outside a journey).
     */
    record Facts(CustomerProfile customer, LocalDate reference, boolean hasHistory, boolean newToPlatform, boolean inactive,
            boolean screeningLapsed, boolean recentLifeEvent, boolean riskAboveLowest, List<RiskConfig.Factor> factors,
            MeasurementsConfig measurements, boolean screeningDue, Map<String, List<String>> groups,
            StepContext step) {

        /** These facts at journey step {@code context}. */
        Facts at(StepContext context) {
            return new Facts(customer, reference, hasHistory, newToPlatform, inactive, screeningLapsed,
                    recentLifeEvent, riskAboveLowest, factors, measurements, screeningDue, groups, context);
        }
    }

    /** The facts of {@code c}. */
    Facts facts(CustomerProfile c) {
        ScreeningHistory sh = c.healthProfile().screeningHistory();
        Engagement e = c.engagement();
        boolean newToPlatform = e.sessionsLast90Days() <= scenarios.newUserMaxSessions();
        long inactiveDays = ChronoUnit.DAYS.between(e.lastActive(), reference);
        boolean inactive = inactiveDays > scenarios.inactiveAfterDays();
        boolean screeningLapsed = sh.hasHistory() && sh.lastScreening() != null
                && ChronoUnit.DAYS.between(sh.lastScreening(), reference) > scenarios.lapsedAfterDays();
        Integer dueAfter = sh.frequency() == null || scenarios.screeningDueAfterDays() == null ? null
                : scenarios.screeningDueAfterDays().get(sh.frequency());
        boolean due = sh.hasHistory() && sh.lastScreening() != null && dueAfter != null
                && ChronoUnit.DAYS.between(sh.lastScreening(), reference) >= dueAfter;
        return new Facts(c, reference, sh.hasHistory(), newToPlatform, inactive, screeningLapsed, recentLifeEvent(c),
                !c.riskLevel().equals(lowestRisk), factors, measurements, due, groups, null);
    }

    /** Whether the (validated) {@code rule} holds for {@code c} at journey step {@code context}. */
    public boolean holds(ScenarioConfig.Eligibility rule, CustomerProfile c, StepContext context) {
        return holds(rule, facts(c).at(context));
    }

    /**
     * Whether some latest measurement of {@code c} is a case of a condition (at or above its cut-off) the customer is
     * not diagnosed with (nor with a condition of its group): a finding nobody has followed up yet.
     */
    static boolean undiagnosedFinding(CustomerProfile c, List<RiskConfig.Factor> factors, MeasurementsConfig m) {
        for (RiskConfig.Factor f : factors) {
            if (f.kind().equals("condition") && measuredCase(f.id(), c, m, factors) && !lists(f, c)
                    && !listsGroup(f.group(), c, factors)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the profile lists a factor of {@code group} (a prediabetic value of a known diabetic is known). */
    private static boolean listsGroup(String group, CustomerProfile c, List<RiskConfig.Factor> factors) {
        if (group == null) {
            return false;
        }
        for (RiskConfig.Factor f : factors) {
            if (group.equals(f.group()) && lists(f, c)) {
                return true;
            }
        }
        return false;
    }

    /** The number {@code of} names for the customer (or step), or null when the record lacks it. */
    static Double number(String of, Facts f) {
        CustomerProfile c = f.customer();
        ScreeningHistory sh = c.healthProfile().screeningHistory();
        switch (of) {
            case "age":
                return (double) c.demographics().age();
            case "household_size":
                return (double) c.demographics().householdSize();
            case "screening_completion_rate":
                return sh.completionRate();
            case "days_since_last_screening":
                return sh.lastScreening() == null ? null
                        : (double) ChronoUnit.DAYS.between(sh.lastScreening(), f.reference());
            case "sessions_last_90_days":
                return (double) c.engagement().sessionsLast90Days();
            case "engagement_score":
                return c.engagement().engagementScore();
            case "account_age_days":
                return (double) ChronoUnit.DAYS.between(c.engagement().accountCreated(), f.reference());
            case "journey_position":
                return f.step() == null ? null : (double) f.step().position();
            default:
                if (Traits.NAMES.contains(of)) {
                    return c.traits() == null ? null : c.traits().value(of);
                }
                if (c.attributes().containsKey(of)) {
                    return attributeNumber(c.attribute(of));
                }
                Observation o = c.healthProfile().measurement(of);
                return o == null ? null : o.value();
        }
    }

    /**
     * A number or boolean attribute as a number for a {@code number} rule ({@code { number: { of: <attribute id>,
     * at_least, at_most } }}): a number as it is, a boolean as 1 (true) or 0; null for other types.
     */
    static Double attributeNumber(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    /**
     * Whether an attribute's {@code value} passes the (validated) {@code rule}: an enumeration's value among
     * {@code in}, a boolean equal to {@code is}, a number within its bounds, a date within {@code within_days} of
     * {@code reference} (and not after it) and strictly between {@code after} and {@code before}. A customer without
     * the attribute never passes.
     */
    static boolean attribute(ScenarioConfig.AttributeRule rule, Object value, LocalDate reference) {
        if (value instanceof String s) {
            return rule.in() != null && rule.in().contains(s);
        }
        if (value instanceof Boolean b) {
            return b.equals(rule.is());
        }
        if (value instanceof Number n) {
            double x = n.doubleValue();
            return (rule.atLeast() == null || x >= rule.atLeast()) && (rule.atMost() == null || x <= rule.atMost());
        }
        if (value instanceof LocalDate d) {
            return (rule.withinDays() == null || !d.isAfter(reference)
                    && ChronoUnit.DAYS.between(d, reference) <= rule.withinDays())
                    && (rule.after() == null || d.isAfter(LocalDate.parse(rule.after())))
                    && (rule.before() == null || d.isBefore(LocalDate.parse(rule.before())));
        }
        return false;
    }

    /** The value of the categorical field {@code of} ({@link ScenarioConfig.Eligibility#FIELDS}). */
    static String field(String of, CustomerProfile c) {
        Demographics d = c.demographics();
        return switch (of) {
            case "gender" -> d.gender();
            case "occupation" -> d.occupation();
            case "education" -> d.education();
            case "marital_status" -> d.maritalStatus();
            case "income_bracket" -> d.incomeBracket();
            case "screening_frequency" -> c.healthProfile().screeningHistory().frequency();
            case "preferred_channel" -> c.engagement().preferredChannel();
            default -> c.sdoh().value(of);
        };
    }

    /** Whether the customer had a life event within {@code scenarios.recent_life_event_days}. */
    boolean recentLifeEvent(CustomerProfile c) {
        LocalDate since = reference.minusDays(scenarios.recentLifeEventDays());
        for (LifeEvent e : c.lifeEvents()) {
            if (!e.date().isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the (validated) {@code rule} holds for {@code c}. */
    public boolean holds(ScenarioConfig.Eligibility rule, CustomerProfile c) {
        return holds(rule, facts(c));
    }

    /** Evaluates a (validated) rule. */
    static boolean holds(ScenarioConfig.Eligibility rule, Facts f) {
        CustomerProfile c = f.customer();
        if (rule.is() != null) {
            return switch (rule.is()) {
                case "has_screening_history" -> f.hasHistory();
                case "new_to_platform" -> f.newToPlatform();
                case "inactive" -> f.inactive();
                case "screening_lapsed" -> f.screeningLapsed();
                case "recent_life_event" -> f.recentLifeEvent();
                case "risk_above_lowest" -> f.riskAboveLowest();
                case "onboarding_completed" -> c.engagement().onboardingCompleted();
                case "screening_due" -> f.screeningDue();
                case "undiagnosed_finding" -> undiagnosedFinding(c, f.factors(), f.measurements());
                case "account_opening_day" -> f.step() != null && f.step().accountOpeningDay();
                default -> throw new IllegalStateException("unvalidated condition " + rule.is());
            };
        }
        if (rule.lifeEvent() != null) {
            long n = c.lifeEvents().stream().filter(ev -> ev.type().equals(rule.lifeEvent())
                    && (rule.withinDays() == null || !ev.date().isBefore(f.reference().minusDays(rule.withinDays()))))
                    .count();
            return rule.count() == null ? n > 0 : rule.count().contains(n);
        }
        if (rule.persona() != null) {
            return rule.persona().contains(c.personaType());
        }
        if (rule.accountAgeDays() != null) {
            return rule.accountAgeDays().contains(ChronoUnit.DAYS.between(c.engagement().accountCreated(),
                    f.reference()));
        }
        if (rule.barrier() != null) {
            return SocialDeterminants.isBarrier(c.sdoh(), rule.barrier());
        }
        if (rule.has() != null) {
            return has(rule.has(), c, f.factors());
        }
        if (rule.measured() != null) {
            return measuredCase(rule.measured(), c, f.measurements(), f.factors());
        }
        if (rule.number() != null) {
            Double v = number(rule.number().of(), f);
            return v != null && rule.number().contains(v);
        }
        if (rule.field() != null) {
            return rule.field().in().contains(field(rule.field().of(), c));
        }
        if (rule.attribute() != null) {
            return attribute(rule.attribute(), c.attribute(rule.attribute().of()), f.reference());
        }
        if (rule.occupationGroup() != null) {
            List<String> group = f.groups().get(rule.occupationGroup());
            return group != null && group.contains(c.demographics().occupation());
        }
        if (rule.earlierAction() != null) {
            return f.step() != null && f.step().earlierActions().stream().anyMatch(rule.earlierAction()::contains);
        }
        if (rule.all() != null) {
            return rule.all().stream().allMatch(r -> holds(r, f));
        }
        if (rule.any() != null) {
            return rule.any().stream().anyMatch(r -> holds(r, f));
        }
        return !holds(rule.not(), f);
    }
}
