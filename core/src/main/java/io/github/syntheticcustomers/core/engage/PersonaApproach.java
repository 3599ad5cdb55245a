package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How a step speaks to a persona: the seed's five persona styles mapped to five approaches. Each
 * approach carries the constants the patterns start from (documented per constant below):
 *
 * <table>
 * <caption>approach constants</caption>
 * <tr><th>approach</th><th>style keywords</th><th>disclosure base</th><th>scaffolding base</th><th>intensity base</th></tr>
 * <tr><td>gentle</td><td>cautious, detail-oriented, anxious, careful</td><td>0.20</td><td>0.80</td><td>0.80</td></tr>
 * <tr><td>structured</td><td>analytical, organised/organized, systematic, methodical</td><td>0.60</td><td>0.40</td><td>0.70</td></tr>
 * <tr><td>balanced</td><td>practical, holistic, balanced, flexible</td><td>0.50</td><td>0.50</td><td>0.50</td></tr>
 * <tr><td>clinical</td><td>professional, knowledgeable, clinical, expert</td><td>0.90</td><td>0.20</td><td>0.60</td></tr>
 * <tr><td>direct</td><td>pragmatic, resourceful, busy, straightforward</td><td>0.30</td><td>0.35</td><td>0.75</td></tr>
 * </table>
 *
 * <p><b>disclosure base</b>: how much depth the persona wants up front (feeds readiness);
 * <b>scaffolding base</b>: how much emotional support the style calls for by itself;
 * <b>intensity base</b>: how strongly the content departs from a neutral default for this style.
 */
public enum PersonaApproach {
    GENTLE(0.20, 0.80, 0.80, List.of("cautious", "detail-oriented", "detail oriented", "anxious", "careful"),
            List.of("Plain, non-alarming language", "One question at a time", "Pause and resume at any point")),
    STRUCTURED(0.60, 0.40, 0.70, List.of("analytical", "organised", "organized", "systematic", "methodical"),
            List.of("Numbered steps with a checklist", "Progress shown as step n of N", "Clear next action and timeline")),
    BALANCED(0.50, 0.50, 0.50, List.of("practical", "holistic", "balanced", "flexible"),
            List.of("Links to everyday routines", "Whole-person framing (sleep, stress, family)",
                    "Small, optional next steps")),
    CLINICAL(0.90, 0.20, 0.60, List.of("professional", "knowledgeable", "clinical", "expert"),
            List.of("Clinical terminology kept", "Evidence and guideline references", "Full detail available at once")),
    DIRECT(0.30, 0.35, 0.75, List.of("pragmatic", "resourceful", "busy", "straightforward"),
            List.of("Short sentences, bottom line first", "Time and cost stated up front", "Fewest possible fields"));

    private final double disclosureBase;
    private final double scaffoldingBase;
    private final double intensityBase;
    private final List<String> keywords;
    private final List<String> adaptations;

    PersonaApproach(double disclosureBase, double scaffoldingBase, double intensityBase, List<String> keywords,
            List<String> adaptations) {
        this.disclosureBase = disclosureBase;
        this.scaffoldingBase = scaffoldingBase;
        this.intensityBase = intensityBase;
        this.keywords = keywords;
        this.adaptations = adaptations;
    }

    /** The id used in JSON: {@code gentle}, {@code structured}, {@code balanced}, {@code clinical}, {@code direct}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PersonaApproach of(String id) {
        for (PersonaApproach a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown approach '" + id
                + "' (allowed: gentle, structured, balanced, clinical, direct)");
    }

    /** How much depth this style wants up front, 0–1. */
    public double disclosureBase() {
        return disclosureBase;
    }

    /** How much emotional support this style calls for by itself, 0–1. */
    public double scaffoldingBase() {
        return scaffoldingBase;
    }

    /** How strongly content departs from a neutral default for this style, 0–1. */
    public double intensityBase() {
        return intensityBase;
    }

    /** Lower-case words of a configured {@code style} that select this approach. */
    public List<String> keywords() {
        return keywords;
    }

    /** The adaptations this approach always applies, in display order. */
    public List<String> baseAdaptations() {
        return adaptations;
    }
}
