package com.example.onboarding;

import java.util.List;

/**
 * The code under test: picks the first onboarding steps for a new member from what the sign-up form
 * knows (age, whether they are a clinician, their assessed risk level).
 */
public final class OnboardingPlanner {

    /** The first steps, most important first; never empty. */
    public List<String> firstSteps(int age, boolean clinician, String riskLevel) {
        if (age < 18) {
            throw new IllegalArgumentException("members are adults, but age was " + age);
        }
        if ("moderate".equals(riskLevel)) {
            return clinician ? List.of("book-screening", "review-risk-factors")
                    : List.of("explain-risk-gently", "book-screening", "review-risk-factors");
        }
        return clinician ? List.of("set-reminders") : List.of("welcome-tour", "set-reminders");
    }
}
