package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.Traits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured emotional-state vocabulary ({@code journey.emotional_states}), resolved once: the state ids
 * in the order of the transition matrix, and for each its {@link EmotionClass}, valence and whether it is
 * motivating. Journey generation indexes states by position; the engagement engine, the quality checks, the
 * analysis and the report look states up by id. Immutable and thread-safe.
 */
public final class EmotionalStates {

    private final List<String> ids;
    private final Map<String, Integer> positions;
    private final List<EmotionClass> classes;
    private final double[] valences;
    private final boolean[] motivating;
    private final List<List<JourneyConfig.TraitTerm>> fromTraits;

    private EmotionalStates(List<JourneyConfig.EmotionalState> states) {
        List<String> idList = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        List<EmotionClass> classList = new ArrayList<>();
        List<List<JourneyConfig.TraitTerm>> terms = new ArrayList<>();
        this.valences = new double[states.size()];
        this.motivating = new boolean[states.size()];
        for (int i = 0; i < states.size(); i++) {
            JourneyConfig.EmotionalState s = states.get(i);
            idList.add(s.id());
            position.put(s.id(), i);
            classList.add(EmotionClass.ofId(s.emotionClass()));
            valences[i] = s.valence();
            motivating[i] = Boolean.TRUE.equals(s.motivating());
            terms.add(s.fromTraits() == null ? List.of() : s.fromTraits());
        }
        this.ids = List.copyOf(idList);
        this.positions = Map.copyOf(position);
        this.classes = List.copyOf(classList);
        this.fromTraits = List.copyOf(terms);
    }

    /** The vocabulary of a (validated) configuration. */
    public static EmotionalStates of(GeneratorConfig config) {
        return of(config.journey());
    }

    /** The vocabulary of a (validated) journey section. */
    public static EmotionalStates of(JourneyConfig journey) {
        return new EmotionalStates(journey.emotionalStates());
    }

    /** The state ids, in declaration order (the order of the transition matrix). */
    public List<String> ids() {
        return ids;
    }

    /** How many states the vocabulary declares. */
    public int size() {
        return ids.size();
    }

    /** Position of {@code state} in {@link #ids()}, or -1 when it is not declared. */
    public int indexOf(String state) {
        Integer i = state == null ? null : positions.get(state);
        return i == null ? -1 : i;
    }

    /** Whether the vocabulary declares {@code state}. */
    public boolean contains(String state) {
        return indexOf(state) >= 0;
    }

    /** The declared class of {@code state}; {@link EmotionClass#UNKNOWN} for a state not declared. */
    public EmotionClass classOf(String state) {
        int i = indexOf(state);
        return i < 0 ? EmotionClass.UNKNOWN : classes.get(i);
    }

    /** The declared valence of {@code state}, −1…1; NaN for a state not declared. */
    public double valence(String state) {
        int i = indexOf(state);
        return i < 0 ? Double.NaN : valences[i];
    }

    /** Whether {@code state} is declared motivating. */
    public boolean motivating(String state) {
        int i = indexOf(state);
        return i >= 0 && motivating[i];
    }

    /** Whether {@code state} is of class {@link EmotionClass#DISTRESSED}. */
    public boolean distressed(String state) {
        return classOf(state) == EmotionClass.DISTRESSED;
    }

    /** The declared motivating states, in order. */
    public List<String> motivatingStates() {
        return ids.stream().filter(this::motivating).toList();
    }

    /** The declared distressed states, in order. */
    public List<String> distressedStates() {
        return ids.stream().filter(this::distressed).toList();
    }

    /** First-step weights from traits alone ({@code from_traits}), by position; unnormalised. */
    double[] fromTraits(Traits traits) {
        double[] w = new double[ids.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = JourneyConfig.TraitTerm.sum(fromTraits.get(i), traits);
        }
        return w;
    }
}
