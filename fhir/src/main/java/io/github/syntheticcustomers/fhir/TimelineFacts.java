package io.github.syntheticcustomers.fhir;

import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the FHIR resources read off a customer's timeline (docs/timeline-model.md): when each journey step ended, and
 * when a condition was diagnosed. Events are recognised by their properties, which the contract fixes per kind,
 * not by their type, which is configuration ({@code timeline.event_types}): a step's closing event
 * ({@code step_completed}, {@code step_paused}, {@code step_skipped}, {@code step_abandoned}) carries the properties
 * of its {@code step_started} and then {@code seconds}; a {@code condition_diagnosed} event carries
 * {@code condition} and {@code managed}.
 */
final class TimelineFacts {

    static final String SCENARIO_ID = "scenario_id";
    static final String STEP = "step";
    static final String POSITION = "position";
    static final String SECONDS = "seconds";
    static final String CONDITION = "condition";
    static final String MANAGED = "managed";

    private TimelineFacts() {
    }

    /**
     * When each step of {@code scenario}'s journey ended on {@code timeline}: its start plus the {@code seconds} of
     * its closing event; null for a step whose start or closing event the timeline does not hold (and for every step
     * when there is no timeline). A step is found by its {@code step_started} event: same scenario, step and time.
     */
    static Instant[] stepEnds(TestScenario scenario, CustomerTimeline timeline) {
        java.util.List<JourneyStep> journey = scenario.journey();
        Instant[] ends = new Instant[journey.size()];
        if (timeline == null) {
            return ends;
        }
        // started steps waiting for their closing event, by step and position (looked up only, never iterated)
        Map<String, Integer> open = new HashMap<>();
        int next = 0;
        for (EngagementEvent e : timeline.events()) {
            if (!scenario.scenarioId().equals(e.property(SCENARIO_ID)) || e.property(STEP) == null) {
                continue;
            }
            String key = e.property(STEP) + "#" + e.property(POSITION);
            if (!e.properties().containsKey(SECONDS)) {
                // a start: the events are in time order, and so are the journey's steps
                for (int j = next; j < journey.size(); j++) {
                    JourneyStep step = journey.get(j);
                    if (step.step().equals(e.property(STEP)) && e.timestamp().equals(step.timestamp())) {
                        open.put(key, j);
                        next = j + 1;
                        break;
                    }
                }
            } else {
                Integer j = open.remove(key);
                Instant start = j == null ? null : journey.get(j).timestamp();
                if (start != null) {
                    ends[j] = start.plusMillis(new BigDecimal(e.property(SECONDS)).movePointRight(3)
                            .setScale(0, RoundingMode.DOWN).longValue());
                }
            }
        }
        return ends;
    }

    /**
     * The local date (the customer's time zone) of the {@code condition_diagnosed} event of {@code condition} on
     * {@code timeline}, the first when there are several; null when the timeline has none (or there is no timeline).
     */
    static LocalDate diagnosed(CustomerTimeline timeline, String condition) {
        if (timeline == null) {
            return null;
        }
        for (EngagementEvent e : timeline.events()) {
            if (condition.equals(e.property(CONDITION)) && e.properties().containsKey(MANAGED)) {
                return e.timestamp().atZone(timeline.zone()).toLocalDate();
            }
        }
        return null;
    }
}
