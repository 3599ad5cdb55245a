package io.github.syntheticcustomers.core.model;

import io.github.syntheticcustomers.core.config.Traits;
import java.util.List;

/**
 * One synthetic customer: identity, persona and risk, the individual traits that drive behaviour, and
 * the seed's six profile sections. Written as snake_case JSON (README: Output format).
 *
 * @param id stable id {@code cus-000001} (1-based record number)
 * @param personaType persona id from the configuration
 * @param riskLevel risk level id; the levels' exact shares go to the highest risk scores
 * @param riskScore 0–100, computed from the risk factors in the profile (see {@code RiskModel})
 * @param traits the persona's traits with individual variation, 0–1
 */
public record CustomerProfile(
        String id,
        String personaType,
        String riskLevel,
        int riskScore,
        Traits traits,
        Demographics demographics,
        HealthProfile healthProfile,
        List<LifeEvent> lifeEvents,
        Engagement engagement,
        Narrative narrative,
        SocialDeterminants sdoh) {

    public CustomerProfile {
        lifeEvents = List.copyOf(lifeEvents);
    }
}
