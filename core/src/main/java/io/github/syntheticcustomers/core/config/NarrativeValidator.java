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
        RuleVocabulary listed = RuleVocabulary.of(config);
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
        Map<String, List<String>> groups = n.occupationGroups() == null ? Map.of() : n.occupationGroups();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            String prop = "narrative.occupation_groups." + g.getKey();
            JourneyConfigValidator.identifier(prop, g.getKey(), "a group name such as shift_work", at);
            if (g.getValue() == null || g.getValue().isEmpty()) {
                throw at.error(prop, "is empty", null, "a list of occupations");
            }
            for (int i = 0; i < g.getValue().size(); i++) {
                if (required(g.getValue().get(i), prop + "." + i, "an occupation", at).isBlank()) {
                    throw at.error(prop + "." + i, "is blank", "''", "an occupation");
                }
            }
        }
        List<NarrativeEntry> dispositions = required(n.dispositions(), "narrative.dispositions",
                "a list of { text, when }, the last true of anyone", at);
        entries("narrative.dispositions", dispositions, listed, at);
        if (dispositions.isEmpty() || dispositions.get(dispositions.size() - 1).when() != null) {
            throw at.error("narrative.dispositions", "has no last sentence true of anyone", null,
                    "a list whose last phrase has no when");
        }
        entries("narrative.disposition_notes", n.dispositionNotes(), listed, at);
        entries("narrative.quote_endings", n.quoteEndings(), listed, at);
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            if (e.getValue() != null && e.getValue().narrative() != null) {
                pools("personas." + e.getKey() + ".narrative", e.getValue().narrative(), listed, at);
            }
        }
        groupsKnown(config, groups.keySet(), at);
    }

    /**
     * Every {@code occupation_group} a rule names (narrative phrases, engagement personal lines, action
     * requirements, scenario types) is a group of {@code narrative.occupation_groups}.
     */
    private static void groupsKnown(GeneratorConfig config, java.util.Set<String> groups, ConfigParser.Locator at) {
        NarrativeConfig n = config.narrative();
        List<String> allowed = List.copyOf(new java.util.TreeSet<>(groups));
        groupsIn("narrative.generic", n.generic(), allowed, at);
        groupsIn("narrative.dispositions", n.dispositions(), allowed, at);
        groupsIn("narrative.disposition_notes", n.dispositionNotes(), allowed, at);
        groupsIn("narrative.quote_endings", n.quoteEndings(), allowed, at);
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            if (e.getValue() != null) {
                groupsIn("personas." + e.getKey() + ".narrative", e.getValue().narrative(), allowed, at);
            }
        }
        if (config.engagement() != null && config.engagement().texts() != null
                && config.engagement().texts().personal() != null) {
            List<EngagementConfig.PersonalLine> lines = config.engagement().texts().personal();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i) != null) {
                    groupsIn("engagement.texts.personal." + i + ".when", lines.get(i).when(), allowed, at);
                }
            }
        }
        if (config.journey() != null && config.journey().actionRequirements() != null) {
            config.journey().actionRequirements().forEach((action, rule) ->
                    groupsIn("journey.action_requirements." + action, rule, allowed, at));
        }
        if (config.scenarios() != null && config.scenarios().types() != null) {
            config.scenarios().types().forEach((type, t) ->
                    groupsIn("scenarios.types." + type + ".eligible", t == null ? null : t.eligible(), allowed, at));
        }
    }

    private static void groupsIn(String prop, NarrativePools pools, List<String> allowed, ConfigParser.Locator at) {
        if (pools != null) {
            groupsIn(prop + ".motivations", pools.motivations(), allowed, at);
            groupsIn(prop + ".concerns", pools.concerns(), allowed, at);
            groupsIn(prop + ".goals", pools.goals(), allowed, at);
            groupsIn(prop + ".quotes", pools.quotes(), allowed, at);
        }
    }

    private static void groupsIn(String prop, List<NarrativeEntry> entries, List<String> allowed,
            ConfigParser.Locator at) {
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) != null) {
                    groupsIn(prop + "." + i + ".when", entries.get(i).when(), allowed, at);
                }
            }
        }
    }

    private static void groupsIn(String prop, ScenarioConfig.Eligibility rule, List<String> allowed,
            ConfigParser.Locator at) {
        if (rule == null) {
            return;
        }
        if (rule.occupationGroup() != null && !allowed.contains(rule.occupationGroup())) {
            throw at.error(prop + ".occupation_group", "unknown occupation group '" + rule.occupationGroup() + "'",
                    rule.occupationGroup(), allowed.isEmpty() ? "a group of narrative.occupation_groups"
                            : String.join(", ", allowed));
        }
        for (List<ScenarioConfig.Eligibility> list : java.util.Arrays.asList(rule.all(), rule.any())) {
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    groupsIn(prop + "." + (list == rule.all() ? "all" : "any") + "." + i, list.get(i), allowed, at);
                }
            }
        }
        groupsIn(prop + ".not", rule.not(), allowed, at);
    }

    static void pools(String base, NarrativePools pools, RuleVocabulary listed, ConfigParser.Locator at) {
        entries(base + ".motivations", pools.motivations(), listed, at);
        entries(base + ".concerns", pools.concerns(), listed, at);
        entries(base + ".goals", pools.goals(), listed, at);
        entries(base + ".quotes", pools.quotes(), listed, at);
    }

    private static void entries(String prop, List<NarrativeEntry> entries, RuleVocabulary listed,
            ConfigParser.Locator at) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            NarrativeEntry e = required(entries.get(i), prop + "." + i, "a phrase, or { text, when }", at);
            if (required(e.text(), prop + "." + i + ".text", "a non-blank phrase", at).isBlank()) {
                throw at.error(prop + "." + i, "is blank", "''", "a non-blank phrase");
            }
            attributePlaceholders(prop + "." + i + ".text", e.text(), listed, at);
            if (e.when() != null) {
                JourneyConfigValidator.eligibility(prop + "." + i + ".when", e.when(), listed, at);
            }
        }
    }

    /** Each {@code {a.<id>}} of a phrase names a declared attribute. */
    private static void attributePlaceholders(String prop, String text, RuleVocabulary listed,
            ConfigParser.Locator at) {
        String open = "{" + AttributeConfig.PLACEHOLDER_PREFIX;
        int i = text.indexOf(open);
        while (i >= 0) {
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw at.error(prop, "has a '{' without its '}'", text,
                        "a phrase whose {a.<attribute id>} placeholders close");
            }
            String id = text.substring(i + open.length(), end);
            if (!listed.attributes().containsKey(id)) {
                throw at.error(prop, "unknown attribute '" + id + "' in placeholder {a." + id + "}", text,
                        RuleVocabulary.allowed(listed.attributeIds()));
            }
            i = text.indexOf(open, end);
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
