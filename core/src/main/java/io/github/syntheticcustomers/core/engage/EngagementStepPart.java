package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.io.CsvColumns;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code engagement-steps.*} files: for dataset index {@code i}, the adapted step of every journey
 * step customer {@code i} reached, in journey order. The CSV is a flat summary, one row per step: ids,
 * the step's place and outcome, the adaptation chosen (tier, approach, emotional support), the simulated
 * interactions and the pattern metrics; the nested value, disclosure and loading components are JSON only. Interactions are simulated
 * from the customer's engagement data with {@code Rng.of(seed, i, "interactions")}, one step after
 * another, and a {@link ProgressState} is carried along so each step records the journey progress.
 */
public final class EngagementStepPart implements DatasetPart<EngagementStep> {

    /** File base name. */
    public static final String NAME = "engagement-steps";
    /** The Rng purpose of simulated interactions. */
    public static final String PURPOSE = "interactions";

    private static final CsvColumns<EngagementStep> CSV = CsvColumns.<EngagementStep>builder()
            .add("id", EngagementStep::id)
            .add("customer_id", EngagementStep::customerId)
            .add("scenario_id", EngagementStep::scenarioId)
            .add("journey_step", EngagementStep::journeyStep)
            .add("phase", EngagementStep::phase)
            .add("emotional_state", EngagementStep::emotionalState)
            .add("completion_status", EngagementStep::completionStatus)
            .add("tier", s -> s.type().id())
            .add("approach", s -> s.personaComponents().approach())
            .add("emotional_support", s -> s.emotionalComponents().type())
            .add("progress", EngagementStep::progress)
            .add("time_on_step_seconds", s -> s.interactions().timeOnStepSeconds())
            .add("scroll_depth", s -> s.interactions().scrollDepth())
            .add("hesitations", s -> s.interactions().hesitations())
            .add("revisits", s -> s.interactions().revisits())
            .add("help_opened", s -> s.interactions().helpOpened())
            .add("details_expanded", s -> s.interactions().detailsExpanded())
            .add("value_articulation", s -> s.patternMetrics().valueArticulation())
            .add("emotional_scaffolding", s -> s.patternMetrics().emotionalScaffolding())
            .add("progressive_disclosure", s -> s.patternMetrics().progressiveDisclosure())
            .add("persona_alignment", s -> s.patternMetrics().personaAlignment())
            .add("content", EngagementStep::content)
            .build();

    private final DatasetGenerator generator;
    private final JourneySource journeys;
    private final EngagementEngine engine;
    /**
     * The last index's steps on this thread: a writer asks every part for index {@code i} in turn on one thread, and
     * the engagement-steps file and the relational {@code engagement_steps} table both ask this part, so each
     * customer's steps are built once. The records are immutable, so handing out the same list is safe.
     */
    private final ThreadLocal<Last> last = new ThreadLocal<>();

    private record Last(long index, List<EngagementStep> steps) {
    }

    /**
     * Steps for the journeys {@code journeys} gives each customer (in the dataset: the customer's
     * scenario, {@link ScenarioJourneys}).
     */
    public EngagementStepPart(DatasetGenerator generator, JourneySource journeys) {
        this.generator = generator;
        this.journeys = journeys;
        this.engine = EngagementEngine.of(generator.config());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CsvColumns<EngagementStep> csvColumns() {
        return CSV;
    }

    @Override
    public List<EngagementStep> recordsFor(long index) {
        Last seen = last.get();
        if (seen != null && seen.index() == index) {
            return seen.steps();
        }
        List<EngagementStep> steps = recordsFor(index, generator.customer(index));
        last.set(new Last(index, steps));
        return steps;
    }

    /**
     * The same records as {@link #recordsFor(long)} for a customer already generated ({@code customer} must be
     * dataset index {@code index}'s), so an in-memory dataset does not generate each customer twice.
     */
    public List<EngagementStep> recordsFor(long index, CustomerProfile customer) {
        return steps(customer, journeys.journey(index, customer), Rng.of(generator.seed(), index, PURPOSE));
    }

    /** The adapted steps of one customer's journey, drawing interactions from {@code rng}. */
    List<EngagementStep> steps(CustomerProfile customer, CustomerJourney journey, Rng rng) {
        PersonaConfig persona = generator.config().personas().get(customer.personaType());
        String approach = persona == null ? null : persona.approach();
        List<String> standard = engine.catalogue().stepIds();
        ProgressState state = ProgressState.start(customer.id());
        // the steps completed on the timeline before this journey (a returning user's first pass) count as done
        int before = Math.min(journey.completedBefore(), standard.size());
        for (int k = 0; k < before; k++) {
            state = state.advance(standard.get(k), true, List.of(), InteractionMeasurements.NEUTRAL);
        }
        List<EngagementStep> out = new ArrayList<>();
        int position = 0;
        for (JourneyPoint point : journey.points()) {
            position++;
            InteractionMeasurements m = InteractionSimulator.next(rng, customer.traits(), customer.engagement(),
                    engine.emotions().classOf(point.emotionalState()), point.completionStatus(),
                    point.timeOnStepSeconds(), generator.config().engagement().stepEngagement());
            boolean completed = "completed".equals(point.completionStatus());
            double progress = ProgressPreservation.calculateProgress(
                    state.advance(point.stepId(), completed, List.of(), m), standard);
            EngagementStep step = engine.adapt(new StepInput(journey.customerId(), journey.scenarioId(),
                    point.stepId(), point.phase(), position, standard.indexOf(point.stepId()) + 1, standard.size(),
                    approach, customer.traits(), point.emotionalState(), point.completionStatus(), m, progress,
                    JourneySoFar.of(state), customer.demographics().firstName(), customer));
            state = state.advance(point.stepId(), completed,
                    step.disclosureComponents().visibilityRules().visibleTiers(), m);
            out.add(step);
        }
        return out;
    }
}
