package io.github.syntheticcustomers.core.engage;

/**
 * What an adapted step should look like for its user; {@link PatternMetricsCalculator} scores the step
 * against it. Built by {@link EngagementEngine#fit}.
 *
 * @param approach the id of the approach the step should be shown in (the persona's, or the supportive one in a
 *        supportive state)
 * @param traitApproach the id of the approach the user's traits alone suggest ({@code engagement.approach_by_traits})
 * @param expectedIntensity how strongly the persona calls for adaptation, 0–1
 *        ({@link PersonaAdaptation#expectedIntensity})
 * @param readiness readiness for depth after interactions, 0–1:
 *        {@code clamp(readiness + 0.35·(confidence − hesitationLoad))}
 * @param emotionalNeed support the user needs, 0–1 ({@link EmotionalScaffolding#need})
 * @param emotionType the scaffolding type the state calls for (guidance instead of an upbeat type when
 *        the user struggles)
 */
public record PersonaFit(
        String approach,
        String traitApproach,
        double expectedIntensity,
        double readiness,
        double emotionalNeed,
        String emotionType) {
}
