package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the declared engagement approaches and everything that names one (docs/engagement-approaches.md):
 * {@code engagement.approaches} (at least one, ids unique and lower-case, bases 0–1, a known scaffolding register,
 * adaptations non-blank), {@code engagement.approach_by_traits} (known traits, bounds 0–1, declared approaches, a last
 * rule without {@code when} so every persona gets one), {@code engagement.trait_adaptations},
 * {@code engagement.interaction_adaptations} and each persona's {@code approach}. The first problem is thrown as a
 * located {@link ConfigException}.
 */
final class ApproachesValidator {

    private static final String APPROACH_FIELDS =
            "{ id, name, disclosure_base, scaffolding_base, intensity_base, scaffolding_register, adaptations }";
    private static final String UNIT = "a number 0.0–1.0";

    private ApproachesValidator() {
    }

    /** The declared approach ids, once {@code engagement.approaches} is valid. */
    static List<String> validate(GeneratorConfig config, ConfigParser.Locator at) {
        EngagementConfig e = config.engagement();
        List<EngagementConfig.Approach> approaches = e.approaches();
        if (approaches == null || approaches.isEmpty()) {
            throw at.error("engagement.approaches", "at least one approach is required", null,
                    "a list of " + APPROACH_FIELDS);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < approaches.size(); i++) {
            String base = "engagement.approaches." + i;
            EngagementConfig.Approach a = required(approaches.get(i), base, APPROACH_FIELDS, at);
            String id = required(a.id(), base + ".id", "a lower-case id", at);
            ConfigValidator.requireId(base + ".id", id, at);
            if (ids.contains(id)) {
                throw at.error(base + ".id", "approach id '" + id + "' is declared twice", id,
                        "each approach id once");
            }
            ids.add(id);
            if (a.name() != null && a.name().isBlank()) {
                throw at.error(base + ".name", "is blank", "''", "a display name, or no name");
            }
            unit(base + ".disclosure_base", a.disclosureBase(), at);
            unit(base + ".scaffolding_base", a.scaffoldingBase(), at);
            unit(base + ".intensity_base", a.intensityBase(), at);
            oneOf(base + ".scaffolding_register", required(a.scaffoldingRegister(), base + ".scaffolding_register",
                    String.join(", ", EngagementConfig.REGISTERS), at), EngagementConfig.REGISTERS,
                    "scaffolding register", at);
            List<String> adaptations = required(a.adaptations(), base + ".adaptations",
                    "a list of adaptation texts", at);
            for (int k = 0; k < adaptations.size(); k++) {
                text(base + ".adaptations." + k, adaptations.get(k), "an adaptation text", at);
            }
        }
        rules(e.approachByTraits(), ids, at);
        traitAdaptations(e.traitAdaptations(), ids, at);
        interactionAdaptations(e.interactionAdaptations(), at);
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            if (p.getValue() != null && p.getValue().approach() != null) {
                oneOf("personas." + p.getKey() + ".approach", p.getValue().approach(), ids, "approach", at);
            }
        }
        return ids;
    }

    private static void rules(List<EngagementConfig.TraitRule> rules, List<String> ids, ConfigParser.Locator at) {
        String shape = "a list of { when: { <trait>: { at_least, below } }, approach }, the last without when";
        if (rules == null || rules.isEmpty()) {
            throw at.error("engagement.approach_by_traits", "at least one rule is required", null, shape);
        }
        for (int i = 0; i < rules.size(); i++) {
            String base = "engagement.approach_by_traits." + i;
            EngagementConfig.TraitRule r = required(rules.get(i), base, "{ when, approach }", at);
            oneOf(base + ".approach", required(r.approach(), base + ".approach", String.join(", ", ids), at), ids,
                    "approach", at);
            Map<String, EngagementConfig.TraitBound> when = r.when() == null ? Map.of() : r.when();
            for (Map.Entry<String, EngagementConfig.TraitBound> b : when.entrySet()) {
                String prop = base + ".when." + b.getKey();
                oneOf(prop, b.getKey(), Traits.NAMES, "trait", at);
                EngagementConfig.TraitBound bound = required(b.getValue(), prop, "{ at_least, below }", at);
                if (bound.atLeast() == null && bound.below() == null) {
                    throw at.error(prop, "bound is empty", null, "{ at_least: <0.0–1.0> } and/or { below: <0.0–1.0> }");
                }
                if (bound.atLeast() != null) {
                    number(prop + ".at_least", bound.atLeast(), 0, 1, UNIT, at);
                }
                if (bound.below() != null) {
                    number(prop + ".below", bound.below(), 0, 1, UNIT, at);
                }
            }
            boolean last = i == rules.size() - 1;
            if (last && !when.isEmpty()) {
                throw at.error(base + ".when", "the last rule must hold for every persona", "a rule with when",
                        "a last rule without when, e.g. { approach: " + ids.get(0) + " }");
            }
        }
    }

    private static void traitAdaptations(List<EngagementConfig.TraitAdaptation> list, List<String> ids,
            ConfigParser.Locator at) {
        List<EngagementConfig.TraitAdaptation> all = list == null ? List.of() : list;
        for (int i = 0; i < all.size(); i++) {
            String base = "engagement.trait_adaptations." + i;
            EngagementConfig.TraitAdaptation t = required(all.get(i), base,
                    "{ trait, at_least, text, unless_approach }", at);
            oneOf(base + ".trait", required(t.trait(), base + ".trait", String.join(", ", Traits.NAMES), at),
                    Traits.NAMES, "trait", at);
            unit(base + ".at_least", t.atLeast(), at);
            text(base + ".text", t.text(), "an adaptation text", at);
            if (t.unlessApproach() != null) {
                oneOf(base + ".unless_approach", t.unlessApproach(), ids, "approach", at);
            }
        }
    }

    private static void interactionAdaptations(EngagementConfig.InteractionAdaptations a, ConfigParser.Locator at) {
        String base = "engagement.interaction_adaptations";
        required(a, base, "{ smaller_chunks, help_open, skip_ahead, recap, recap_revisits }", at);
        text(base + ".smaller_chunks", a.smallerChunks(), "an adaptation text", at);
        text(base + ".help_open", a.helpOpen(), "an adaptation text", at);
        text(base + ".skip_ahead", a.skipAhead(), "an adaptation text", at);
        text(base + ".recap", a.recap(), "an adaptation text", at);
        int revisits = required(a.recapRevisits(), base + ".recap_revisits", "a whole number 1–3", at);
        if (revisits < 1 || revisits > 3) {
            throw at.error(base + ".recap_revisits", "out of range", Integer.toString(revisits), "a whole number 1–3");
        }
    }

    private static void unit(String prop, Double value, ConfigParser.Locator at) {
        number(prop, required(value, prop, UNIT, at), 0, 1, UNIT, at);
    }

    private static void text(String prop, String value, String allowed, ConfigParser.Locator at) {
        if (required(value, prop, allowed, at).isBlank()) {
            throw at.error(prop, "is blank", "''", allowed);
        }
    }
}
