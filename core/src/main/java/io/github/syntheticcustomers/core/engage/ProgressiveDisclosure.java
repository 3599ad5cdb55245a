package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.ArrayList;
import java.util.List;

/**
 * Progressive disclosure and dynamic content loading: how deep a step goes for a user, which tiers are
 * shown or held back, the content that results and the loading stages a front end runs.
 *
 * <p>Readiness (0–1) is how much depth a user wants up front:
 * {@code clamp(0.5·disclosureBase(approach) + 0.25·health_awareness + 0.25·system_engagement − 0.2·health_anxiety)}.
 * The tier follows from readiness: below 0.4 essential, below 0.7 extended, otherwise comprehensive.
 * With the default personas: health-aware avoiders and the overlooked risk group start essential-only,
 * system-seekers and life integrators extended, healthcare professionals comprehensive at once.
 */
public final class ProgressiveDisclosure {

    /** Readiness at or above which the extended tier is shown. */
    public static final double EXTENDED_AT = 0.4;
    /** Readiness at or above which the comprehensive tier is shown. */
    public static final double COMPREHENSIVE_AT = 0.7;

    /** Reveal rule when nothing is held back. */
    public static final String REVEAL_NONE = "none";
    /** Reveal rule when deeper tiers load when the user asks for more. */
    public static final String REVEAL_ON_REQUEST = "on-request";
    /** Reveal rule when deeper tiers are held back because the user struggles. */
    public static final String REVEAL_AFTER_SUPPORT = "after-support";

    private ProgressiveDisclosure() {
    }

    /** Readiness for depth, 0–1 (formula in the class comment). */
    public static double readiness(EngagementConfig.Approach approach, Traits t) {
        return InteractionMeasurements.clamp(0.5 * approach.disclosureBase()
                + 0.25 * EngagementApproaches.v(t == null ? null : t.healthAwareness())
                + 0.25 * EngagementApproaches.v(t == null ? null : t.systemEngagement())
                - 0.2 * EngagementApproaches.v(t == null ? null : t.healthAnxiety()));
    }

    /** The tier for a readiness. */
    public static Tier tierFor(double readiness) {
        if (readiness >= COMPREHENSIVE_AT) {
            return Tier.COMPREHENSIVE;
        }
        return readiness >= EXTENDED_AT ? Tier.EXTENDED : Tier.ESSENTIAL;
    }

    /** The shown tiers for a step of {@code type}: essential up to {@code type}. */
    public static List<Tier> visibleTiers(Tier type) {
        List<Tier> tiers = new ArrayList<>();
        for (Tier t : Tier.values()) {
            if (t.ordinal() <= type.ordinal()) {
                tiers.add(t);
            }
        }
        return tiers;
    }

    /** The tiers deeper than {@code type}, which are held back. */
    public static List<Tier> deferredTiers(Tier type) {
        List<Tier> tiers = new ArrayList<>();
        for (Tier t : Tier.values()) {
            if (t.ordinal() > type.ordinal()) {
                tiers.add(t);
            }
        }
        return tiers;
    }

    /** The disclosure components for a step of {@code type}. */
    public static DisclosureComponents disclose(Tier type, boolean visible, boolean heldBackForSupport,
            double readiness) {
        List<Tier> deferred = deferredTiers(type);
        String reveal = deferred.isEmpty() ? REVEAL_NONE : heldBackForSupport ? REVEAL_AFTER_SUPPORT : REVEAL_ON_REQUEST;
        return new DisclosureComponents(new VisibilityRules(visible, visibleTiers(type), deferred, reveal),
                Decimals.unit2(readiness));
    }

    /** The step's content at {@code type}: each shown tier's text, shallowest first, blank-line separated. */
    public static String content(StepDefinition step, Tier type) {
        StringBuilder sb = new StringBuilder();
        for (Tier t : visibleTiers(type)) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(step.tierText(t));
        }
        return sb.toString();
    }

    /**
     * The loading stages for a step of {@code type}: initial, critical content (essential), enhanced
     * context (when extended is shown), personalization, deep context (when comprehensive is shown),
     * complete.
     */
    public static List<LoadingStage> loadingSequence(Tier type) {
        List<LoadingStage> stages = new ArrayList<>();
        stages.add(LoadingStage.INITIAL);
        stages.add(LoadingStage.CRITICAL_CONTENT);
        if (type.ordinal() >= Tier.EXTENDED.ordinal()) {
            stages.add(LoadingStage.ENHANCED_CONTEXT);
        }
        stages.add(LoadingStage.PERSONALIZATION);
        if (type == Tier.COMPREHENSIVE) {
            stages.add(LoadingStage.DEEP_CONTEXT);
        }
        stages.add(LoadingStage.COMPLETE);
        return stages;
    }
}
