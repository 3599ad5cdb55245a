package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * Phrases a persona's narratives are drawn from, each a {@link NarrativeEntry} (plain, or with the rule that must
 * hold for the customer). Any list left out falls back to the {@code narrative.generic} phrases.
 *
 * @param motivations what moves the customer to look after their health
 * @param concerns what worries the customer
 * @param goals what the customer wants to achieve
 * @param quotes things the customer says, in their own words
 */
public record NarrativePools(List<NarrativeEntry> motivations, List<NarrativeEntry> concerns,
        List<NarrativeEntry> goals, List<NarrativeEntry> quotes) {

    public NarrativePools {
        motivations = Immutable.list(motivations);
        concerns = Immutable.list(concerns);
        goals = Immutable.list(goals);
        quotes = Immutable.list(quotes);
    }
}
