package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The engagement pattern engine ({@code engagement} in the configuration file): its interaction thresholds,
 * how adaptation evolves along a journey, and the texts it shows.
 *
 * @param hesitationThreshold hesitation load (0–1) from which a user counts as struggling: scaffolding
 *        rises and deeper tiers are held back
 * @param confidenceThreshold confidence (0–1) from which a user who is not struggling gets one tier more
 * @param trajectory how readiness and approach follow what happened so far in the journey
 * @param texts the preview, confirmation, privacy and scaffolding texts, with {@link #PLACEHOLDERS}
 * @param stepEngagement the mean of a step's latent engagement (normal, sd 1) by the step's completion status: the
 *     simulated interactions, and so the pattern metrics, are drawn from it (docs/engagement-metrics.md)
 */
public record EngagementConfig(Double hesitationThreshold, Double confidenceThreshold, Trajectory trajectory,
        Texts texts, Map<String, Double> stepEngagement) {

    public EngagementConfig {
        stepEngagement = Immutable.map(stepEngagement);
    }

    /**
     * The placeholders a text may use: the step's {@code title}, {@code benefit}, {@code evidence} and
     * {@code minutes}; its {@code step_number} in the framework of {@code step_count} steps; the journey's
     * steps {@code completed_before} this one and {@code completed_steps} after it (this one included when
     * completed); the framework's {@code remaining_steps} after this one; the customer's {@code first_name}. A
     * count may carry its noun in the number it takes: {@code {completed_before|step|steps}} reads "1 step",
     * "3 steps".
     */
    public static final List<String> PLACEHOLDERS = List.of("title", "benefit", "evidence", "minutes", "step_number",
            "step_count", "completed_before", "completed_steps", "remaining_steps", "first_name");

    /**
     * The further placeholders of personal lines, from the customer's own record: their {@code city}, the date of
     * their {@code last_screening}, the day they were {@code measured_on}, their most {@code recent_life_event}
     * (its description), and {@code m.<code>} for any measurement code (e.g. {@code m.systolic_bp}).
     */
    public static final List<String> PERSONAL_PLACEHOLDERS = List.of("city", "last_screening", "measured_on",
            "recent_life_event");

    /** The prefix of measurement placeholders in personal lines: {@code {m.systolic_bp}}. */
    public static final String MEASUREMENT_PREFIX = "m.";

    /** The approach ids texts are keyed by (the engine's {@code PersonaApproach} values). */
    public static final List<String> APPROACHES = List.of("gentle", "structured", "balanced", "clinical", "direct");

    /**
     * How adaptation follows the journey so far (formulas in the README, "Engagement steps").
     *
     * @param progressWeight readiness gained per unit of (share of the steps so far completed − 0.5)
     * @param interactionWeight readiness gained per unit of (mean confidence − mean hesitation load) so far
     * @param emotionShift readiness added in a state of each emotional class (by class id; absent: 0)
     * @param supportiveApproach the approach shown while the customer is in one of {@code supportiveClasses}
     * @param supportiveClasses the emotional classes that switch to the supportive approach
     */
    public record Trajectory(Double progressWeight, Double interactionWeight, Map<String, Double> emotionShift,
            String supportiveApproach, List<String> supportiveClasses) {

        public Trajectory {
            emotionShift = Immutable.map(emotionShift);
            supportiveClasses = Immutable.list(supportiveClasses);
        }
    }

    /**
     * The engine's texts, by approach id ({@code gentle}, {@code structured}, {@code balanced}, {@code clinical},
     * {@code direct}).
     *
     * @param preview why the step matters, per approach
     * @param confirmation what the step's end says, per completion status and approach: each status has its own
     *     wording, so no text calls a skipped or abandoned step complete
     * @param privacyNote added to the contextual line in distressed and self-conscious states
     * @param scaffolding the message per scaffolding type, warm (gentle and balanced approaches) or brief
     * @param personal lines that speak to the customer's own facts: a step shows the first whose steps include it
     *     and whose rule holds for the customer
     */
    public record Texts(Map<String, String> preview, Map<String, Map<String, String>> confirmation,
            String privacyNote, Map<String, Register> scaffolding, List<PersonalLine> personal) {

        public Texts {
            preview = Immutable.map(preview);
            confirmation = Immutable.mapOfMaps(confirmation);
            scaffolding = Immutable.map(scaffolding);
            personal = Immutable.list(personal);
        }
    }

    /**
     * A line about the customer's own record (a due screening, a measurement to watch, a barrier, a recent life
     * event), with the placeholders of {@link #PLACEHOLDERS} and {@link #PERSONAL_PLACEHOLDERS}.
     *
     * @param text the line
     * @param when the rule that must hold for the customer (the scenario-eligibility forms); null: any customer
     * @param steps the framework steps that show it; null: every step
     */
    public record PersonalLine(String text, ScenarioConfig.Eligibility when, List<String> steps) {

        public PersonalLine {
            steps = Immutable.list(steps);
        }
    }

    /**
     * One message in two registers.
     *
     * @param warm for the gentle and balanced approaches
     * @param brief for the others
     */
    public record Register(String warm, String brief) {
    }
}
