package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interim: a timeline of the journey's steps only, until the timeline model replaces it. */
final class PlaceholderTimeline {

    private PlaceholderTimeline() {
    }

    static CustomerTimeline of(GeneratorConfig config, CustomerProfile c, TestScenario s) {
        ZoneId zone = Region.zonesByName(config.regions()).getOrDefault(c.demographics().state(), ZoneOffset.UTC);
        Instant asOf = config.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<EngagementEvent> events = new ArrayList<>();
        String number = c.id().substring(4);
        int position = 0;
        for (JourneyStep step : s.journey()) {
            position++;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("scenario_id", s.scenarioId());
            p.put("step", step.step());
            p.put("phase", step.phase());
            p.put("position", position);
            events.add(new EngagementEvent("evt-" + number + "-" + ProfileGenerator.padded(events.size() + 1, 6),
                    c.id(), "ses-" + number + "-0001", step.timestamp(), zone.getId(), "step_started", p));
        }
        return new CustomerTimeline(c.id(), zone, asOf, events);
    }
}
