package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.Traits;
import java.util.Locale;

/**
 * Maps a persona's configured {@code style} (e.g. "cautious, detail-oriented") to a
 * {@link PersonaApproach}. The approach whose keywords occur most often in the style wins (ties go to
 * the earlier approach in {@link PersonaApproach} order). A style with no known keyword, or no style at
 * all, falls back to the persona's traits, so a new persona type always gets an approach.
 */
public final class PersonaStyles {

    /** Match strength when the approach comes from the traits rather than the style. */
    static final double TRAIT_FALLBACK_STRENGTH = 0.5;

    private PersonaStyles() {
    }

    /**
     * The approach for a style and traits, with how firmly it was established.
     *
     * @param approach the chosen approach
     * @param strength 1.0 when two or more style keywords matched, 0.75 for one, 0.5 for the trait fallback
     * @param fromStyle whether the style (not the traits) decided
     */
    public record Match(PersonaApproach approach, double strength, boolean fromStyle) {
    }

    /** The approach for {@code style} (may be null), falling back to {@code traits}. */
    public static Match resolve(String style, Traits traits) {
        if (style != null && !style.isBlank()) {
            String text = style.toLowerCase(Locale.ROOT);
            PersonaApproach best = null;
            int bestHits = 0;
            for (PersonaApproach a : PersonaApproach.values()) {
                int hits = 0;
                for (String k : a.keywords()) {
                    if (text.contains(k)) {
                        hits++;
                    }
                }
                if (hits > bestHits) {
                    best = a;
                    bestHits = hits;
                }
            }
            if (best != null) {
                return new Match(best, bestHits >= 2 ? 1.0 : 0.75, true);
            }
        }
        return new Match(fromTraits(traits), TRAIT_FALLBACK_STRENGTH, false);
    }

    /**
     * The trait fallback, checked in this order: anxious (health_anxiety ≥ 0.6) → gentle; expert
     * (health_awareness ≥ 0.85 and system_engagement ≥ 0.7) → clinical; orderly (organization ≥ 0.75)
     * → structured; hard to reach (system_engagement &lt; 0.35 or social_barriers ≥ 0.6) → direct;
     * otherwise balanced.
     */
    static PersonaApproach fromTraits(Traits t) {
        if (t == null) {
            return PersonaApproach.BALANCED;
        }
        if (v(t.healthAnxiety()) >= 0.6) {
            return PersonaApproach.GENTLE;
        }
        if (v(t.healthAwareness()) >= 0.85 && v(t.systemEngagement()) >= 0.7) {
            return PersonaApproach.CLINICAL;
        }
        if (v(t.organization()) >= 0.75) {
            return PersonaApproach.STRUCTURED;
        }
        if (v(t.systemEngagement()) < 0.35 || v(t.socialBarriers()) >= 0.6) {
            return PersonaApproach.DIRECT;
        }
        return PersonaApproach.BALANCED;
    }

    /** A trait value, 0.5 (neutral) when absent. */
    static double v(Double trait) {
        return trait == null ? 0.5 : trait;
    }
}
