package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * One persona type: display name, share of all customers (percent), inclusive age range, the
 * communication style engagement patterns adapt to, behavioural traits and optional vocabularies; optionally its own
 * gender shares and region weights ({@code demographics}, {@link DemographicsConfig}). The {@code style} is a free
 * description; the engagement approach is the declared {@code approach} (an id of {@code engagement.approaches}), or,
 * without one, the first rule of {@code engagement.approach_by_traits} that the persona's traits meet.
 */
public record PersonaConfig(
        String name,
        Double share,
        AgeRange age,
        String style,
        String approach,
        Traits traits,
        List<String> occupations,
        NarrativePools narrative,
        List<String> actions,
        DemographicsConfig demographics) {

    public PersonaConfig {
        occupations = Immutable.list(occupations);
        actions = Immutable.list(actions);
    }
}
