package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a customer does at a step: snake_case action ids from a per-step vocabulary, plus actions
 * typical of the emotional state and of the persona (for a persona without its own list, actions chosen
 * from its traits). How many actions depends on the completion status.
 */
final class StepActions {

    private static final Map<String, List<String>> BY_STEP = Map.ofEntries(
            Map.entry("initial_discovery", List.of("opened_welcome_page", "read_platform_introduction",
                    "watched_intro_video", "created_account", "browsed_health_topics")),
            Map.entry("emotional_state_validation", List.of("answered_mood_check_in", "selected_feeling_from_list",
                    "read_validation_message", "rated_current_stress")),
            Map.entry("concern_curiosity_assessment", List.of("listed_top_health_concerns",
                    "answered_curiosity_questions", "bookmarked_topic", "asked_question_in_chat")),
            Map.entry("marketing_content_alignment", List.of("viewed_personalised_article",
                    "dismissed_promotional_banner", "watched_member_story", "subscribed_to_newsletter")),
            Map.entry("risk_assessment", List.of("started_risk_questionnaire", "entered_family_history",
                    "entered_lifestyle_answers", "reviewed_risk_summary")),
            Map.entry("narrative_capture", List.of("wrote_personal_story", "answered_open_questions",
                    "recorded_voice_note", "chose_story_prompts")),
            Map.entry("life_events_timeline", List.of("added_life_event", "edited_timeline_dates",
                    "reviewed_timeline", "linked_event_to_health_goal")),
            Map.entry("progressive_engagement", List.of("unlocked_next_module", "completed_micro_lesson",
                    "set_notification_preferences", "earned_progress_badge")),
            Map.entry("prevention_plan", List.of("reviewed_recommended_screenings", "selected_prevention_goal",
                    "compared_screening_options", "downloaded_plan")),
            Map.entry("support_plan", List.of("invited_support_person", "joined_peer_group",
                    "chose_check_in_contact", "viewed_community_resources")),
            Map.entry("action_planning", List.of("booked_screening_appointment", "set_reminder",
                    "added_plan_to_calendar", "chose_first_action")),
            Map.entry("motivation_assessment", List.of("rated_motivation", "picked_personal_reasons", "set_reward",
                    "answered_readiness_question")),
            Map.entry("follow_up", List.of("opened_follow_up_message", "reported_progress", "rescheduled_appointment",
                    "uploaded_screening_result")),
            Map.entry("risk_awareness_maintenance", List.of("read_risk_update", "retook_short_assessment",
                    "reviewed_risk_trend", "viewed_seasonal_tip")),
            Map.entry("barrier_identification", List.of("reported_cost_barrier", "reported_time_barrier",
                    "requested_transport_help", "flagged_access_issue")),
            Map.entry("stability_monitoring", List.of("logged_weekly_check_in", "reviewed_habit_streak",
                    "updated_health_metrics", "confirmed_next_screening")));

    private static final Map<String, List<String>> BY_STATE = Map.of(
            EmotionalStates.CURIOUS, List.of("opened_learn_more_link", "expanded_details"),
            EmotionalStates.ANXIOUS, List.of("reread_privacy_notice", "paused_before_continuing", "opened_faq"),
            EmotionalStates.HOPEFUL, List.of("saved_encouraging_message", "previewed_next_step"),
            EmotionalStates.CONFIDENT, List.of("skipped_introduction", "used_advanced_view"),
            EmotionalStates.MOTIVATED, List.of("shared_progress", "set_stretch_goal"),
            EmotionalStates.OVERWHELMED, List.of("scrolled_without_answering", "returned_to_previous_screen",
                    "closed_detailed_view"),
            EmotionalStates.INDIFFERENT, List.of("skimmed_content", "ignored_prompt"),
            EmotionalStates.DISTRACTED, List.of("left_and_returned_later", "switched_to_other_app"),
            EmotionalStates.RELIEVED, List.of("read_reassurance_message", "thanked_support_bot"),
            EmotionalStates.FRUSTRATED, List.of("sent_feedback_complaint", "retried_form"));

    private static final Map<String, List<String>> BY_PERSONA = Map.of(
            "health_aware_avoider", List.of("read_article_privately", "postponed_decision", "checked_anonymity_options"),
            "structured_system_seeker", List.of("exported_data", "compared_with_last_results", "checked_schedule"),
            "balanced_life_integrator", List.of("chose_flexible_time_slot", "involved_family_member"),
            "healthcare_professional", List.of("opened_clinical_references", "checked_guideline_source"),
            "overlooked_risk_group", List.of("looked_for_free_options", "checked_nearby_locations"));

    private StepActions() {
    }

    /** The actions of one step, in the order they happened. */
    static List<String> actions(Rng rng, String step, int state, String status, String persona, Traits traits) {
        List<String> base = BY_STEP.get(step);
        String emotion = EmotionalStates.ALL.get(state);
        List<String> actions = new ArrayList<>();
        switch (status) {
            case CompletionStatus.COMPLETED -> {
                actions.addAll(rng.sample(base, 1 + rng.nextInt(2)));
                if (rng.chance(0.5)) {
                    actions.add(rng.pick(BY_STATE.get(emotion)));
                }
                if (rng.chance(0.35)) {
                    actions.add(rng.pick(personaActions(persona, traits)));
                }
            }
            case CompletionStatus.PARTIAL -> {
                actions.add(rng.pick(base));
                actions.add(rng.pick(BY_STATE.get(emotion)));
                actions.add("saved_progress_for_later");
            }
            case CompletionStatus.SKIPPED -> {
                if (rng.chance(0.5)) {
                    actions.add(rng.pick(BY_STATE.get(emotion)));
                }
                actions.add("skipped_step");
            }
            default -> {
                if (rng.chance(0.6)) {
                    actions.add(rng.pick(base));
                }
                actions.add(rng.pick(BY_STATE.get(emotion)));
                actions.add("left_the_journey");
            }
        }
        return actions.stream().distinct().toList();
    }

    private static List<String> personaActions(String persona, Traits t) {
        List<String> own = BY_PERSONA.get(persona);
        if (own != null) {
            return own;
        }
        List<String> derived = new ArrayList<>();
        if (t.organization() >= 0.6) {
            derived.add("checked_schedule");
        }
        if (t.healthAnxiety() >= 0.6) {
            derived.add("postponed_decision");
        }
        if (t.socialBarriers() >= 0.5) {
            derived.add("looked_for_free_options");
        }
        if (t.healthAwareness() >= 0.85) {
            derived.add("opened_clinical_references");
        }
        if (derived.isEmpty()) {
            derived.add("chose_flexible_time_slot");
        }
        return derived;
    }
}
