package io.github.syntheticcustomers.benchmarks;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.engage.EngagementEngine;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.JourneyPoint;
import io.github.syntheticcustomers.core.engage.JourneySoFar;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.engage.StepInput;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One record at a time: average time of customer {@code i}, scenario {@code i} (its customer
 * included), one adapted engagement step (the engine's {@code adapt} on the inputs of real journey steps,
 * checked in set-up to reproduce the dataset's steps), and customer {@code i} for i = 10^9 in a dataset of
 * 2·10^9 (addressability: no work proportional to i or to the count).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordBenchmark {

    private DatasetGenerator generator;
    private DatasetGenerator huge;
    private long index;
    private EngagementEngine engine;
    private List<StepInput> stepInputs;
    private int stepIndex;

    @Setup(Level.Trial)
    public void setUp() {
        generator = new DatasetGenerator(ConfigLoader.defaults(), 42, 10_000_000);
        huge = new DatasetGenerator(ConfigLoader.defaults(), 42, 2_000_000_000L);
        engine = EngagementEngine.of(generator.config());
        stepInputs = stepInputs(1000);
    }

    /** The inputs of the engagement steps of customers 0…n−1, each checked to give the dataset's step. */
    private List<StepInput> stepInputs(int customers) {
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        List<StepInput> inputs = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            CustomerProfile customer = generator.customer(i);
            TestScenario scenario = generator.scenario(i);
            PersonaConfig persona = generator.config().personas().get(customer.personaType());
            List<EngagementStep> steps = part.recordsFor(i, customer);
            List<JourneyPoint> points = ScenarioJourneys.of(scenario).points();
            int completed = 0;
            double confidence = 0;
            double hesitation = 0;
            for (int k = 0; k < steps.size(); k++) {
                EngagementStep step = steps.get(k);
                // the journey so far, as the engine saw it: the steps before this one
                JourneySoFar soFar = k == 0 ? JourneySoFar.NONE
                        : new JourneySoFar(k, completed, confidence / k, hesitation / k);
                List<String> stepIds = engine.catalogue().stepIds();
                StepInput input = new StepInput(customer.id(), scenario.scenarioId(), step.journeyStep(), step.phase(),
                        k + 1, stepIds.indexOf(step.journeyStep()) + 1, stepIds.size(), persona.approach(),
                        customer.traits(), step.emotionalState(), points.get(k).completionStatus(),
                        step.interactions(), step.progress(), soFar, customer.demographics().firstName(),
                        customer);
                completed += "completed".equals(points.get(k).completionStatus()) ? 1 : 0;
                confidence += step.interactions().confidence();
                hesitation += step.interactions().hesitationLoad();
                if (!engine.adapt(input).equals(step)) {
                    throw new IllegalStateException("benchmark input does not reproduce step " + step.id());
                }
                inputs.add(input);
            }
        }
        return inputs;
    }

    /** A different index each call, so the per-thread memo never answers. */
    private long nextIndex() {
        index = (index + 7919) % 10_000_000;
        return index;
    }

    @Benchmark
    public CustomerProfile customer() {
        return generator.customer(nextIndex());
    }

    @Benchmark
    public TestScenario scenarioWithItsCustomer() {
        return generator.scenario(nextIndex());
    }

    @Benchmark
    public EngagementStep adaptedEngagementStep() {
        stepIndex = stepIndex + 1 == stepInputs.size() ? 0 : stepIndex + 1;
        return engine.adapt(stepInputs.get(stepIndex));
    }

    @Benchmark
    public CustomerProfile customerAtOneBillion() {
        index = index == 1_000_000_000L ? 1_000_000_001L : 1_000_000_000L;
        return huge.customer(index);
    }
}
