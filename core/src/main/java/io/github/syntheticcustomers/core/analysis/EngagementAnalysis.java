package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.PatternMetrics;
import io.github.syntheticcustomers.core.engage.Tier;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.quality.RecordGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engagement steps in numbers, one customer's steps at a time: tiers per persona, scaffolding per emotional
 * state, metrics per outcome. A customer's persona is the customer record's, else its scenario's user's.
 */
final class EngagementAnalysis {

    private final GeneratorConfig config;
    private final Map<String, PersonaSteps> personas = new HashMap<>();
    private final Map<String, Map<String, Long>> typesByState = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private long steps;

    EngagementAnalysis(GeneratorConfig config) {
        this.config = config;
    }

    /** One persona's steps per tier, and its journeys: all, and those showing more than one tier. */
    private static final class PersonaSteps {
        final long[] byTier = new long[Tier.values().length];
        long journeys;
        long journeysChangingTier;
    }

    /** The pattern metrics of one completion status, summed. */
    private static final class Outcome {
        long steps;
        double valueArticulation;
        double emotionalScaffolding;
        double progressiveDisclosure;
        double personaAlignment;
    }

    void add(RecordGroup group) {
        if (group.steps().isEmpty()) {
            return;
        }
        PersonaSteps p = personas.computeIfAbsent(group.personaType(), k -> new PersonaSteps());
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (EngagementStep s : group.steps()) {
            steps++;
            if (s.type() != null) {
                p.byTier[s.type().ordinal()]++;
                tiers.add(s.type());
            }
            if (s.emotionalComponents() != null) {
                typesByState.computeIfAbsent(s.emotionalState(), k -> new LinkedHashMap<>())
                        .merge(s.emotionalComponents().type(), 1L, Long::sum);
            }
            PatternMetrics m = s.patternMetrics();
            if (m != null) {
                Outcome o = outcomes.computeIfAbsent(s.completionStatus(), k -> new Outcome());
                o.steps++;
                o.valueArticulation += m.valueArticulation();
                o.emotionalScaffolding += m.emotionalScaffolding();
                o.progressiveDisclosure += m.progressiveDisclosure();
                o.personaAlignment += m.personaAlignment();
            }
        }
        p.journeys++;
        p.journeysChangingTier += tiers.size() > 1 ? 1 : 0;
    }

    Analysis.Engagement result() {
        List<Analysis.PersonaTiers> tiers = new ArrayList<>();
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            PersonaSteps t = personas.getOrDefault(p.getKey(), new PersonaSteps());
            long n = Arrays.stream(t.byTier).sum();
            tiers.add(new Analysis.PersonaTiers(p.getKey(), p.getValue().name(), n,
                    CustomerAnalysis.percent(t.byTier[Tier.ESSENTIAL.ordinal()], n),
                    CustomerAnalysis.percent(t.byTier[Tier.EXTENDED.ordinal()], n),
                    CustomerAnalysis.percent(t.byTier[Tier.COMPREHENSIVE.ordinal()], n), t.journeys,
                    t.journeysChangingTier));
        }
        List<Analysis.StateScaffolding> scaffolding = new ArrayList<>();
        for (String state : EmotionalStates.of(config).ids()) {
            Map<String, Long> types = typesByState.getOrDefault(state, Map.of());
            long n = types.values().stream().mapToLong(Long::longValue).sum();
            List<Count> counts = new ArrayList<>();
            types.forEach((type, count) -> counts.add(new Count(type, count, CustomerAnalysis.percent(count, n))));
            scaffolding.add(new Analysis.StateScaffolding(state, n, counts));
        }
        List<Analysis.OutcomeMetrics> metrics = new ArrayList<>();
        for (String status : CompletionStatus.ALL) {
            Outcome o = outcomes.getOrDefault(status, new Outcome());
            double d = Math.max(1, o.steps);
            metrics.add(new Analysis.OutcomeMetrics(status, o.steps, Decimals.round2(o.valueArticulation / d),
                    Decimals.round2(o.emotionalScaffolding / d), Decimals.round2(o.progressiveDisclosure / d),
                    Decimals.round2(o.personaAlignment / d)));
        }
        return new Analysis.Engagement(steps, tiers, scaffolding, metrics);
    }
}
