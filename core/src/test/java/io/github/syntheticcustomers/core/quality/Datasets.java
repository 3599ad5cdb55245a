package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.NarrativeEntry;
import io.github.syntheticcustomers.core.config.NarrativePools;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.Narrative;
import io.github.syntheticcustomers.core.model.ScenarioUser;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The default dataset, generated once, and ways to break copies of it on purpose. */
public final class Datasets {

    /** The default configuration. */
    public static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    /** The default dataset in memory: 500 customers and their scenarios, seed 42. */
    public static final LoadedDataset DATASET = LoadedDataset.generate(new DatasetGenerator(CONFIG, 42, 500));
    /** The default 500 customers, seed 42. */
    public static final List<CustomerProfile> DEFAULT = DATASET.customers();
    /** The default 500 scenarios, seed 42. */
    public static final List<TestScenario> SCENARIOS = DATASET.scenarios();

    private Datasets() {
    }

    /** A copy of the default customers with {@code edit} applied to the first {@code n} that match. */
    public static List<CustomerProfile> edit(java.util.function.Predicate<CustomerProfile> which, int n,
            UnaryOperator<CustomerProfile> edit) {
        List<CustomerProfile> out = new ArrayList<>();
        int done = 0;
        for (CustomerProfile c : DEFAULT) {
            if (done < n && which.test(c)) {
                out.add(edit.apply(c));
                done++;
            } else {
                out.add(c);
            }
        }
        if (done < n) {
            throw new IllegalStateException("only " + done + " customers match, wanted " + n);
        }
        return out;
    }

    /**
     * The customer moved to another persona, with a narrative of that persona's phrases that hold for anyone (so
     * the move breaks the persona distribution only, not the narrative's coherence).
     */
    public static CustomerProfile withPersona(CustomerProfile c, String persona) {
        if (!CONFIG.personas().containsKey(persona)) {
            // an unknown persona has no phrases to judge the narrative by
            return new CustomerProfile(c.id(), persona, c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                    c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
        }
        NarrativePools pools = CONFIG.personas().get(persona).narrative();
        Narrative n = c.narrative();
        List<String> concerns = new ArrayList<>(plain(pools.concerns(), 2));
        if (!c.healthProfile().familyHistory().isEmpty()) {
            concerns.add(n.concerns().get(n.concerns().size() - 1)); // the family-history concern comes last
        }
        Narrative moved = new Narrative(n.summary(), plain(pools.motivations(), 2), concerns, plain(pools.goals(), 2),
                plain(pools.quotes(), 1).get(0));
        return new CustomerProfile(c.id(), persona, c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                c.healthProfile(), c.lifeEvents(), c.engagement(), moved, c.sdoh());
    }

    private static List<String> plain(List<NarrativeEntry> entries, int k) {
        return entries.stream().filter(e -> e.when() == null).map(NarrativeEntry::text).limit(k).toList();
    }

    public static CustomerProfile withRisk(CustomerProfile c, String level, int score) {
        return new CustomerProfile(c.id(), c.personaType(), level, score, c.traits(), c.demographics(),
                c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }

    public static CustomerProfile withId(CustomerProfile c, String id) {
        return new CustomerProfile(id, c.personaType(), c.riskLevel(), c.riskScore(), c.traits(), c.demographics(),
                c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }

    public static CustomerProfile withDemographics(CustomerProfile c, UnaryOperator<Demographics> edit) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                edit.apply(c.demographics()), c.healthProfile(), c.lifeEvents(), c.engagement(), c.narrative(),
                c.sdoh());
    }

    /** Demographics with age and date of birth shifted by {@code years} (still consistent with each other). */
    public static Demographics older(Demographics d, int years) {
        return new Demographics(d.firstName(), d.lastName(), d.gender(), d.age() + years,
                d.dateOfBirth().minusYears(years), d.email(), d.phone(), d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(),
                d.occupation(),
                d.education(), d.maritalStatus(), d.householdSize(), d.incomeBracket());
    }

    public static Demographics contact(Demographics d, String email, String phone) {
        return new Demographics(d.firstName(), d.lastName(), d.gender(), d.age(), d.dateOfBirth(), email, phone,
                d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(),
                d.occupation(), d.education(), d.maritalStatus(), d.householdSize(),
                d.incomeBracket());
    }

    public static Demographics age(Demographics d, int age) {
        return new Demographics(d.firstName(), d.lastName(), d.gender(), age, d.dateOfBirth(), d.email(), d.phone(),
                d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(),
                d.occupation(), d.education(), d.maritalStatus(), d.householdSize(),
                d.incomeBracket());
    }

    /** A copy of the default scenarios with {@code edit} applied to the first {@code n} that match. */
    public static List<TestScenario> editScenarios(java.util.function.Predicate<TestScenario> which, int n,
            UnaryOperator<TestScenario> edit) {
        List<TestScenario> out = new ArrayList<>();
        int done = 0;
        for (TestScenario s : SCENARIOS) {
            if (done < n && which.test(s)) {
                out.add(edit.apply(s));
                done++;
            } else {
                out.add(s);
            }
        }
        if (done < n) {
            throw new IllegalStateException("only " + done + " scenarios match, wanted " + n);
        }
        return out;
    }

    public static TestScenario withJourney(TestScenario s, List<JourneyStep> journey) {
        return new TestScenario(s.scenarioId(), s.customerId(), s.scenarioType(), s.user(), s.journeyStatus(), s.completedBefore(), journey);
    }

    public static TestScenario withUser(TestScenario s, ScenarioUser user) {
        return new TestScenario(s.scenarioId(), s.customerId(), s.scenarioType(), user, s.journeyStatus(), s.completedBefore(), s.journey());
    }

    public static TestScenario withIds(TestScenario s, String scenarioId, String customerId, String type) {
        return new TestScenario(scenarioId, customerId, type, s.user(), s.journeyStatus(), s.completedBefore(), s.journey());
    }

    /** Every step's fields mapped by {@code edit}. */
    public static TestScenario mapSteps(TestScenario s, UnaryOperator<JourneyStep> edit) {
        return withJourney(s, s.journey().stream().map(edit).toList());
    }

    public static JourneyStep step(JourneyStep s, String emotion, String status) {
        return new JourneyStep(s.phase(), s.step(), s.timestamp(), s.actions(), emotion, status, s.timeOnStepSeconds());
    }
}
