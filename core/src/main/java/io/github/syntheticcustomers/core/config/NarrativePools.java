package io.github.syntheticcustomers.core.config;

import java.util.List;

/** Phrases a persona's narratives are drawn from. Any list left out falls back to generic phrases. */
public record NarrativePools(List<String> motivations, List<String> concerns, List<String> goals,
        List<String> quotes) {
}
