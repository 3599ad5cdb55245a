package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.timeline.JourneyPlacement;
import io.github.syntheticcustomers.core.timeline.PlatformCourse;
import io.github.syntheticcustomers.core.timeline.Session;
import io.github.syntheticcustomers.core.config.Region;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds customer {@code i}'s journey through the configured framework's steps from (seed, configuration, i, customer i,
 * the customer's platform course) alone. Emotions, statuses, actions and times each draw from their own {@link Rng}
 * stream, so changing e.g. a transition weight changes the emotions without reshuffling the other draws. The journey
 * stops at an {@code abandoned} step. Its steps are placed on the customer's sessions ({@link JourneyPlacement}): the
 * latest stretch of sessions that holds them all, or from the account's first session for a type
 * {@code from_sign_up}; a journey the sessions up to the reference date cannot hold is still in progress there. A
 * type with a later {@code start} step had the steps before it completed in the customer's first sessions. Immutable
 * and thread-safe.
 */
final class JourneyGenerator {

    private final long seed;
    private final JourneyConfig journey;
    private final ScenarioConfig scenarios;
    private final TimelineConfig.Journey time;
    private final Map<String, EmotionModel> models = new LinkedHashMap<>();
    private final CompletionModel completion;
    private final JourneyFramework framework;
    private final StepActions stepActions;
    private final EmotionalStates states;
    private final CustomerPredicates predicates;
    /** Each region's time zone, by the name customers carry as their state. */
    private final Map<String, ZoneId> zones;

    JourneyGenerator(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.journey = config.journey();
        this.scenarios = config.scenarios();
        this.time = config.timeline().journey();
        this.framework = JourneyFramework.of(config);
        this.states = EmotionalStates.of(config);
        this.predicates = new CustomerPredicates(config);
        this.stepActions = new StepActions(config, states);
        this.zones = Region.zonesByName(config.regions());
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            JourneyConfig.PersonaJourney entry = journey.personas() == null ? null : journey.personas().get(e.getKey());
            models.put(e.getKey(), EmotionModel.of(journey, framework, states, e.getValue(), entry));
        }
        this.completion = new CompletionModel(journey.completion(), states);
    }

    /**
     * The journey of customer {@code index} ({@code customer} is that customer, {@code platform} their platform
     * course) in a scenario of {@code type}.
     */
    PlacedJourney journey(long index, CustomerProfile customer, PlatformCourse platform, String type,
            boolean recentLifeEvent) {
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

        List<JourneyFramework.Step> all = framework.steps();
        int from = scenario == null || scenario.start() == null ? 0 : framework.position(scenario.start());
        List<JourneyFramework.Step> reached = new ArrayList<>();
        List<Integer> stateIds = new ArrayList<>();
        List<String> statusIds = new ArrayList<>();
        int state = -1;
        for (JourneyFramework.Step step : all.subList(from, all.size())) {
            state = state < 0 ? model.first(emotions, extraInitial, step.position())
                    : model.next(emotions, state, step.position());
            String status = completion.status(statuses, base, state, step);
            reached.add(step);
            stateIds.add(state);
            statusIds.add(status);
            if (status.equals(CompletionStatus.ABANDONED)) {
                break;
            }
        }
        List<JourneyPlacement.Step> priorSteps = new ArrayList<>();
        for (JourneyFramework.Step step : all.subList(0, from)) {
            priorSteps.add(new JourneyPlacement.Step(step.phase(), seconds(times, step, CompletionStatus.COMPLETED),
                    gap(times)));
        }
        List<JourneyPlacement.Step> toPlace = new ArrayList<>();
        for (int k = 0; k < reached.size(); k++) {
            toPlace.add(new JourneyPlacement.Step(reached.get(k).phase(),
                    seconds(times, reached.get(k), statusIds.get(k)), gap(times)));
        }

        JourneyPlacement placement = new JourneyPlacement(platform.sessions(), time.newSessionPerPhase());
        List<JourneyPlacement.Placed> prior = placement.from(0, priorSteps);
        int earliest = prior.isEmpty() ? 0 : JourneyPlacement.after(prior, 0);
        boolean fromSignUp = scenario != null && Boolean.TRUE.equals(scenario.fromSignUp());
        int first = fromSignUp ? earliest : placement.latestStart(earliest, toPlace);
        List<JourneyPlacement.Placed> placed = new ArrayList<>(placement.from(first, toPlace));
        if (placed.isEmpty()) {
            // no session from the first on is long enough for the first step: the customer opened it in the last
            // session and the session ended before the step did
            int last = platform.sessions().size() - 1;
            Session session = platform.sessions().get(Math.min(Math.max(first, 0), last));
            Instant start = session.start().plusSeconds(Math.min(toPlace.get(0).gapSeconds(), session.seconds() / 2));
            int seconds = (int) Math.max(1, session.end().getEpochSecond() - start.getEpochSecond());
            placed.add(new JourneyPlacement.Placed(session.number() - 1, start, seconds));
            if (!statusIds.get(0).equals(CompletionStatus.SKIPPED)) {
                statusIds.set(0, CompletionStatus.PARTIAL);
            }
        }
        List<JourneyStep> steps = new ArrayList<>(placed.size());
        ZoneId zone = zones.getOrDefault(customer.demographics().state(), ZoneOffset.UTC);
        List<String> earlier = new ArrayList<>();
        for (int k = 0; k < placed.size(); k++) {
            JourneyFramework.Step step = reached.get(k);
            int st = stateIds.get(k);
            // the rules of actions read where the step lies: its position, what came before, the account's first day
            CustomerPredicates.StepContext at = new CustomerPredicates.StepContext(k + 1, earlier,
                    placed.get(k).start().atZone(zone).toLocalDate().equals(customer.engagement().accountCreated()));
            List<String> done = stepActions.actions(actions, step, st, statusIds.get(k), facts.at(at));
            earlier.addAll(done);
            steps.add(new JourneyStep(step.phase(), step.id(), placed.get(k).start(), done,
                    states.ids().get(st), statusIds.get(k), placed.get(k).seconds()));
        }
        // finished only when the framework's last step was reached: a first step the session cut short (partial)
        // leaves the journey in progress
        String status = statusIds.get(placed.size() - 1).equals(CompletionStatus.ABANDONED) ? JourneyStatus.ABANDONED
                : placed.size() == reached.size() && reached.get(placed.size() - 1).position() == all.size() - 1
                        ? JourneyStatus.FINISHED : JourneyStatus.IN_PROGRESS;
        List<PlacedJourney.Prior> priorPlaced = new ArrayList<>(prior.size());
        for (int k = 0; k < prior.size(); k++) {
            JourneyFramework.Step step = all.get(k);
            priorPlaced.add(new PlacedJourney.Prior(step.id(), step.phase(), prior.get(k)));
        }
        return new PlacedJourney(steps, placed, status, priorPlaced);
    }

    /**
     * Time on a step that ended {@code status}: a completed step log-normal around its announced minutes (a share
     * {@code quicker_share} of them only a fraction {@code quicker} of it), a partial or abandoned one a fraction of
     * it, a skipped one {@code skipped_seconds}.
     */
    private int seconds(Rng rng, JourneyFramework.Step step, String status) {
        int minutes = step.content() == null || step.content().minutes() == null ? time.defaultMinutes()
                : step.content().minutes();
        double announced = 60.0 * minutes;
        double u = rng.nextDouble();
        double z = rng.gaussian(0, 1);
        double f = rng.nextDouble();
        double s = switch (status) {
            case CompletionStatus.COMPLETED -> u < time.quickerShare()
                    ? announced * (time.quicker().min() + f * (time.quicker().max() - time.quicker().min()))
                    : announced * StrictMath.exp(time.sigma() * z);
            case CompletionStatus.PARTIAL -> announced * (time.partial().min()
                    + f * (time.partial().max() - time.partial().min()));
            case CompletionStatus.ABANDONED -> announced * (time.abandoned().min()
                    + f * (time.abandoned().max() - time.abandoned().min()));
            default -> time.skippedSeconds().min()
                    + f * (time.skippedSeconds().max() - time.skippedSeconds().min());
        };
        return (int) Math.max(1, Math.round(s));
    }

    private int gap(Rng rng) {
        return rng.nextInt(time.gapSeconds().min(), time.gapSeconds().max() + 1);
    }
}
