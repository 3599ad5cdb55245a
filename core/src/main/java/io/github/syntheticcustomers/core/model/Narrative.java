package io.github.syntheticcustomers.core.model;

import java.util.List;

/** The customer's story in their persona's terms. */
public record Narrative(String summary, List<String> motivations, List<String> concerns, List<String> goals,
        String quote) {

    public Narrative {
        motivations = List.copyOf(motivations);
        concerns = List.copyOf(concerns);
        goals = List.copyOf(goals);
    }
}
