package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.EngagementState;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a customer record meets a cohort's condition ({@code cohorts[].where}, docs/cohorts.md), read from the
 * record alone, as a test or the {@code cohorts} check reads it: the persona, age, gender and risk level as written;
 * a factor present when the record shows a case of it ({@link HealthCases#isCase}: diagnosed, measured at or above
 * its cut-off, or in the lifestyle) and absent when it shows none; diagnosed when it is among the conditions; undiagnosed when it is not, and its
 * latest measurement shows it.
 */
public final class CohortConditions {

    private CohortConditions() {
    }

    /** Whether {@code c} meets {@code where} under {@code config}. */
    public static boolean meets(CohortConfig.Where where, CustomerProfile c, GeneratorConfig config) {
        return unmet(where, c, config).isEmpty();
    }

    /**
     * Whether {@code c}, whose scenarios are {@code scenarios}, meets {@code where} under {@code config}.
     */
    public static boolean meets(CohortConfig.Where where, CustomerProfile c, List<TestScenario> scenarios,
            GeneratorConfig config) {
        return unmet(where, c, scenarios, config).isEmpty();
    }

    /**
     * The parts of {@code where} that {@code c} does not meet, in words (empty when it meets them all). A condition on
     * scenario types needs the customer's scenarios: without them ({@link #unmet(CohortConfig.Where, CustomerProfile,
     * List, GeneratorConfig)}) it is reported unread.
     */
    public static List<String> unmet(CohortConfig.Where where, CustomerProfile c, GeneratorConfig config) {
        return unmet(where, c, null, config);
    }

    /**
     * The parts of {@code where} that {@code c}, whose scenarios are {@code scenarios} (null: not read), does not
     * meet, in words (empty when it meets them all): besides the parts of the profile, a scenario type when none of
     * the scenarios has one of {@code scenario_types}; a life event when the record has none of its type dated within
     * its days before the reference date (and before it); an engagement state when the one the record's
     * {@code engagement} shows ({@link EngagementState}) is not among those named.
     */
    public static List<String> unmet(CohortConfig.Where where, CustomerProfile c, List<TestScenario> scenarios,
            GeneratorConfig config) {
        List<String> out = new ArrayList<>();
        if (!where.personas().isEmpty() && !where.personas().contains(c.personaType())) {
            out.add("persona " + c.personaType() + " is not one of " + where.personas());
        }
        if (where.age() != null && !where.age().contains(c.demographics().age())) {
            out.add("age " + c.demographics().age() + " is outside " + (where.age().from() == null ? "" : where.age()
                    .from()) + "–" + (where.age().to() == null ? "" : where.age().to()));
        }
        if (!where.gender().isEmpty() && !where.gender().contains(c.demographics().gender())) {
            out.add("gender " + c.demographics().gender() + " is not one of " + where.gender());
        }
        if (!where.riskLevels().isEmpty() && !where.riskLevels().contains(c.riskLevel())) {
            out.add("risk level " + c.riskLevel() + " is not one of " + where.riskLevels());
        }
        for (String id : where.factors()) {
            if (!HealthCases.isCase(factor(id, config), c, config)) {
                out.add("shows no " + id);
            }
        }
        for (String id : where.withoutFactors()) {
            if (HealthCases.isCase(factor(id, config), c, config)) {
                out.add("shows " + id);
            }
        }
        for (String id : where.diagnosed()) {
            if (!HealthCases.diagnosed(factor(id, config), c)) {
                out.add(id + " is not diagnosed");
            }
        }
        for (String id : where.undiagnosed()) {
            RiskConfig.Factor f = factor(id, config);
            if (HealthCases.diagnosed(f, c)) {
                out.add(id + " is diagnosed");
            } else if (!HealthCases.measuredCase(f, c, config)) {
                out.add(id + " does not show in the latest measurement");
            }
        }
        measurements(where, c, out);
        attributes(where, c, config, out);
        journeyUnmet(where, c, scenarios, config, out);
        return out;
    }

    /** {@code where.measurements}: the latest measurement of each code lies in its range (docs/cohorts.md). */
    private static void measurements(CohortConfig.Where where, CustomerProfile c, List<String> out) {
        where.measurements().forEach((code, range) -> {
            io.github.syntheticcustomers.core.model.Observation o = c.healthProfile().measurement(code);
            if (o == null) {
                out.add(code + " is not measured");
            } else if (!range.contains(o.value())) {
                out.add(code + " " + number(o.value()) + " is outside " + range);
            }
        });
    }

    /** {@code where.attributes}: each attribute's value meets its test. */
    private static void attributes(CohortConfig.Where where, CustomerProfile c, GeneratorConfig config,
            List<String> out) {
        where.attributes().forEach((id, test) -> {
            Object value = c.attributes().get(id);
            if (value == null) {
                out.add("attribute " + id + " is not set");
                return;
            }
            boolean ok;
            String wanted;
            if (test.in() != null) {
                ok = test.in().stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(value)));
                wanted = "one of " + test.in();
            } else if (value instanceof Number || value instanceof java.time.LocalDate) {
                io.github.syntheticcustomers.core.config.AttributeConfig a = config.attributes().stream()
                        .filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                double[] b = io.github.syntheticcustomers.core.config.CohortAttributes.bounds(a, test);
                double x = value instanceof java.time.LocalDate d ? d.toEpochDay() : ((Number) value).doubleValue();
                ok = (Double.isNaN(b[0]) || x >= b[0]) && (Double.isNaN(b[1]) || x <= b[1]);
                wanted = test.is() != null ? String.valueOf(test.is())
                        : (test.atLeast() == null ? "" : test.atLeast()) + "–" + (test.atMost() == null ? ""
                                : test.atMost());
            } else {
                ok = String.valueOf(test.is()).equals(String.valueOf(value));
                wanted = String.valueOf(test.is());
            }
            if (!ok) {
                out.add("attribute " + id + " " + value + " is not " + wanted);
            }
        });
    }

    private static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    /** The scenario-type, life-event and engagement parts (docs/cohorts.md). */
    private static void journeyUnmet(CohortConfig.Where where, CustomerProfile c, List<TestScenario> scenarios,
            GeneratorConfig config, List<String> out) {
        if (!where.scenarioTypes().isEmpty()) {
            if (scenarios == null) {
                out.add("scenario types " + where.scenarioTypes() + " unread: the customer's scenarios were not given");
            } else if (scenarios.stream().noneMatch(s -> where.scenarioTypes().contains(s.scenarioType()))) {
                out.add("no scenario of type " + where.scenarioTypes() + " (has " + scenarios.stream()
                        .map(TestScenario::scenarioType).toList() + ")");
            }
        }
        LocalDate reference = config.referenceDate();
        for (CohortConfig.LifeEventWithin e : where.lifeEvents()) {
            LocalDate since = reference.minusDays(e.withinDays());
            boolean has = false;
            for (LifeEvent le : c.lifeEvents()) {
                has |= le.type().equals(e.type()) && !le.date().isBefore(since) && le.date().isBefore(reference);
            }
            if (!has) {
                out.add("no life event " + e.type() + " within " + e.withinDays() + " days");
            }
        }
        if (!where.engagement().isEmpty()) {
            EngagementState state = EngagementState.of(c.engagement().lastActive(),
                    c.engagement().sessionsLast90Days(), config.scenarios(), reference);
            if (!where.engagement().contains(state.id())) {
                out.add("engagement state " + state.id() + " is not one of " + where.engagement());
            }
        }
    }

    private static RiskConfig.Factor factor(String id, GeneratorConfig config) {
        return config.risk().factors().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no risk factor " + id));
    }
}
