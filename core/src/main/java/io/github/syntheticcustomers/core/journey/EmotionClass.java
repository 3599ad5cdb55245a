package io.github.syntheticcustomers.core.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The closed set of emotional classes: what kind of support a state calls for. Every state of the configured
 * vocabulary ({@code journey.emotional_states}) declares its class by {@link #id()}; the engagement engine
 * chooses scaffolding by class and the quality checks measure distress by class, so a team's own states
 * ({@code embarrassed}, {@code confused}) get the support their declaration says, never one guessed from the
 * word. A state the vocabulary does not declare is {@link #UNKNOWN}, which no declaration may name.
 *
 * <p>{@code need} is how much emotional support the class calls for by itself, 0–1.
 */
public enum EmotionClass {
    /** anxious, worried, overwhelmed … → reassurance. */
    DISTRESSED(0.90, "reassurance"),
    /** ashamed, embarrassed, guilty … → normalization. */
    SELF_CONSCIOUS(0.70, "normalization"),
    /** frustrated, resistant, discouraged … → validation. */
    DISCOURAGED(0.65, "validation"),
    /** uncertain, confused, hesitant … → guidance. */
    UNCERTAIN(0.55, "guidance"),
    /** indifferent, distracted, bored … → guidance (a clear, short way back in). */
    DISENGAGED(0.45, "guidance"),
    /** curious, hopeful, motivated … → encouragement. */
    POSITIVE(0.30, "encouragement"),
    /** confident, relieved, proud … → celebration. */
    ACCOMPLISHED(0.15, "celebration"),
    /** A state the vocabulary does not declare → guidance at a middling intensity. */
    UNKNOWN(0.50, "guidance");

    /** The ids a configuration may declare (every class but {@link #UNKNOWN}), in declaration order. */
    public static final List<String> DECLARABLE = Arrays.stream(values()).filter(c -> c != UNKNOWN)
            .map(EmotionClass::id).toList();

    /** The scaffolding types the classes call for, in class order, each once. */
    public static final List<String> SCAFFOLD_TYPES = Arrays.stream(values()).map(EmotionClass::scaffoldType)
            .distinct().toList();

    private final double need;
    private final String scaffold;

    EmotionClass(double need, String scaffold) {
        this.need = need;
        this.scaffold = scaffold;
    }

    /** The id of the class in configuration files, e.g. {@code self_conscious}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The declarable class with id {@code id}. */
    public static EmotionClass ofId(String id) {
        for (EmotionClass c : values()) {
            if (c != UNKNOWN && c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown emotional class " + id + "; known: " + DECLARABLE);
    }

    /** How much support this class calls for by itself, 0–1. */
    public double need() {
        return need;
    }

    /** The scaffolding type that fits this class. */
    public String scaffoldType() {
        return scaffold;
    }
}
