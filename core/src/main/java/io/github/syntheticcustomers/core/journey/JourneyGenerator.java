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
    private final JourneyPaths paths;
    /** Whether some phase has its own timing or some step repeats: the journey is placed with windows. */
    private final boolean timed;
    /** Each phase's {@code gap_before} and {@code step_spacing} (either may be null). */
    private final Map<String, JourneyConfig.Spacing[]> phaseTiming = new LinkedHashMap<>();
    private static final long DAY = 86_400;
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
        this.paths = JourneyPaths.of(config);
        boolean anyTiming = false;
        for (JourneyConfig.Phase phase : journey.phases()) {
            phaseTiming.put(phase.id(), new JourneyConfig.Spacing[] {phase.gapBefore(), phase.stepSpacing()});
            anyTiming |= phase.gapBefore() != null || phase.stepSpacing() != null
                    || phase.steps().stream().anyMatch(st -> st.repeat() != null);
        }
        this.timed = anyTiming;
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
        // the walk: each step (each occurrence of a repeating one) gets its state and status, then the routes choose
        // the next step; an abandoned step ends it, the framework's last step too
        List<Item> items = new ArrayList<>();
        Rng branches = Rng.of(seed, index, "journey-branch");
        int state = -1;
        int at = from;
        walk:
        while (at >= 0) {
            JourneyFramework.Step step = all.get(at);
            JourneyConfig.Repeat repeat = paths.configured(at).repeat();
            int occurrences = repeat == null ? 1 : repeat.occurrences();
            String status = null;
            for (int occurrence = 1; occurrence <= occurrences; occurrence++) {
                state = state < 0 ? model.first(emotions, extraInitial, step.position())
                        : model.next(emotions, state, step.position());
                status = completion.status(statuses, base, state, step);
                items.add(new Item(step, repeat == null ? null : occurrence, state, status));
                if (status.equals(CompletionStatus.ABANDONED)) {
                    break walk;
                }
            }
            at = next(at, facts, items.size(), state, status, branches);
        }
        List<JourneyPlacement.Step> priorSteps = new ArrayList<>();
        List<Integer> route = paths.defaultRoute(from);
        List<JourneyFramework.Step> priorOf = new ArrayList<>();
        if (route == null) {
            priorOf.addAll(all.subList(0, from));
        } else {
            route.forEach(p -> priorOf.add(all.get(p)));
        }
        for (JourneyFramework.Step step : priorOf) {
            priorSteps.add(new JourneyPlacement.Step(step.phase(), seconds(times, step, CompletionStatus.COMPLETED),
                    gap(times)));
        }
        List<String> statusIds = new ArrayList<>();
        items.forEach(it -> statusIds.add(it.status()));

        JourneyPlacement placement = new JourneyPlacement(platform.sessions(), time.newSessionPerPhase());
        List<JourneyPlacement.Placed> prior = placement.from(0, priorSteps);
        int earliest = prior.isEmpty() ? 0 : JourneyPlacement.after(prior, 0);
        boolean fromSignUp = scenario != null && Boolean.TRUE.equals(scenario.fromSignUp());
        List<JourneyPlacement.Placed> placed;
        if (timed) {
            List<JourneyPlacement.Timed> toPlace = timedSteps(items, times, Rng.of(seed, index, "journey-spacing"));
            int first = fromSignUp ? earliest : placement.latestTimedStart(earliest, toPlace);
            placed = new ArrayList<>(placement.timed(first, toPlace));
            if (placed.isEmpty()) {
                placed.add(cutShort(platform, first, toPlace.get(0).gapSeconds(), statusIds));
            }
        } else {
            List<JourneyPlacement.Step> toPlace = new ArrayList<>();
            for (Item item : items) {
                toPlace.add(new JourneyPlacement.Step(item.step().phase(), seconds(times, item.step(), item.status()),
                        gap(times)));
            }
            int first = fromSignUp ? earliest : placement.latestStart(earliest, toPlace);
            placed = new ArrayList<>(placement.from(first, toPlace));
            if (placed.isEmpty()) {
                placed.add(cutShort(platform, first, toPlace.get(0).gapSeconds(), statusIds));
            }
        }
        List<JourneyStep> steps = new ArrayList<>(placed.size());
        List<JourneyPlacement.Placed> onTimeline = new ArrayList<>(placed.size());
        ZoneId zone = zones.getOrDefault(customer.demographics().state(), ZoneOffset.UTC);
        List<String> earlier = new ArrayList<>();
        for (int k = 0; k < placed.size(); k++) {
            if (placed.get(k) == null) {
                continue; // a missed occurrence: not on the timeline
            }
            Item item = items.get(k);
            int st = item.state();
            // the rules of actions read where the step lies: its position, what came before, the account's first day
            CustomerPredicates.StepContext ctx = new CustomerPredicates.StepContext(steps.size() + 1, earlier,
                    placed.get(k).start().atZone(zone).toLocalDate().equals(customer.engagement().accountCreated()));
            List<String> done = stepActions.actions(actions, item.step(), st, statusIds.get(k), facts.at(ctx));
            earlier.addAll(done);
            steps.add(new JourneyStep(item.step().phase(), item.step().id(), placed.get(k).start(), done,
                    states.ids().get(st), statusIds.get(k), placed.get(k).seconds(), item.occurrence()));
            onTimeline.add(placed.get(k));
        }
        // finished only when the framework's last step was reached: a first step the session cut short (partial)
        // leaves the journey in progress, and so does a journey the reference date (or a missed window) stopped
        JourneyStep lastStep = steps.get(steps.size() - 1);
        String lastId = all.get(all.size() - 1).id();
        String status = lastStep.completionStatus().equals(CompletionStatus.ABANDONED) ? JourneyStatus.ABANDONED
                : steps.stream().anyMatch(x -> x.step().equals(lastId))
                        ? JourneyStatus.FINISHED : JourneyStatus.IN_PROGRESS;
        List<PlacedJourney.Prior> priorPlaced = new ArrayList<>(prior.size());
        for (int k = 0; k < prior.size(); k++) {
            JourneyFramework.Step step = priorOf.get(k);
            priorPlaced.add(new PlacedJourney.Prior(step.id(), step.phase(), prior.get(k)));
        }
        return new PlacedJourney(steps, onTimeline, status, priorPlaced);
    }

    /** One step (one occurrence of a repeating step) of a journey's walk, before placement. */
    private record Item(JourneyFramework.Step step, Integer occurrence, int state, String status) {
    }

    /**
     * No session from the first on is long enough for the first step: the customer opened it in the last session and
     * the session ended before the step did.
     */
    private static JourneyPlacement.Placed cutShort(PlatformCourse platform, int first, int gapSeconds,
            List<String> statusIds) {
        int last = platform.sessions().size() - 1;
        Session session = platform.sessions().get(Math.min(Math.max(first, 0), last));
        Instant start = session.start().plusSeconds(Math.min(gapSeconds, session.seconds() / 2));
        int seconds = (int) Math.max(1, session.end().getEpochSecond() - start.getEpochSecond());
        if (!statusIds.get(0).equals(CompletionStatus.SKIPPED)) {
            statusIds.set(0, CompletionStatus.PARTIAL);
        }
        return new JourneyPlacement.Placed(session.number() - 1, start, seconds);
    }

    /**
     * The step after the one at {@code position}: the framework's next (−1 after the last) or, where the step has
     * {@code next} rules, one of the rules that hold for the customer, the state and the status, drawn by weight.
     */
    private int next(int position, CustomerPredicates.Facts facts, int reached, int state, String status, Rng rng) {
        List<JourneyConfig.Branch> rules = paths.branches(position);
        if (rules == null) {
            return position + 1 < framework.steps().size() ? position + 1 : -1;
        }
        List<JourneyConfig.Branch> holding = new ArrayList<>();
        // a branch is chosen before the step is placed: the rules see the journey position, not the step's day
        CustomerPredicates.Facts at = facts.at(new CustomerPredicates.StepContext(reached, List.of(), false));
        for (JourneyConfig.Branch rule : rules) {
            if (BranchRules.holds(rule, at, states.ids().get(state), status)) {
                holding.add(rule);
            }
        }
        double[] weights = holding.stream().mapToDouble(JourneyConfig.Branch::weightOrOne).toArray();
        JourneyConfig.Branch chosen = holding.get(rng.weightedIndex(weights));
        return framework.position(chosen.to());
    }

    /**
     * The timed steps of a walk: the first and every step of a phase without timing a pause of {@code gap_seconds};
     * a phase's first step its {@code gap_before}, its other steps its {@code step_spacing}; the later occurrences of a
     * repeating step a window of one day on their schedule.
     */
    private List<JourneyPlacement.Timed> timedSteps(List<Item> items, Rng times, Rng spacingRng) {
        List<JourneyPlacement.Timed> out = new ArrayList<>(items.size());
        int phaseStart = 0;
        int firstOccurrence = 0;
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            int seconds = seconds(times, item.step(), item.status());
            int gap = gap(times);
            String phase = item.step().phase();
            boolean newPhase = k > 0 && !items.get(k - 1).step().phase().equals(phase);
            if (k == 0 || newPhase) {
                phaseStart = k;
            }
            JourneyConfig.Repeat repeat = paths.configured(item.step().position()).repeat();
            boolean later = item.occurrence() != null && item.occurrence() > 1;
            if (item.occurrence() != null && item.occurrence() == 1) {
                firstOccurrence = k;
            }
            if (k > 0 && repeat != null && repeat.atDays() != null) {
                // at_days count from the phase's start (from the previous step when this step opens the phase)
                int anchor = phaseStart == firstOccurrence ? firstOccurrence - 1 : phaseStart;
                long day = repeat.atDays().get(item.occurrence() - 1);
                out.add(new JourneyPlacement.Timed(phase, seconds, true, gap, anchor, day * DAY, (day + 1) * DAY,
                        later));
                continue;
            }
            if (later) {
                long day = (long) (item.occurrence() - 1) * repeat.everyDays();
                out.add(new JourneyPlacement.Timed(phase, seconds, true, gap, firstOccurrence, day * DAY,
                        (day + 1) * DAY, true));
                continue;
            }
            JourneyConfig.Spacing spacing = k == 0 ? null : newPhase ? phaseTiming.get(phase)[0]
                    : phaseTiming.get(phase)[1];
            if (spacing == null) {
                out.add(JourneyPlacement.Timed.pause(phase, seconds, gap));
            } else {
                int unit = spacing.unitSeconds();
                int d = spacingRng.nextInt(spacing.min(), spacing.max() + 1);
                out.add(spacing.window()
                        ? new JourneyPlacement.Timed(phase, seconds, true, gap, -1, (long) d * unit,
                                (long) (spacing.max() + 1) * unit, false)
                        : JourneyPlacement.Timed.pause(phase, seconds, d * unit));
            }
        }
        return out;
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
