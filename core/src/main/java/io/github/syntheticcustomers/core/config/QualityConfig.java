package io.github.syntheticcustomers.core.config;

/**
 * Thresholds of the quality checks (the {@code quality} section of a configuration file; what each phase of the
 * journey is measured by is declared with the phase, {@link JourneyConfig.PhaseCheck}). Tolerances are
 * in percentage points on top of the one-record rounding every exact allocation needs, so the defaults
 * pass any dataset the generator writes and fail one whose distribution was moved or hand-edited.
 *
 * @param personaShareTolerance allowed deviation of a persona's share from its configured share, in points
 * @param ageDecadeTolerance allowed deviation of a decade's share from its configured share, in points
 * @param riskLevelTolerance allowed deviation of a risk level's share from its configured share, in points
 * @param minRiskProfileCorrelation lowest accepted rank correlation (−1…1) between the personas'
 *     {@code risk_propensity} and their share of customers above the lowest risk level
 * @param maxProfileViolations highest accepted number of inconsistent customer profiles (age vs date of
 *     birth, age outside the persona's range, unsafe email or phone, risk score outside its level's band)
 * @param minEmotionProfileCorrelation lowest rank correlation between the personas' {@code health_anxiety}
 *     and their share of anxious or overwhelmed journey steps
 * @param minCompletionProfileCorrelation lowest rank correlation between the personas'
 *     {@code action_tendency} and their step completion rate
 * @param minStepCompletionRate lowest percent of customers reaching a step who complete it, for every step
 * @param maxJourneyViolations highest number of structural journey errors (order, abandoned step not last,
 *     timestamps not increasing, unknown phase, step, state or status)
 * @param maxScenarioViolations highest number of scenarios that disagree with their customer
 * @param maxCoherenceViolations highest accepted number of violations of each coherence rule
 * @param minPhaseTransitionRate lowest percent of journeys reaching a phase that reach the next one
 * @param maxEngagementViolations highest number of engagement steps whose scaffolding does not fit the state's
 *     class or whose confirmation is not its completion status's
 * @param minEngagementMetricSeparation lowest difference (0–1) between the mean pattern metric of completed and
 *     of abandoned engagement steps, for each metric
 * @param minEngagementMetricAuc lowest probability (0–1) that a completed engagement step scores above an abandoned
 *     one (the AUC of each pattern metric): below it, a metric does not measure engagement
 * @param maxEngagementMetricAuc highest such probability: above it, a metric restates the completion status
 * @param realismTolerance allowed deviation, in percentage points (plus three standard errors), of a record-level
 *     share (marital status, children, education, common first names) from the published table it follows
 * @param maxCutDensityRatio highest accepted ratio (either way) between the latest values just above and just
 *     below a measurement's cut-off: a larger one is a hole or a wall at the threshold
 */
public record QualityConfig(
        Double personaShareTolerance,
        Double ageDecadeTolerance,
        Double riskLevelTolerance,
        Double minRiskProfileCorrelation,
        Integer maxProfileViolations,
        Double minEmotionProfileCorrelation,
        Double minCompletionProfileCorrelation,
        Double minStepCompletionRate,
        Integer maxJourneyViolations,
        Integer maxScenarioViolations,
        Integer maxCoherenceViolations,
        Double minPhaseTransitionRate,
        Integer maxEngagementViolations,
        Double minEngagementMetricSeparation,
        Double minEngagementMetricAuc,
        Double maxEngagementMetricAuc,
        Double realismTolerance,
        Double maxCutDensityRatio) {
}
