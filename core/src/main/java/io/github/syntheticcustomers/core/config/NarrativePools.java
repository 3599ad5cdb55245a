package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/** Phrases a persona's narratives are drawn from. Any list left out falls back to generic phrases. */
public record NarrativePools(List<String> motivations, List<String> concerns, List<String> goals,
        List<String> quotes) {

    public NarrativePools {
        motivations = Immutable.list(motivations);
        concerns = Immutable.list(concerns);
        goals = Immutable.list(goals);
        quotes = Immutable.list(quotes);
    }
}
