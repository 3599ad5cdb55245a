package io.github.syntheticcustomers.core.relational;

import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The tables of the relational format, in foreign-key order (docs/relational.md): what each part's records become.
 * Only the layout is stated here (which nested records and lists get a table of their own, prefixes and the few renames
 * that keep column names clear of SQL keywords); the columns themselves, their types and nullability come from the
 * records ({@link RecordColumns}).
 */
final class RelationalTables {

    /** The column a customer's nested rows name the customer by. */
    static final String CUSTOMER_ID = "customer_id";
    /** The column a scenario's journey steps name the scenario by. */
    static final String SCENARIO_ID = "scenario_id";

    static final List<MappedTable> ALL = build();

    private RelationalTables() {
    }

    private static List<MappedTable> build() {
        List<MappedTable> tables = new ArrayList<>();
        MappedTable customers = MappedTable.of("customers", Part.CUSTOMERS, CustomerProfile.class,
                "One customer: identity, persona, risk, traits, demographics, screening summary, engagement, narrative"
                        + " and social determinants.",
                Shape.of()
                        .prefix("demographics", "")
                        .prefix("health_profile", "")
                        .prefix("health_profile.screening_history", "screening_")
                        .rename("health_profile.screening_history.last_screening", "last_screening")
                        .prefix("engagement", "")
                        .prefix("sdoh", "")
                        .elsewhere("health_profile.conditions")
                        .elsewhere("health_profile.family_history")
                        .elsewhere("health_profile.lifestyle")
                        .elsewhere("health_profile.measurements")
                        .elsewhere("health_profile.screening_history.programmes")
                        .elsewhere("life_events")
                        .elsewhere("attributes")
                        .elsewhere("cohorts")
                        // a boundary case is not a record of the dataset: the format holds the dataset's parts only
                        .elsewhere("boundary_case"),
                "id", List.of(),
                List.of(new Check("customers_risk_score_check", "risk_score BETWEEN 0 AND 100")));
        tables.add(customers);
        Class<?> c = CustomerProfile.class;
        MappedTable.Key customer = new MappedTable.Key(CUSTOMER_ID, o -> ((CustomerProfile) o).id());
        tables.add(MappedTable.nested("lifestyle", customers, c, customer, "health_profile.lifestyle",
                "A customer's lifestyle: smoking, alcohol, activity, diet, sleep, stress and BMI.", Shape.of(), null,
                List.of()));
        tables.add(MappedTable.nested("conditions", customers, c, customer, "health_profile.conditions",
                "A diagnosed condition of a customer.", Shape.of(), null, List.of()));
        tables.add(MappedTable.nested("family_history", customers, c, customer, "health_profile.family_history",
                "A condition of a customer's relative.", Shape.of(), null, List.of()));
        tables.add(MappedTable.nested("measurements", customers, c, customer, "health_profile.measurements",
                "One measured value of a customer's screening visits, oldest panel first.",
                Shape.of().rename("value", "measured_value").rename("date", "measured_on"), null, List.of()));
        tables.add(MappedTable.nested("screenings", customers, c, customer,
                "health_profile.screening_history.programmes",
                "A customer's standing in one screening programme.",
                Shape.of().rename("id", "programme"), null,
                List.of(MappedTable.inSet("screenings", "status", ProgrammeScreening.STATUSES))));
        tables.add(MappedTable.nested("life_events", customers, c, customer, "life_events",
                "A life event of a customer, oldest first.",
                Shape.of().rename("date", "event_date").rename("type", "event_type"), null, List.of()));
        tables.add(attributes(customers));
        tables.add(MappedTable.nested("customer_cohorts", customers, c, customer, "cohorts",
                "A cohort a customer was generated for (docs/cohorts.md).", Shape.of(), "cohort_id", List.of()));

        MappedTable scenarios = MappedTable.of("scenarios", Part.SCENARIOS, TestScenario.class,
                "One test scenario: the customer's scenario type and the journey's outcome (its user block is the"
                        + " customer's own values: join customers on customer_id).",
                // the scenario's user block is a copy of its customer's values (name, age, persona, risk level and
                // the whole screening history): the customers row and its screenings rows hold them once
                Shape.of().elsewhere("user").elsewhere("journey"), "scenario_id",
                List.of(new ForeignKey(List.of(CUSTOMER_ID), "customers", List.of("id"))), List.of());
        tables.add(scenarios);
        tables.add(MappedTable.nested("journey_steps", scenarios, TestScenario.class,
                new MappedTable.Key(SCENARIO_ID, s -> ((TestScenario) s).scenarioId()), "journey",
                "One step of a scenario's journey, in journey order.",
                Shape.of().rename("timestamp", "occurred_at"), null, List.of()));

        tables.add(MappedTable.of("engagement_steps", Part.ENGAGEMENT_STEPS, EngagementStep.class,
                "The adapted step of one journey step a customer reached.",
                Shape.of()
                        .rename("type", "tier")
                        .prefix("valueComponents", "value_")
                        .prefix("emotionalComponents", "emotional_")
                        .prefix("personaComponents", "persona_")
                        .prefix("disclosureComponents", "disclosure_")
                        .prefix("disclosureComponents.visibilityRules", "disclosure_")
                        .prefix("interactions", "")
                        .prefix("patternMetrics", ""),
                "id",
                List.of(new ForeignKey(List.of(CUSTOMER_ID), "customers", List.of("id")),
                        new ForeignKey(List.of(SCENARIO_ID), "scenarios", List.of(SCENARIO_ID))),
                List.of()));
        tables.add(MappedTable.of("events", Part.EVENTS, EngagementEvent.class,
                "One event of a customer's timeline, in time order.",
                Shape.of().rename("timestamp", "occurred_at").rename("type", "event_type"), "event_id",
                List.of(new ForeignKey(List.of(CUSTOMER_ID), "customers", List.of("id"))), List.of()));
        return List.copyOf(tables);
    }

