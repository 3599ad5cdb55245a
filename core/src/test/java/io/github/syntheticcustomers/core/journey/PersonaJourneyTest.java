package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Personas differ in how their journeys go, measurably, over the default 500 (guide: guarantees.md; formats-and-schemas.md, "Journeys and scenarios"). */
class PersonaJourneyTest {

    private final List<TestScenario> all = Scenarios.defaults();
    private final List<TestScenario> avoiders = Scenarios.ofPersona(all, "health_aware_avoider");
    private final List<TestScenario> seekers = Scenarios.ofPersona(all, "structured_system_seeker");
    private final List<TestScenario> professionals = Scenarios.ofPersona(all, "healthcare_professional");
    private final List<TestScenario> overlooked = Scenarios.ofPersona(all, "overlooked_risk_group");

    @Test
    void avoidersCompleteTheEngagementPhaseFarLessOftenThanStructuredSeekers() {
        double avoider = Scenarios.engagementCompletion(avoiders);
        double seeker = Scenarios.engagementCompletion(seekers);
        assertTrue(avoider + 0.3 < seeker, "avoiders " + avoider + " vs seekers " + seeker);
    }

    @Test
    void avoidersStartAnxiousOrCuriousFarMoreOftenThanProfessionalsWhoStartConfident() {
        double avoider = Scenarios.firstEmotion(avoiders, s -> s.equals("anxious") || s.equals("curious"));
        double professional = Scenarios.firstEmotion(professionals, s -> s.equals("anxious") || s.equals("curious"));
        assertTrue(avoider > 0.6 && avoider > 2 * professional, "avoiders " + avoider + " vs professionals " + professional);
        double confident = Scenarios.firstEmotion(professionals, s -> s.equals("confident"));
        assertTrue(confident > 0.4 && confident > 4 * Scenarios.firstEmotion(avoiders, s -> s.equals("confident")),
                "professionals confident " + confident);
    }

    @Test
    void overlookedGroupStartsIndifferentOrDistracted() {
        // at the discovery step: returning users start later, where other states are likely
        List<TestScenario> overlookedNew = overlooked.stream().filter(s -> s.journey().get(0).phase().equals("awareness"))
                .toList();
        List<TestScenario> seekersNew = seekers.stream().filter(s -> s.journey().get(0).phase().equals("awareness"))
                .toList();
        double overlookedShare = Scenarios.firstEmotion(overlookedNew, s -> s.equals("indifferent") || s.equals("distracted"));
        double seekerShare = Scenarios.firstEmotion(seekersNew, s -> s.equals("indifferent") || s.equals("distracted"));
        assertTrue(overlookedShare > 0.4 && overlookedShare > 4 * seekerShare,
                "overlooked " + overlookedShare + " vs seekers " + seekerShare);
    }

    @Test
    void avoidersAreProneToOverwhelmAtTheRiskAssessment() {
        double avoider = Scenarios.stateAtStep(avoiders, "risk_assessment", "overwhelmed");
        double seeker = Scenarios.stateAtStep(seekers, "risk_assessment", "overwhelmed");
        assertTrue(avoider > 0.15 && avoider > 3 * seeker, "avoiders " + avoider + " vs seekers " + seeker);
    }

    @Test
    void avoidersAbandonMoreOftenThanProfessionals() {
        double avoider = abandonedShare(avoiders);
        double professional = abandonedShare(professionals);
        assertTrue(avoider > 2 * professional, "avoiders " + avoider + " vs professionals " + professional);
    }

    private static double abandonedShare(List<TestScenario> scenarios) {
        return (double) scenarios.stream().filter(s -> s.journey().get(s.journey().size() - 1).completionStatus()
                .equals(CompletionStatus.ABANDONED)).count() / scenarios.size();
    }
}
