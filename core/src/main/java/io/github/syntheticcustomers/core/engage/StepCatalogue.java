package io.github.syntheticcustomers.core.engage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sixteen steps of the journey framework (SPEC §4, four per phase, the ids and order of
 * {@code journey.JourneyFramework}) with their tiered content.
 * {@link #find} accepts the ids journeys use and tolerates spelling variants ({@code follow-up},
 * {@code concern_and_curiosity_assessment}); an unknown step gets generic content named after it, so
 * a new step type never breaks the engine.
 */
public final class StepCatalogue {

    private static final List<StepDefinition> STEPS = List.of(
            step("initial_discovery", "awareness", "Getting started",
                    "you see in two minutes what this service can do for you",
                    "early engagement is the strongest predictor of later screening uptake", 2,
                    "Welcome. Here is what we offer and how it works.",
                    "You choose what to share and can stop at any time; nothing is booked without you.",
                    "The service combines a risk check, a personal plan and reminders, based on national prevention guidelines.",
                    "This is the first of sixteen short steps in four phases."),
            step("emotional_state_validation", "awareness", "How are you feeling about your health?",
                    "we can pace everything to how you feel today",
                    "acknowledging health anxiety reduces avoidance of preventive care", 1,
                    "Tell us how you feel about your health right now.",
                    "Many people feel uneasy about health checks; how you feel shapes how we present things.",
                    "Your answer adjusts tone, pacing and how much detail we show first; you can change it later.",
                    "Knowing how you feel lets the next steps go at the right pace."),
            step("concern_curiosity_assessment", "awareness", "What's on your mind?",
                    "we start from what you actually care about",
                    "addressing the patient's own concerns first improves adherence", 3,
                    "Pick the health topics you are curious or concerned about.",
                    "Your choices decide which information we show first.",
                    "Topics map to screening and prevention areas such as heart health, metabolic health, cancer screening and mental wellbeing.",
                    "Your concerns guide the rest of the awareness phase."),
            step("marketing_content_alignment", "awareness", "Information that fits you",
                    "you only get the information that is relevant to you",
                    "tailored health communication outperforms generic messaging", 2,
                    "Choose how you would like to hear from us.",
                    "Pick formats and channels: short reads, checklists, or detailed articles.",
                    "Content is matched to your topics and format preferences; you can opt out of any message type.",
                    "This closes the awareness phase; next you can look at your personal risk."),
            step("risk_assessment", "engagement", "Your risk check",
                    "you learn which prevention steps matter most for you, early, while they are easiest",
                    "validated risk scores identify modifiable risk years before symptoms", 8,
                    "Answer a few questions about your health and habits.",
                    "We combine your answers with your age and family history to estimate your risk level.",
                    "The estimate follows validated risk models (lifestyle, family history, conditions); it is a guide, not a diagnosis.",
                    "The risk check is the heart of the engagement phase."),
            step("narrative_capture", "engagement", "Your story",
                    "your plan reflects your life, not an average person's",
                    "context about life circumstances improves shared decision-making", 5,
                    "In your own words, what matters to you about your health?",
                    "Your story helps us understand motivations and obstacles that questionnaires miss.",
                    "Free-text answers are used only to personalise your plan; you can edit or delete them at any time.",
                    "Your story adds context to your risk check."),
            step("life_events_timeline", "engagement", "Life events",
                    "big changes like a new job or a move often change what prevention you need",
                    "life transitions are windows of elevated risk and of openness to change", 4,
                    "Add any recent or upcoming life changes.",
                    "Moves, new jobs, family changes and losses all affect health and routines.",
                    "Events on your timeline adjust the timing of reminders and the focus of your plan.",
                    "Your timeline helps time the right support at the right moment."),
            step("progressive_engagement", "engagement", "Going further",
                    "you decide how deep to go, one step at a time",
                    "graded engagement sustains participation better than all-at-once onboarding", 3,
                    "Choose what you would like to do next.",
                    "You can unlock more tools as you go: tracking, reminders, and results in one place.",
                    "Each tool is optional; your choices here shape the action phase.",
                    "This closes the engagement phase; next comes your plan."),
            step("prevention_plan", "action", "Your prevention plan",
                    "you get a short list of the checks and habits that protect you most",
                    "guideline-based screening schedules reduce late diagnoses", 6,
                    "Here are the prevention steps recommended for you.",
                    "Each recommendation shows why it applies to you and when it is due.",
                    "Recommendations follow screening guidelines for your age, sex, risk level and family history, with references.",
                    "Your plan turns the risk check into concrete steps."),
            step("support_plan", "action", "Support that fits",
                    "you know where to get help, including free and nearby options",
                    "removing practical barriers raises completion more than reminders alone", 4,
                    "Choose the support you would like.",
                    "Options include reminders, a check-in buddy, transport help and low-cost clinics.",
                    "Support options are matched to your location, insurance and the barriers you told us about.",
                    "Support makes the plan doable."),
            step("action_planning", "action", "Plan your first action",
                    "one concrete booking or habit turns intentions into results",
                    "implementation intentions (when, where, how) double follow-through", 5,
                    "Pick one action and when you will do it.",
                    "We help you book, set a reminder, or add it to your calendar.",
                    "Planning when, where and how you will act is one of the most effective ways to follow through.",
                    "Your first action is the start of the continuity phase."),
            step("motivation_assessment", "action", "What keeps you going",
                    "we remind you of your own reasons when it gets hard",
                    "autonomous motivation predicts long-term adherence", 2,
                    "What is your main reason for doing this?",
                    "Your reasons are shown back to you at the right moments.",
                    "Motivation is checked again later to adjust support before it fades.",
                    "This closes the action phase."),
            step("follow_up", "continuity", "Follow-up",
                    "you keep momentum without having to remember everything yourself",
                    "structured follow-up closes the gap between intention and completed screening", 2,
                    "Here is how your plan is going.",
                    "Completed steps are ticked off; open ones show the next date.",
                    "Follow-ups adapt to your progress: fewer when you are on track, more help when you are stuck.",
                    "Follow-up keeps your plan alive."),
            step("risk_awareness_maintenance", "continuity", "Staying informed",
                    "you stay aware of changes to your risk without being flooded with information",
                    "periodic risk feedback sustains preventive behaviour", 2,
                    "A short update on your health risk.",
                    "New answers or results may change your risk level and plan.",
                    "Risk is recalculated with every update; changes are explained with the factors that caused them.",
                    "Staying informed is part of the continuity phase."),
            step("barrier_identification", "continuity", "What's getting in the way?",
                    "we can remove obstacles like cost, time or transport before they stop you",
                    "identifying barriers early prevents drop-out from care pathways", 3,
                    "Is anything making your plan hard to follow?",
                    "Common obstacles are time, cost, transport and worry; each has practical solutions.",
                    "Barriers you report change your support options and the timing of reminders.",
                    "Naming obstacles is how your plan stays realistic."),
            step("stability_monitoring", "continuity", "Keeping it steady",
                    "your healthy routines stay on track over the long run",
                    "long-term monitoring consolidates habits and detects relapse early", 2,
                    "Here is a summary of your routine.",
                    "We look at trends over months, not single days.",
                    "Long-term trends are compared with your goals; the plan is refreshed once a year or after a life change.",
                    "This is the last step of the journey; it repeats as long as you like."));

