package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Observation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the personal placeholders ({@link EngagementConfig#PERSONAL_PLACEHOLDERS} and {@code m.<code>}),
 * read from the customer's own record only: nothing a line says goes beyond what the record holds. A value the
 * record lacks reads "not recorded" (a line's rule keeps such lines away from such customers).
 */
final class PersonalFacts {

    private static final String NOT_RECORDED = "not recorded";

    private PersonalFacts() {
    }

    static Map<String, String> of(CustomerProfile c) {
        Map<String, String> v = new HashMap<>();
        v.put("city", c.demographics().city());
        v.put("last_screening", c.healthProfile().screeningHistory().lastScreening() == null ? NOT_RECORDED
                : c.healthProfile().screeningHistory().lastScreening().toString());
        List<Observation> measured = c.healthProfile().measurements();
        v.put("measured_on", measured.isEmpty() ? NOT_RECORDED : measured.get(0).date().toString());
        for (Observation o : measured) {
            v.put(EngagementConfig.MEASUREMENT_PREFIX + o.code(), Decimals.plain(o.value()));
        }
        List<LifeEvent> events = c.lifeEvents();
        v.put("recent_life_event", events.isEmpty() ? NOT_RECORDED : events.get(events.size() - 1).description());
        return v;
    }
}
