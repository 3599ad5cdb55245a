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
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The engagement steps in numbers: tiers per persona, scaffolding per emotional state, metrics per outcome. */
final class EngagementAnalysis {

    private EngagementAnalysis() {
    }

    static Analysis.Engagement analyse(List<EngagementStep> steps, List<CustomerProfile> customers,
            GeneratorConfig config) {
        Map<String, String> persona = new HashMap<>();
        customers.forEach(c -> persona.put(c.id(), c.personaType()));
        // one pass over the steps: tiers per persona and journey, scaffolding types per state, metrics per status
        Map<String, long[]> tiersOf = new HashMap<>();
        Map<String, Map<String, Set<Tier>>> journeysOf = new HashMap<>();
        Map<String, Map<String, Long>> typesOf = new HashMap<>();
        Map<String, double[]> metricsOf = new HashMap<>(); // status -> {four sums, count}
        for (EngagementStep s : steps) {
            String p = persona.get(s.customerId());
            tiersOf.computeIfAbsent(p, k -> new long[Tier.values().length])[s.type().ordinal()]++;
            journeysOf.computeIfAbsent(p, k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.customerId(), k -> new TreeSet<>()).add(s.type());
            if (s.emotionalComponents() != null) {
                typesOf.computeIfAbsent(s.emotionalState(), k -> new LinkedHashMap<>())
                        .merge(s.emotionalComponents().type(), 1L, Long::sum);
            }
            PatternMetrics m = s.patternMetrics();
            if (m != null) {
                double[] sum = metricsOf.computeIfAbsent(s.completionStatus(), k -> new double[5]);
                sum[0] += m.valueArticulation();
                sum[1] += m.emotionalScaffolding();
                sum[2] += m.progressiveDisclosure();
                sum[3] += m.personaAlignment();
                sum[4]++;
            }
        }
        List<Analysis.PersonaTiers> tiers = new ArrayList<>();
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            long[] byTier = tiersOf.getOrDefault(p.getKey(), new long[Tier.values().length]);
            Map<String, Set<Tier>> journeys = journeysOf.getOrDefault(p.getKey(), Map.of());
            long n = byTier[0] + byTier[1] + byTier[2];
            long changing = journeys.values().stream().filter(t -> t.size() > 1).count();
            tiers.add(new Analysis.PersonaTiers(p.getKey(), p.getValue().name(), n,
                    CustomerAnalysis.percent(byTier[Tier.ESSENTIAL.ordinal()], n),
                    CustomerAnalysis.percent(byTier[Tier.EXTENDED.ordinal()], n),
                    CustomerAnalysis.percent(byTier[Tier.COMPREHENSIVE.ordinal()], n), journeys.size(), changing));
        }
        List<Analysis.StateScaffolding> scaffolding = new ArrayList<>();
        for (String state : EmotionalStates.of(config).ids()) {
            Map<String, Long> types = typesOf.getOrDefault(state, Map.of());
            long n = types.values().stream().mapToLong(Long::longValue).sum();
            List<Count> counts = new ArrayList<>();
            for (Map.Entry<String, Long> t : types.entrySet()) {
                counts.add(new Count(t.getKey(), t.getValue(), CustomerAnalysis.percent(t.getValue(), n)));
            }
            scaffolding.add(new Analysis.StateScaffolding(state, n, counts));
        }
        List<Analysis.OutcomeMetrics> outcomes = new ArrayList<>();
        for (String status : CompletionStatus.ALL) {
            double[] sum = metricsOf.getOrDefault(status, new double[5]);
            double d = Math.max(1, sum[4]);
            outcomes.add(new Analysis.OutcomeMetrics(status, (long) sum[4], Decimals.round2(sum[0] / d),
                    Decimals.round2(sum[1] / d), Decimals.round2(sum[2] / d), Decimals.round2(sum[3] / d)));
        }
        return new Analysis.Engagement(steps.size(), tiers, scaffolding, outcomes);
    }
}
