package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.IntRange;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds customer {@code i}'s journey through the configured framework's steps from (seed, configuration, i, customer i)
 * alone. Emotions, statuses, actions and times each draw from their own {@link Rng} stream, so changing
 * e.g. a transition weight changes the emotions without reshuffling the other draws. The journey stops
 * at an {@code abandoned} step. Timestamps start days after the reference date; steps of a phase are
 * minutes apart (one session, starting at {@code session_hour} in the time zone of the customer's region),
 * phases days apart; they strictly increase. Immutable and thread-safe.
 */
final class JourneyGenerator {

    private final long seed;
    private final JourneyConfig journey;
    private final ScenarioConfig scenarios;
    private final Map<String, EmotionModel> models = new LinkedHashMap<>();
    private final CompletionModel completion;
    private final JourneyFramework framework;
    private final StepActions stepActions;
    private final EmotionalStates states;
    private final CustomerPredicates predicates;
    /** Each region's time zone, by the name customers carry as their state. */
    private final Map<String, ZoneId> zones;
    private final LocalDate reference;

    JourneyGenerator(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.journey = config.journey();
        this.scenarios = config.scenarios();
        this.framework = JourneyFramework.of(config);
        this.states = EmotionalStates.of(config);
        this.predicates = new CustomerPredicates(config);
        this.reference = config.referenceDate();
        this.zones = Region.zonesByName(config.regions());
        this.stepActions = new StepActions(config, states);
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            JourneyConfig.PersonaJourney entry = journey.personas() == null ? null : journey.personas().get(e.getKey());
            models.put(e.getKey(), EmotionModel.of(journey, framework, states, e.getValue(), entry));
        }
        this.completion = new CompletionModel(journey.completion(), states);
    }

    /** The journey of customer {@code index} ({@code customer} is that customer) in a scenario of {@code type}. */
    List<JourneyStep> journey(long index, CustomerProfile customer, String type, boolean recentLifeEvent) {
        EmotionModel model = models.get(customer.personaType());
        ScenarioConfig.ScenarioType scenario = scenarios.types().get(type);
        double scenarioBias = scenario == null || scenario.completionBias() == null ? 0 : scenario.completionBias();
        double[] extraInitial = scenario == null || scenario.initial() == null ? null
                : EmotionModel.vector(states, scenario.initial());
        double base = completion.customerBase(customer, recentLifeEvent, model.completionBias() + scenarioBias);

        CustomerPredicates.Facts facts = predicates.facts(customer);
        Rng emotions = Rng.of(seed, index, "journey-emotion");
        Rng statuses = Rng.of(seed, index, "journey-status");
        Rng actions = Rng.of(seed, index, "journey-actions");
        Rng times = Rng.of(seed, index, "journey-time");
        JourneyConfig.Timing timing = journey.timing();
        ZoneId zone = zones.getOrDefault(customer.demographics().state(), ZoneOffset.UTC);

        List<JourneyStep> steps = new ArrayList<>();
        Instant time = null;
        int state = -1;
        String phase = null;
        List<JourneyFramework.Step> all = framework.steps();
        int from = scenario == null || scenario.start() == null ? 0 : framework.position(scenario.start());
        for (JourneyFramework.Step step : all.subList(from, all.size())) {
            state = state < 0 ? model.first(emotions, extraInitial, step.position())
                    : model.next(emotions, state, step.position());
            String status = completion.status(statuses, base, state, step);
            if (time == null) {
                time = sessionStart(times, reference.plusDays(draw(times, timing.startDays())), zone, timing);
            } else if (!step.phase().equals(phase)) {
                LocalDate day = time.atZone(zone).toLocalDate().plusDays(draw(times, timing.daysBetweenPhases()));
                Instant next = sessionStart(times, day, zone, timing);
                time = next.isAfter(time) ? next : time.plus(1, ChronoUnit.MINUTES);
            } else {
                time = time.plus(draw(times, timing.minutesBetweenSteps()), ChronoUnit.MINUTES);
            }
            phase = step.phase();
            steps.add(new JourneyStep(step.phase(), step.id(), time,
                    stepActions.actions(actions, step, state, status, facts),
                    states.ids().get(state), status));
            if (status.equals(CompletionStatus.ABANDONED)) {
                break;
            }
        }
        return steps;
    }

    /** A session on local {@code day} at {@code session_hour} in the customer's time zone. */
    private static Instant sessionStart(Rng rng, LocalDate day, ZoneId zone, JourneyConfig.Timing timing) {
        int hour = draw(rng, timing.sessionHour());
        return ZonedDateTime.of(day, LocalTime.of(hour, rng.nextInt(60)), zone).toInstant();
    }

    private static int draw(Rng rng, IntRange range) {
        return rng.nextInt(range.min(), range.max() + 1);
    }
}
