package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import java.util.Map;

/**
 * The engine's configured texts ({@code engagement.texts}) filled in for one step: {@code {placeholder}}s are
 * replaced by the step's values (validated names only, so a placeholder without a value is a programming error).
 * Immutable and thread-safe.
 */
final class StepTexts {

    private final EngagementConfig.Texts texts;

    StepTexts(EngagementConfig.Texts texts) {
        this.texts = texts;
    }

    String preview(EngagementConfig.Approach approach, Map<String, String> values) {
        return fill(texts.preview().get(approach.id()), values);
    }

    /** The confirmation for the step's completion status (an unknown or absent status reads as partial). */
    String confirmation(String status, EngagementConfig.Approach approach, Map<String, String> values) {
        Map<String, String> byApproach = texts.confirmation().get(status);
        if (byApproach == null) {
            byApproach = texts.confirmation().get(CompletionStatus.PARTIAL);
        }
        return fill(byApproach.get(approach.id()), values);
    }

    String privacyNote(Map<String, String> values) {
        return fill(texts.privacyNote(), values);
    }

    /** The scaffolding message of {@code type} in the approach's register ({@code scaffolding_register}). */
    String scaffolding(String type, EngagementConfig.Approach approach, Map<String, String> values) {
        EngagementConfig.Register r = texts.scaffolding().get(type);
        return fill("warm".equals(approach.scaffoldingRegister()) ? r.warm() : r.brief(), values);
    }

    /**
     * {@code template} with every {@code {name}} replaced by {@code values.get(name)}, and every
     * {@code {name|one|many}} by the value and the noun in the number it takes: "1 step", "0 steps", "3 steps".
     */
    static String fill(String template, Map<String, String> values) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            int bar = name.indexOf('|');
            String value = values.get(bar < 0 ? name : name.substring(0, bar));
            if (value == null) {
                throw new IllegalStateException("no value for " + template.substring(open, close + 1));
            }
            if (bar >= 0) {
                String[] nouns = name.substring(bar + 1).split("\\|", -1);
                value = value + " " + (value.equals("1") ? nouns[0] : nouns[1]);
            }
            sb.append(template, i, open).append(value);
            i = close + 1;
        }
        return sb.toString();
    }
}
