package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Observation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the personal placeholders ({@link EngagementConfig#PERSONAL_PLACEHOLDERS} and {@code m.<code>}),
 * read from the customer's own record only: nothing a line says goes beyond what the record holds. A value the
 * record lacks reads "not recorded" (a line's rule keeps such lines away from such customers). Measurements are
 * those of the latest panel, each with its code's configured decimals ({@code measurements.values[].decimals}:
 * "6.0", never "6"), and {@code measured_on} is that panel's date.
 */
final class PersonalFacts {

    private static final String NOT_RECORDED = "not recorded";

    private PersonalFacts() {
    }

    /** The values for {@code c}, each measurement with its code's decimals in {@code decimals} (absent: as it is). */
    static Map<String, String> of(CustomerProfile c, Map<String, Integer> decimals) {
        Map<String, String> v = new HashMap<>();
        v.put("city", c.demographics().city());
        v.put("last_screening", c.healthProfile().screeningHistory().lastScreening() == null ? NOT_RECORDED
                : c.healthProfile().screeningHistory().lastScreening().toString());
        List<LocalDate> panels = c.healthProfile().panelDates();
        v.put("measured_on", panels.isEmpty() ? NOT_RECORDED : panels.get(panels.size() - 1).toString());
        // oldest first: the latest panel's value of each code stays
        for (Observation o : c.healthProfile().measurements()) {
            Integer places = decimals.get(o.code());
            v.put(EngagementConfig.MEASUREMENT_PREFIX + o.code(), places == null
                    ? io.github.syntheticcustomers.core.internal.Decimals.plain(o.value()) : fixed(o.value(), places));
        }
        List<LifeEvent> events = c.lifeEvents();
        v.put("recent_life_event", events.isEmpty() ? NOT_RECORDED : events.get(events.size() - 1).description());
        return v;
    }

    /** {@code value} with exactly {@code places} decimals (0–6), locale-free: {@code fixed(6, 1)} is "6.0". */
    static String fixed(double value, int places) {
        long scale = 1;
        for (int i = 0; i < places; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder sb = new StringBuilder();
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (places > 0) {
            String fraction = Long.toString(scaled % scale);
            sb.append('.').append("0".repeat(places - fraction.length())).append(fraction);
        }
        return sb.toString();
    }
}
