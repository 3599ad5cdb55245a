package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.syntheticcustomers.core.model.Nullable;
import java.util.List;

/**
 * One engagement-adapted journey step: the engagement system's own camelCase shape (guide: formats-and-schemas.md, "Engagement steps"), so a
 * front end can load it unchanged. Built by {@link EngagementEngine}.
 *
 * @param id {@code eng-000001-03}: customer number and 1-based position in the journey
 * @param customerId the customer ({@code cus-000001})
 * @param scenarioId the scenario whose journey this step belongs to ({@code scn-000001})
 * @param journeyStep the journey step id, e.g. {@code risk_assessment}
 * @param phase the journey phase of the step
 * @param emotionalState the user's emotional state on this step (from the journey)
 * @param completionStatus what became of the step in the journey ({@code completed}, {@code partial},
 *     {@code skipped}, {@code abandoned}); the confirmation text is this status's
 * @param type the deepest tier shown
 * @param content the text of every shown tier, shallowest first, separated by a blank line
 * @param visibility {@code visible}, or {@code collapsed} when the step is not shown expanded
 * @param loadingSequence the content-loading stages run for this step, in order
 * @param interactions the interaction measurements the step was adapted to
 * @param progress fraction of the journey completed once this step is done, 0–1
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record EngagementStep(
        String id,
        String customerId,
        @Nullable String scenarioId,
        String journeyStep,
        String phase,
        @Nullable String emotionalState,
        @Nullable String completionStatus,
        Tier type,
        String content,
        String visibility,
        ValueComponents valueComponents,
        EmotionalComponents emotionalComponents,
        PersonaComponents personaComponents,
        DisclosureComponents disclosureComponents,
        List<LoadingStage> loadingSequence,
        InteractionMeasurements interactions,
        double progress,
        PatternMetrics patternMetrics) {

    public EngagementStep {
        loadingSequence = List.copyOf(loadingSequence);
    }
}
