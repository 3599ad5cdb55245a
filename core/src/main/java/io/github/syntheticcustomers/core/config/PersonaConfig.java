package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * One persona type: display name, share of all customers (percent), inclusive age range, the
 * communication style engagement patterns adapt to, behavioural traits and optional vocabularies; optionally its own
 * gender shares and region weights ({@code demographics}, {@link DemographicsConfig}).
 */
public record PersonaConfig(
        String name,
        Double share,
        AgeRange age,
        String style,
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
