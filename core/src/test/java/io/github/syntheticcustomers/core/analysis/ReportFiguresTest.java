package io.github.syntheticcustomers.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures the report leads with, recomputed from whole lists: where the journeys reaching each phase came from,
 * the per-step funnel, and the sample customers' rule (the defaults and the custom journey example).
 */
class ReportFiguresTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    static Stream<Arguments> datasets() {
        GeneratorConfig custom = ConfigLoader.load(Path.of(System.getProperty("basedir", "."))
                .resolve("../examples/custom-journey/src/test/synthetic/programme.yaml"));
        return Stream.of(Arguments.of(DEFAULTS, 42L), Arguments.of(custom, 3L));
    }

    private static boolean inPhase(TestScenario s, String phase) {
        return s.journey().stream().anyMatch(st -> phase.equals(st.phase()));
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void startedHerePlusContinuedIsReachedPerPhase(GeneratorConfig config, long seed) {
        LoadedDataset d = LoadedDataset.generate(new DatasetGenerator(config, seed, 400));
        Analysis a = Analysis.of(d, config);
        List<String> phases = JourneyFramework.of(config).phases();
        assertEquals(phases.size(), a.phaseFlow().size());
        boolean laterStart = false;
        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            Analysis.PhaseFlow f = a.phaseFlow().get(i);
            assertEquals(f.reached(), f.entered() + f.arrived(), phase);
            long arrived = d.scenarios().stream().filter(s -> inPhase(s, phase)
                    && !s.journey().get(0).phase().equals(phase)).count();
            assertEquals(arrived, f.arrived(), phase);
            laterStart |= i > 0 && f.entered() > 0;
        }
        assertEquals(0, a.phaseFlow().get(0).arrived(), "nothing comes before the first phase");
        if (config == DEFAULTS) {
            assertTrue(laterStart, "the defaults' returning users start in a later phase");
        }
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void theStepFunnelCountsEqualThoseRecomputedFromTheScenarios(GeneratorConfig config, long seed) {
        LoadedDataset d = LoadedDataset.generate(new DatasetGenerator(config, seed, 400));
        Analysis a = Analysis.of(d, config);
        List<JourneyFramework.Step> steps = JourneyFramework.of(config).steps();
        assertEquals(steps.stream().map(JourneyFramework.Step::id).toList(),
                a.stepFunnel().stream().map(Analysis.StepFunnel::step).toList(), "every step, in framework order");
        for (Analysis.StepFunnel f : a.stepFunnel()) {
            assertEquals(count(d, f.step(), null), f.reached(), f.step());
            assertEquals(count(d, f.step(), CompletionStatus.COMPLETED), f.completed(), f.step());
            assertEquals(count(d, f.step(), CompletionStatus.ABANDONED), f.abandoned(), f.step());
            assertTrue(f.completed() <= f.reached() && f.abandoned() <= f.reached(), f.step());
        }
        assertTrue(a.stepFunnel().stream().anyMatch(f -> f.abandoned() > 0), "some step is abandoned");
        assertTrue(a.stepFunnel().stream().mapToLong(Analysis.StepFunnel::reached).distinct().count() > 1,
                "the funnel narrows somewhere");
    }

    /** Journeys with a step {@code step} (with {@code status}, when given). */
    private static long count(LoadedDataset d, String step, String status) {
        return d.scenarios().stream().filter(s -> s.journey().stream().anyMatch(st -> st.step().equals(step)
                && (status == null || status.equals(st.completionStatus())))).count();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void theSampleCustomersAreTheFirstOfTheLargestPersonas(GeneratorConfig config, long seed) {
        LoadedDataset d = LoadedDataset.generate(new DatasetGenerator(config, seed, 400));
        Analysis a = Analysis.of(d, config);
        List<Analysis.Category> bySize = new ArrayList<>(a.personas().stream().filter(p -> p.count() > 0).toList());
        bySize.sort(Comparator.comparingLong(Analysis.Category::count).reversed());
        List<String> expected = bySize.stream().limit(4).map(p -> d.customers().stream()
                .filter(c -> c.personaType().equals(p.id())).findFirst().orElseThrow().id()).toList();
        assertEquals(expected, a.sampleCustomers().stream().map(Analysis.SampleCustomer::id).toList());
        for (Analysis.SampleCustomer s : a.sampleCustomers()) {
            int index = indexOf(d.customers(), s.id());
            CustomerProfile c = d.customers().get(index);
            TestScenario scenario = d.scenarios().get(index);
            assertEquals(c.demographics().fullName(), s.name());
            assertEquals(c.riskLevel(), s.riskLevel());
            assertEquals(c.riskScore(), s.riskScore());
            assertEquals(config.personas().get(c.personaType()).name(), s.personaName());
            assertEquals(scenario.scenarioType(), s.scenarioType());
            assertEquals(scenario.journey().size(), s.journeySteps());
            List<JourneyStep> shown = scenario.journey().subList(0, Math.min(Analysis.SAMPLE_JOURNEY_STEPS,
                    scenario.journey().size()));
            assertEquals(shown.stream().map(JourneyStep::step).toList(),
                    s.journey().stream().map(Analysis.SampleStep::step).toList());
            assertEquals(shown.stream().map(JourneyStep::completionStatus).toList(),
                    s.journey().stream().map(Analysis.SampleStep::status).toList());
            List<java.time.LocalDate> panels = c.healthProfile().panelDates();
            assertEquals(panels.isEmpty() ? 0 : c.healthProfile().panel(panels.get(panels.size() - 1)).size(),
                    s.measurements().size());
        }
    }

    private static int indexOf(List<CustomerProfile> customers, String id) {
        for (int i = 0; i < customers.size(); i++) {
            if (customers.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no customer " + id);
    }

    @Test
    void aCustomerWithoutAScenarioHasACardWithoutAJourney() {
        LoadedDataset d = LoadedDataset.generate(new DatasetGenerator(DEFAULTS, 5, 60));
        Analysis a = Analysis.of(LoadedDataset.of(d.customers()), DEFAULTS);
        assertTrue(a.sampleCustomers().size() >= 3);
        for (Analysis.SampleCustomer s : a.sampleCustomers()) {
            assertNull(s.scenarioType());
            assertEquals(List.of(), s.journey());
        }
        assertEquals(List.of(), a.stepFunnel());
    }

    @Test
    void theChoiceIsDeterministic() {
        LoadedDataset d = LoadedDataset.generate(new DatasetGenerator(DEFAULTS, 9, 200));
        assertEquals(Analysis.of(d, DEFAULTS).sampleCustomers(), Analysis.of(d, DEFAULTS).sampleCustomers());
        assertEquals(Analysis.of(d, DEFAULTS), Analysis.of(LoadedDataset.generate(new DatasetGenerator(DEFAULTS, 9,
                200)), DEFAULTS));
    }
}
