package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.JourneyConfig;

/**
 * Whether a rule of a step's {@code next} holds: its {@code when} about the customer (the language of scenario
 * eligibility, evaluated by {@link CustomerPredicates}, so a condition means one thing everywhere), and its journey
 * forms {@code emotional_state} (the state at the step just done) and {@code last_status} (that step's completion
 * status). Every condition given must hold; a rule without conditions always holds.
 */
final class BranchRules {

    private BranchRules() {
    }

    /** Whether {@code rule} holds for the customer of {@code facts} after a step done in {@code state}, {@code status}. */
    static boolean holds(JourneyConfig.Branch rule, CustomerPredicates.Facts facts, String state, String status) {
        return journeyState(rule, state, status) && (rule.when() == null || CustomerPredicates.holds(rule.when(), facts));
    }

    /** The journey forms of a rule: the emotional state and the completion status of the step just done. */
    static boolean journeyState(JourneyConfig.Branch rule, String state, String status) {
        return (rule.emotionalState() == null || rule.emotionalState().contains(state))
                && (rule.lastStatus() == null || rule.lastStatus().contains(status));
    }
}
