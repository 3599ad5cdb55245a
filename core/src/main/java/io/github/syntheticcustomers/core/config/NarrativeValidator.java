package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import java.util.List;
import java.util.Map;

/**
 * Checks the {@code narrative} section and every persona's narrative pools; the first problem is thrown as a
 * located {@link ConfigException}: every phrase non-blank, every {@code when} a valid eligibility rule, the
 * generic pools complete (each list with at least two phrases true of any customer, so every narrative has its
 * two motivations, concerns and goals), and the family-history concern naming {@code {condition}}.
 */
final class NarrativeValidator {

    private NarrativeValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        List<String> listed = JourneyConfigValidator.listable(config);
        NarrativeConfig n = required(config.narrative(), "narrative", "{ generic, family_history_concern }", at);
        NarrativePools generic = required(n.generic(), "narrative.generic",
                "{ motivations, concerns, goals, quotes }", at);
        pools("narrative.generic", generic, listed, at);
        unconditional("narrative.generic.motivations", generic.motivations(), 2, at);
        unconditional("narrative.generic.concerns", generic.concerns(), 2, at);
        unconditional("narrative.generic.goals", generic.goals(), 2, at);
        unconditional("narrative.generic.quotes", generic.quotes(), 1, at);
        String concern = required(n.familyHistoryConcern(), "narrative.family_history_concern",
                "a phrase with " + NarrativeConfig.CONDITION, at);
        if (!concern.contains(NarrativeConfig.CONDITION)) {
            throw at.error("narrative.family_history_concern", "does not name the condition", concern,
                    "a phrase with " + NarrativeConfig.CONDITION + ", e.g. A family history of {condition}");
        }
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            if (e.getValue() != null && e.getValue().narrative() != null) {
                pools("personas." + e.getKey() + ".narrative", e.getValue().narrative(), listed, at);
            }
        }
    }

    static void pools(String base, NarrativePools pools, List<String> listed, ConfigParser.Locator at) {
        entries(base + ".motivations", pools.motivations(), listed, at);
        entries(base + ".concerns", pools.concerns(), listed, at);
        entries(base + ".goals", pools.goals(), listed, at);
        entries(base + ".quotes", pools.quotes(), listed, at);
    }

    private static void entries(String prop, List<NarrativeEntry> entries, List<String> listed,
            ConfigParser.Locator at) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            NarrativeEntry e = required(entries.get(i), prop + "." + i, "a phrase, or { text, when }", at);
            if (required(e.text(), prop + "." + i + ".text", "a non-blank phrase", at).isBlank()) {
                throw at.error(prop + "." + i, "is blank", "''", "a non-blank phrase");
            }
            if (e.when() != null) {
                JourneyConfigValidator.eligibility(prop + "." + i + ".when", e.when(), listed, at);
            }
        }
    }

    private static void unconditional(String prop, List<NarrativeEntry> entries, int atLeast,
            ConfigParser.Locator at) {
        long plain = entries == null ? 0 : entries.stream().filter(e -> e.when() == null).count();
        if (plain < atLeast) {
            throw at.error(prop, "has " + plain + " phrases true of any customer", null,
                    "at least " + atLeast + " phrases without when");
        }
    }
}
