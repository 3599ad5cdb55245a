package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Traits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared engagement approaches ({@code engagement.approaches}) and how a persona gets one: the approach its
 * configuration names ({@code personas.<id>.approach}), or else the first rule of
 * {@code engagement.approach_by_traits} its traits meet. A persona's free-text {@code style} plays no part. Also
 * adds the trait-driven adaptations ({@code engagement.trait_adaptations}). Immutable and thread-safe.
 */
public final class EngagementApproaches {

    /** Match strength of a declared approach: the configuration says so. */
    static final double DECLARED_STRENGTH = 1.0;
    /** Match strength of an approach the trait rule gives: a guess from the traits. */
    static final double TRAIT_RULE_STRENGTH = 0.5;

    private final Map<String, EngagementConfig.Approach> byId = new LinkedHashMap<>();
    private final List<EngagementConfig.TraitRule> rules;
    private final List<EngagementConfig.TraitAdaptation> traitAdaptations;

    /** The approaches of a validated {@code engagement} section. */
    public EngagementApproaches(EngagementConfig config) {
        for (EngagementConfig.Approach a : config.approaches()) {
            byId.put(a.id(), a);
        }
        this.rules = config.approachByTraits() == null ? List.of() : config.approachByTraits();
        this.traitAdaptations = config.traitAdaptations() == null ? List.of() : config.traitAdaptations();
    }

    /** The approaches of a generator configuration. */
    public static EngagementApproaches of(GeneratorConfig config) {
        return new EngagementApproaches(config.engagement());
    }

    /**
     * The approach a persona is shown, with how firmly it was established.
     *
     * @param approach the chosen approach
     * @param strength {@link #DECLARED_STRENGTH} when declared, {@link #TRAIT_RULE_STRENGTH} from the trait rule
     * @param declared whether the persona's configuration named it
     */
    public record Match(EngagementConfig.Approach approach, double strength, boolean declared) {
    }

    /** The declared approach ids, in declaration order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The approach declared as {@code id}.
     *
     * @throws IllegalArgumentException when no approach has that id (a validated configuration names only declared
     *     ones)
     */
    public EngagementConfig.Approach get(String id) {
        EngagementConfig.Approach a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown approach '" + id + "' (allowed: "
                    + String.join(", ", byId.keySet()) + ")");
        }
        return a;
    }

    /** The approach for a persona that declares {@code declared} (null: none, the traits decide). */
    public Match resolve(String declared, Traits traits) {
        return declared != null ? new Match(get(declared), DECLARED_STRENGTH, true)
                : new Match(fromTraits(traits), TRAIT_RULE_STRENGTH, false);
    }

    /**
     * The approach of the first rule of {@code engagement.approach_by_traits} whose every bound holds for
     * {@code traits} (an absent trait reads 0.5; the validated last rule always holds).
     */
    public EngagementConfig.Approach fromTraits(Traits traits) {
        for (EngagementConfig.TraitRule rule : rules) {
            if (holds(rule, traits)) {
                return get(rule.approach());
            }
        }
        throw new IllegalStateException("engagement.approach_by_traits has no rule for every persona");
    }

    private static boolean holds(EngagementConfig.TraitRule rule, Traits traits) {
        if (rule.when() == null) {
            return true;
        }
        for (Map.Entry<String, EngagementConfig.TraitBound> b : rule.when().entrySet()) {
            if (!b.getValue().holds(trait(traits, b.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The approach's own adaptations followed by the trait-driven ones whose trait reaches {@code at_least}, unless
     * the approach is the one that already provides it.
     */
    public List<String> adaptations(EngagementConfig.Approach approach, Traits traits) {
        List<String> out = new ArrayList<>(approach.adaptations());
        for (EngagementConfig.TraitAdaptation t : traitAdaptations) {
            if (trait(traits, t.trait()) >= t.atLeast() && !approach.id().equals(t.unlessApproach())) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The value of trait {@code name} ({@link Traits#NAMES}), 0.5 (neutral) when absent. */
    static double trait(Traits traits, String name) {
        if (traits == null) {
            return 0.5;
        }
        return v(traits.values()[Traits.NAMES.indexOf(name)]);
    }

    /** A trait value, 0.5 (neutral) when absent. */
    static double v(Double trait) {
        return trait == null ? 0.5 : trait;
    }
}