    /**
     * {@code customer_attributes}: the product's own attributes (docs/attributes.md), one row per attribute a customer
     * has, its value in the one column of its kind: the attributes are configuration, so they are rows, not columns.
     */
    private static MappedTable attributes(MappedTable customers) {
        String name = "customer_attributes";
        List<Column> columns = List.of(
                new Column(CUSTOMER_ID, SqlType.TEXT, false, "id of the customers row"),
                new Column("attribute_id", SqlType.TEXT, false, "a key of attributes"),
                new Column("text_value", SqlType.TEXT, true, "attributes.<id>, an enumeration's value"),
                new Column("integer_value", SqlType.BIGINT, true, "attributes.<id>, a whole number"),
                new Column("number_value", SqlType.DOUBLE, true, "attributes.<id>, a number with decimals"),
                new Column("boolean_value", SqlType.BOOLEAN, true, "attributes.<id>, true or false"),
                new Column("date_value", SqlType.DATE, true, "attributes.<id>, an ISO date"));
        String oneValue = String.join(" + ", columns.subList(2, columns.size()).stream()
                .map(col -> "CASE WHEN " + col.name() + " IS NULL THEN 0 ELSE 1 END").toList()) + " = 1";
        Table table = new Table(name, Part.CUSTOMERS, "One of the product's own attributes of a customer"
                + " (docs/attributes.md), its value in the column of its kind.", columns,
                List.of(CUSTOMER_ID, "attribute_id"),
                List.of(new ForeignKey(List.of(CUSTOMER_ID), customers.table().name(), List.of("id"))),
                List.of(new Check(name + "_one_value_check", oneValue)));
        return MappedTable.custom(table, o -> {
            CustomerProfile p = (CustomerProfile) o;
            List<List<Object>> rows = new ArrayList<>();
            for (Map.Entry<String, Object> e : p.attributes().entrySet()) {
                Object v = e.getValue();
                rows.add(Collections.unmodifiableList(java.util.Arrays.asList(p.id(), e.getKey(),
                        v instanceof String ? v : null, v instanceof Long ? v : null, v instanceof Double ? v : null,
                        v instanceof Boolean ? v : null, v instanceof LocalDate ? v : null)));
            }
            return List.copyOf(rows);
        });
    }
}
