package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.EmotionalStates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the journey's free-form emotional states (string ids such as {@code anxious},
 * {@code curious}, {@code overwhelmed}) into classes that call for one kind of scaffolding. A state
 * belongs to the first class with a keyword it contains (so {@code mildly_anxious} is distressed);
 * an unknown state is {@link #UNKNOWN}.
 *
 * <p>{@code need} is how much emotional support the class calls for by itself, 0–1.
 */
public enum EmotionClass {
    /** anxious, worried, overwhelmed, scared … → reassurance. */
    DISTRESSED(0.90, "reassurance", List.of("anxious", "anxiety", "worr", "overwhelm", "scared", "fear", "stress",
            "nervous", "afraid", "panic", "distress", "alarm", "unstable")),
    /** ashamed, embarrassed, guilty … → normalization. */
    SELF_CONSCIOUS(0.70, "normalization", List.of("ashamed", "embarrass", "guilt", "judged", "self_conscious",
            "self-conscious")),
    /** frustrated, resistant, discouraged, tired … → validation. */
    DISCOURAGED(0.65, "validation", List.of("frustrat", "discourag", "resist", "defensive", "annoy", "tired",
            "exhaust", "burn", "disappoint", "avoid", "reluctant", "hopeless")),
    /** uncertain, confused, hesitant, skeptical … → guidance. */
    UNCERTAIN(0.55, "guidance", List.of("uncertain", "confus", "hesitan", "unsure", "skeptic", "sceptic",
            "ambivalent", "doubt", "cautious", "wary")),
    /** indifferent, distracted, busy, bored … → guidance (a clear, short way back in). */
    DISENGAGED(0.45, "guidance", List.of("indifferent", "distract", "bored", "apath", "detached", "busy",
            "disengag", "neutral", "passive", "unmotivat")),
    /** curious, interested, hopeful, motivated … → encouragement. */
    POSITIVE(0.30, "encouragement", List.of("curious", "interest", "hope", "motivat", "engag", "calm", "open",
            "optimis", "ready", "focused", "committed", "determined")),
    /** confident, accomplished, relieved, proud … → celebration. */
    ACCOMPLISHED(0.15, "celebration", List.of("confident", "accomplish", "relie", "proud", "satisf", "empower",
            "reassured", "happy", "stable", "secure")),
    /** A state none of the keywords recognise → guidance at a middling intensity. */
    UNKNOWN(0.50, "guidance", List.of());

    private final double need;
    private final String scaffold;
    private final List<String> keywords;

    EmotionClass(double need, String scaffold, List<String> keywords) {
        this.need = need;
        this.scaffold = scaffold;
        this.keywords = keywords;
    }

    /** The class of a state id (case-insensitive; null or blank is {@link #UNKNOWN}). */
    public static EmotionClass of(String state) {
        EmotionClass common = Common.BY_STATE.get(state == null ? "" : state);
        return common != null ? common : classify(state);
    }

    /** The journey's own states, classified once (lookups only, never iterated). */
    private static final class Common {
        static final Map<String, EmotionClass> BY_STATE = byState();

        private static Map<String, EmotionClass> byState() {
            Map<String, EmotionClass> map = new HashMap<>();
            for (String state : EmotionalStates.ALL) {
                map.put(state, classify(state));
            }
            return Map.copyOf(map);
        }
    }

    private static EmotionClass classify(String state) {
        if (state == null || state.isBlank()) {
            return UNKNOWN;
        }
        String s = state.toLowerCase(Locale.ROOT);
        for (EmotionClass c : values()) {
            for (String k : c.keywords) {
                if (s.contains(k)) {
                    return c;
                }
            }
        }
        return UNKNOWN;
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
