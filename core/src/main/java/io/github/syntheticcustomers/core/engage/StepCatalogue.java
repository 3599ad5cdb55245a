package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engagement content of the configured journey framework's steps ({@code journey.phases[].steps[].content})
 * as {@link StepDefinition}s. {@link #find} accepts the ids journeys use and tolerates spelling variants
 * ({@code follow-up}, {@code concern_and_curiosity_assessment}); a step without content, or an unknown one,
 * gets generic content named after it, so a new step type never breaks the engine.
 */
public final class StepCatalogue {

    private static final Pattern AND_WORD = Pattern.compile("(^|[^a-z0-9])and([^a-z0-9]|$)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private final List<StepDefinition> steps;
    private final List<String> stepIds;
    /** Looked up once per adapted step: a map, not a scan (lookups only, never iterated). */
    private final Map<String, StepDefinition> byId;
    private final List<String> squashedIds;

    private StepCatalogue(List<StepDefinition> steps) {
        this.steps = List.copyOf(steps);
        this.stepIds = this.steps.stream().map(StepDefinition::id).toList();
        this.byId = this.steps.stream().collect(Collectors.toUnmodifiableMap(StepDefinition::id, d -> d));
        this.squashedIds = stepIds.stream().map(StepCatalogue::squash).toList();
    }

    /** The content of the steps of {@code framework}, in journey order. */
    public static StepCatalogue of(JourneyFramework framework) {
        List<StepDefinition> steps = new ArrayList<>();
        for (JourneyFramework.Step step : framework.steps()) {
            JourneyConfig.Content c = step.content();
            steps.add(c == null ? generic(step.id(), step.name(), step.phase(), step.phaseName()) : new StepDefinition(step.id(), step.phase(),
                    c.title(), c.benefit(), c.evidence(), c.minutes(), c.essential(), c.extended(), c.comprehensive(),
                    c.context()));
        }
        return new StepCatalogue(steps);
    }

    /** The content of the steps of {@code config}'s framework. */
    public static StepCatalogue of(GeneratorConfig config) {
        return of(JourneyFramework.of(config));
    }

    /** The steps in journey order. */
    public List<StepDefinition> steps() {
        return steps;
    }

    /** The step ids in journey order. */
    public List<String> stepIds() {
        return stepIds;
    }

    /**
     * The definition of {@code stepId}: exact id first, then the same id with separators and
     * {@code and} removed, then generic content for {@code phase} titled after the id.
     */
    public StepDefinition find(String stepId, String phase) {
        StepDefinition exact = byId.get(stepId);
        if (exact != null) {
            return exact;
        }
        String key = squash(stepId);
        for (int i = 0; i < steps.size(); i++) {
            if (squashedIds.get(i).equals(key)) {
                return steps.get(i);
            }
        }
        return generic(stepId, null, phase, phase == null ? null : humanise(phase));
    }

    /**
     * Content for a step the configuration gives none: neutral wording built from the step's display name and its
     * phase's, true of any product (issue 30: nothing of the seed's domain in a product of its own).
     */
    private static StepDefinition generic(String stepId, String name, String phaseId, String phaseName) {
        String title = name != null ? name : humanise(stepId);
        String lower = title.toLowerCase(Locale.ROOT);
        String phase = phaseName == null || phaseName.isBlank() ? null : phaseName;
        return new StepDefinition(stepId, phaseId == null ? "unknown" : phaseId, title,
                "you get " + lower + " done and move on" + (phase == null ? "" : " in " + phase),
                "short steps taken one at a time are easier to finish", 3,
                title + ".",
                title + ": what it involves and why it comes now.",
                title + ": every detail of this step.",
                phase == null ? "This is one step of the journey." : "This step is part of " + phase + ".");
    }

    /** Lower-case letters and digits only, with the word "and" dropped: {@code Follow-Up} → {@code followup}. */
    static String squash(String id) {
        if (id == null) {
            return "";
        }
        String s = AND_WORD.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("$1$2");
        return NOT_ALPHANUMERIC.matcher(s).replaceAll("");
    }

    /** {@code barrier_identification} → {@code Barrier identification}. */
    static String humanise(String id) {
        return io.github.syntheticcustomers.core.config.DisplayNames.humanise(id);
    }
}
