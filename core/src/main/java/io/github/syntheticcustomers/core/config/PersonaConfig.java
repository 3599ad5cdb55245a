package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * One persona type: display name, share of all customers (percent), inclusive age range, the
 * communication style engagement patterns adapt to, behavioural traits and optional vocabularies; optionally its own
 * gender shares and region weights ({@code demographics}, {@link DemographicsConfig}). The {@code style} is a free
 * description; the engagement approach is the declared {@code approach} (an id of {@code engagement.approaches}), or,
 * without one, the first rule of {@code engagement.approach_by_traits} that the persona's traits meet.
 *
 * @param name the persona's display name
 * @param share the percent of all customers of this persona (the personas' shares sum to 100)
 * @param age the inclusive age range of its customers
 * @param style a free description of how the persona prefers to be addressed
 * @param approach the engagement approach its steps speak in (an id of {@code engagement.approaches}); null: the
 *     first rule of {@code engagement.approach_by_traits} its traits meet
 * @param traits the behavioural traits, each 0.0–1.0
 * @param occupations the occupations its customers hold (names of {@code occupations})
 * @param narrative the persona's own narrative phrases; a pool left out falls back to {@code narrative.generic}
 * @param actions the journey actions typical of the persona; null: chosen from its traits
 *     ({@code journey.trait_actions})
 * @param demographics the persona's own gender shares and region weights; null: the dataset's
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
