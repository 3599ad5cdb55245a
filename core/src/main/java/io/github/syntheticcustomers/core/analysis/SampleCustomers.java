package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.SampleCustomer;
import io.github.syntheticcustomers.core.analysis.Analysis.SampleMeasurement;
import io.github.syntheticcustomers.core.analysis.Analysis.SampleStep;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report's sample customers, chosen in the streamed pass without holding the dataset: the first customer of
 * every persona is kept (one small record per persona, so memory depends on the personas, not on the count), and
 * {@link #result} picks those of the largest personas. The rule is {@link #RULE}; it depends only on the records and
 * their order, so the same dataset gives the same cards, streamed or in memory.
 */
final class SampleCustomers {

    /** How many cards at most. */
    static final int MAX = 4;
    /** The most journey steps a card lists; the rest is counted ({@link SampleCustomer#journeySteps()}). */
    static final int MAX_STEPS = 40;
    /** The rule, in words, as the report and docs/report.md state it. */
    static final String RULE = "the first customer, in record order, of each of the " + MAX + " personas with the most "
            + "customers (ties in configuration order), largest persona first";

    /** Distinct persona values kept at most (a hand-edited file may hold any number of odd ones). */
    private static final int MAX_PERSONAS = 256;

    private final JourneyAnalysis names;
    private final Map<String, SampleCustomer> firstOfPersona = new LinkedHashMap<>();

    SampleCustomers(JourneyAnalysis names) {
        this.names = names;
    }

    /** Keeps {@code customer} when it is the first of its persona; {@code scenario} is its journey when it is its. */
    void add(CustomerProfile customer, TestScenario scenario) {
        String persona = String.valueOf(customer.personaType());
        if (firstOfPersona.containsKey(persona) || firstOfPersona.size() >= MAX_PERSONAS) {
            return;
        }
        firstOfPersona.put(persona, sample(customer,
                scenario != null && Objects.equals(scenario.customerId(), customer.id()) ? scenario : null));
    }

    /** The cards for {@code personas} (the customer part's categories, configuration order first). */
    List<SampleCustomer> result(List<Category> personas) {
        List<Category> bySize = new ArrayList<>(personas);
        // a stable sort: equal counts keep the configuration order
        bySize.sort(Comparator.comparingLong(Category::count).reversed());
        List<SampleCustomer> out = new ArrayList<>();
        for (Category p : bySize) {
            SampleCustomer c = firstOfPersona.get(p.id());
            if (c != null && out.size() < MAX) {
                out.add(withPersonaName(c, p.name()));
            }
        }
        return out;
    }

    private static SampleCustomer withPersonaName(SampleCustomer c, String personaName) {
        return new SampleCustomer(c.id(), c.name(), c.age(), c.gender(), c.persona(), personaName, c.riskLevel(),
                c.riskScore(), c.conditions(), c.measurements(), c.scenarioType(), c.journeyStatus(), c.journey(),
                c.journeySteps());
    }

    private SampleCustomer sample(CustomerProfile c, TestScenario s) {
        List<String> conditions = c.healthProfile().conditions().stream().map(Condition::name).toList();
        List<SampleMeasurement> measurements = new ArrayList<>();
        List<LocalDate> panels = c.healthProfile().panelDates();
        if (!panels.isEmpty()) {
            for (Observation o : c.healthProfile().panel(panels.get(panels.size() - 1))) {
                measurements.add(new SampleMeasurement(o.code(), o.value(), o.unit(), o.date()));
            }
        }
        List<SampleStep> journey = new ArrayList<>();
        List<JourneyStep> steps = s == null ? List.of() : s.journey();
        for (JourneyStep st : steps.subList(0, Math.min(MAX_STEPS, steps.size()))) {
            journey.add(new SampleStep(st.step(), names.displayName(st.step()), st.phase(),
                    names.displayName(st.phase()), st.completionStatus(),
                    st.timestamp() == null ? null : LocalDate.ofInstant(st.timestamp(), ZoneOffset.UTC)));
        }
        return new SampleCustomer(c.id(), c.demographics().fullName(), c.demographics().age(),
                c.demographics().gender(), String.valueOf(c.personaType()), String.valueOf(c.personaType()),
                String.valueOf(c.riskLevel()), c.riskScore(), conditions, measurements,
                s == null ? null : s.scenarioType(), s == null ? null : s.journeyStatus(), journey, steps.size());
    }
}
