package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code engagement.trajectory} and {@code engagement.texts}; the first problem is thrown as a located
 * {@link ConfigException}: the declared approaches ({@link ApproachesValidator}), weights and shifts in range,
 * emotional classes from their closed set and approaches from the declared ones, a text for every declared approach, every completion status and every scaffolding type, and only known
 * {@code {placeholders}} ({@link EngagementConfig#PLACEHOLDERS}).
 */
final class EngagementConfigValidator {

    private EngagementConfigValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        EngagementConfig e = config.engagement();
        List<String> approaches = ApproachesValidator.validate(config, at);
        EngagementConfig.Trajectory t = required(e.trajectory(), "engagement.trajectory",
                "{ progress_weight, interaction_weight, emotion_shift, supportive_approach, supportive_classes }", at);
        number("engagement.trajectory.progress_weight", required(t.progressWeight(),
                "engagement.trajectory.progress_weight", "a number 0.0–2.0", at), 0, 2, "a number 0.0–2.0", at);
        number("engagement.trajectory.interaction_weight", required(t.interactionWeight(),
                "engagement.trajectory.interaction_weight", "a number 0.0–2.0", at), 0, 2, "a number 0.0–2.0", at);
        if (t.emotionShift() != null) {
            for (Map.Entry<String, Double> s : t.emotionShift().entrySet()) {
                String prop = "engagement.trajectory.emotion_shift." + s.getKey();
                oneOf(prop, s.getKey(), EmotionClass.DECLARABLE, "emotional class", at);
                number(prop, required(s.getValue(), prop, "a number -1.0–1.0", at), -1, 1, "a number -1.0–1.0", at);
            }
        }
        oneOf("engagement.trajectory.supportive_approach", required(t.supportiveApproach(),
                "engagement.trajectory.supportive_approach", String.join(", ", approaches), at),
                approaches, "approach", at);
        List<String> classes = t.supportiveClasses() == null ? List.of() : t.supportiveClasses();
        for (int i = 0; i < classes.size(); i++) {
            oneOf("engagement.trajectory.supportive_classes." + i, classes.get(i), EmotionClass.DECLARABLE,
                    "emotional class", at);
        }
        Map<String, Double> means = required(e.stepEngagement(), "engagement.step_engagement",
                "a mean latent engagement (-3.0–3.0) per completion status", at);
        for (Map.Entry<String, Double> m : means.entrySet()) {
            String prop = "engagement.step_engagement." + m.getKey();
            oneOf(prop, m.getKey(), CompletionStatus.ALL, "completion status", at);
            number(prop, required(m.getValue(), prop, "a number -3.0–3.0", at), -3, 3, "a number -3.0–3.0", at);
        }
        for (String status : CompletionStatus.ALL) {
            required(means.get(status), "engagement.step_engagement." + status, "a number -3.0–3.0", at);
        }
        EngagementConfig.Texts texts = required(e.texts(), "engagement.texts",
                "{ preview, confirmation, privacy_note, scaffolding }", at);
        byApproach("engagement.texts.preview", required(texts.preview(), "engagement.texts.preview",
                "a text per approach", at), approaches, at);
        Map<String, Map<String, String>> confirmation = required(texts.confirmation(), "engagement.texts.confirmation",
                "a text per completion status and approach", at);
        for (String key : confirmation.keySet()) {
            oneOf("engagement.texts.confirmation." + key, key, CompletionStatus.ALL, "completion status", at);
        }
        for (String status : CompletionStatus.ALL) {
            String prop = "engagement.texts.confirmation." + status;
            byApproach(prop, required(confirmation.get(status), prop, "a text per approach", at), approaches, at);
        }
        template("engagement.texts.privacy_note", texts.privacyNote(), at);
        Map<String, EngagementConfig.Register> scaffolding = required(texts.scaffolding(),
                "engagement.texts.scaffolding", "{ warm, brief } per scaffolding type", at);
        for (String key : scaffolding.keySet()) {
            oneOf("engagement.texts.scaffolding." + key, key, EmotionClass.SCAFFOLD_TYPES, "scaffolding type", at);
        }
        for (String type : EmotionClass.SCAFFOLD_TYPES) {
            String prop = "engagement.texts.scaffolding." + type;
            EngagementConfig.Register r = required(scaffolding.get(type), prop, "{ warm, brief }", at);
            template(prop + ".warm", r.warm(), at);
            template(prop + ".brief", r.brief(), at);
        }
        List<EngagementConfig.PersonalLine> personal = texts.personal() == null ? List.of() : texts.personal();
        List<String> codes = new ArrayList<>();
        if (config.measurements() != null) {
            codes.add(config.measurements().height().code());
            codes.add(config.measurements().weight().code());
            codes.add(config.measurements().bmi().code());
            config.measurements().values().forEach(v -> codes.add(v.code()));
        }
        List<String> steps = config.journey() == null || config.journey().phases() == null ? List.of()
                : JourneyFramework.of(config.journey()).stepIds();
        RuleVocabulary listed = RuleVocabulary.of(config);
        for (int i = 0; i < personal.size(); i++) {
            String base = "engagement.texts.personal." + i;
            EngagementConfig.PersonalLine line = required(personal.get(i), base, "{ text, when, steps }", at);
            template(base + ".text", line.text(), codes, listed.attributeIds(), at);
            if (line.when() != null) {
                JourneyConfigValidator.eligibility(base + ".when", line.when(), listed, at);
            }
            if (line.steps() != null) {
                for (int k = 0; k < line.steps().size(); k++) {
                    oneOf(base + ".steps." + k, line.steps().get(k), steps, "step", at);
                }
            }
        }
    }

    /** A text for every declared approach, and none for an approach that is not declared. */
    private static void byApproach(String prop, Map<String, String> texts, List<String> approaches,
            ConfigParser.Locator at) {
        for (String key : texts.keySet()) {
            oneOf(prop + "." + key, key, approaches, "approach", at);
        }
        for (String approach : approaches) {
            template(prop + "." + approach, texts.get(approach), at);
        }
    }

    /** A non-blank text whose {@code {placeholders}} are all known and whose braces pair up. */
    static void template(String prop, String text, ConfigParser.Locator at) {
        template(prop, text, null, at);
    }

    /**
     * {@link #template(String, String, ConfigParser.Locator)}; with {@code codes} (a personal line), also the
     * personal placeholders and {@code m.<code>} for those measurement codes.
     */
    static void template(String prop, String text, List<String> codes, ConfigParser.Locator at) {
        template(prop, text, codes, List.of(), at);
    }

    /**
     * {@link #template(String, String, List, ConfigParser.Locator)}; with {@code attributes} (a personal line's
     * declared attribute ids), also {@code a.<id>} for each.
     */
    static void template(String prop, String text, List<String> codes, List<String> attributes,
            ConfigParser.Locator at) {
        List<String> known = new ArrayList<>(EngagementConfig.PLACEHOLDERS);
        if (codes != null) {
            known.addAll(EngagementConfig.PERSONAL_PLACEHOLDERS);
            codes.forEach(c -> known.add(EngagementConfig.MEASUREMENT_PREFIX + c));
            attributes.forEach(a -> known.add(AttributeConfig.PLACEHOLDER_PREFIX + a));
        }
        String allowed = "a text with placeholders from " + String.join(", ", known);
        if (required(text, prop, allowed, at).isBlank()) {
            throw at.error(prop, "is blank", "''", allowed);
        }
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = text.indexOf('}', i);
            if (open < 0 && close < 0) {
                return;
            }
            if (close >= 0 && (open < 0 || close < open)) {
                throw at.error(prop, "has a '}' without its '{'", text, allowed);
            }
            int end = text.indexOf('}', open);
            if (end < 0) {
                throw at.error(prop, "has a '{' without its '}'", text, allowed);
            }
            String name = text.substring(open + 1, end);
            String[] plural = name.split("\\|", -1);
            if (plural.length == 3) {
                // {count|one|many}: the count with its noun in the number it takes ({completed_before|step|steps})
                if (plural[1].isBlank() || plural[2].isBlank()) {
                    throw at.error(prop, "placeholder {" + name + "} lacks a noun", text,
                            "{<count>|<singular>|<plural>}, e.g. {completed_before|step|steps}");
                }
                name = plural[0];
            } else if (plural.length != 1) {
                throw at.error(prop, "placeholder {" + name + "} is not {<count>|<singular>|<plural>}", text, allowed);
            }
            if (codes != null && name.startsWith(AttributeConfig.PLACEHOLDER_PREFIX) && !known.contains(name)) {
                throw at.error(prop, "unknown attribute '" + name.substring(AttributeConfig.PLACEHOLDER_PREFIX.length())
                        + "' in placeholder {" + name + "}", text, RuleVocabulary.allowed(attributes));
            }
            if (!known.contains(name)) {
                throw at.error(prop, "unknown placeholder {" + name + "}", text, allowed);
            }
            i = end + 1;
        }
    }
}