    private static final Pattern AND_WORD = Pattern.compile("(^|[^a-z0-9])and([^a-z0-9]|$)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final List<String> STEP_IDS = STEPS.stream().map(StepDefinition::id).toList();
    /** Looked up once per adapted step: a map, not a scan (lookups only, never iterated). */
    private static final Map<String, StepDefinition> BY_ID =
            STEPS.stream().collect(Collectors.toUnmodifiableMap(StepDefinition::id, d -> d));
    private static final List<String> SQUASHED_IDS = STEP_IDS.stream().map(StepCatalogue::squash).toList();

    private StepCatalogue() {
    }

    private static StepDefinition step(String id, String phase, String title, String benefit, String evidence,
            int minutes, String essential, String extended, String comprehensive, String context) {
        return new StepDefinition(id, phase, title, benefit, evidence, minutes, essential, extended, comprehensive,
                context);
    }

    /** The sixteen steps in journey order. */
    public static List<StepDefinition> steps() {
        return STEPS;
    }

    /** The sixteen step ids in journey order. */
    public static List<String> stepIds() {
        return STEP_IDS;
    }

    /**
     * The definition of {@code stepId}: exact id first, then the same id with separators and
     * {@code and} removed, then generic content for {@code phase} titled after the id.
     */
    public static StepDefinition find(String stepId, String phase) {
        StepDefinition exact = BY_ID.get(stepId);
        if (exact != null) {
            return exact;
        }
        String key = squash(stepId);
        for (int i = 0; i < STEPS.size(); i++) {
            if (SQUASHED_IDS.get(i).equals(key)) {
                return STEPS.get(i);
            }
        }
        return generic(stepId, phase);
    }

    private static StepDefinition generic(String stepId, String phase) {
        String title = humanise(stepId);
        return new StepDefinition(stepId, phase == null ? "unknown" : phase, title,
                "each step brings your prevention plan closer to fitting your life",
                "stepwise engagement improves completion of preventive care", 3,
                title + ": the essentials.",
                title + ": more context on why and how.",
                title + ": full detail and background.",
                "This step is part of the " + (phase == null ? "" : phase + " ") + "phase.");
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
        if (id == null || id.isBlank()) {
            return "Next step";
        }
        String s = id.replaceAll("[_\\-]+", " ").strip();
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
