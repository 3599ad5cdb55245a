package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.analysis.Analysis.DecadeRow;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaProfileSummary;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaRisk;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.PrevalenceTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** The customer part of the analysis: distributions, risk by persona, persona profiles. */
final class CustomerAnalysis {

    private CustomerAnalysis() {
    }

    static Analysis analyse(LoadedDataset dataset, GeneratorConfig config) {
        List<CustomerProfile> customers = dataset.customers();
        long total = customers.size();

        Set<String> personaIds = new LinkedHashSet<>(config.personaIds());
        customers.forEach(c -> personaIds.add(c.personaType()));
        List<Category> personas = new ArrayList<>();
        for (String id : personaIds) {
            PersonaConfig p = config.personas().get(id);
            long n = customers.stream().filter(c -> id.equals(c.personaType())).count();
            personas.add(new Category(id, p == null ? id : p.name(), n, percent(n, total),
                    p == null ? 0 : p.share()));
        }

        Set<Integer> decades = new TreeSet<>();
        for (int d : config.decadeStarts()) {
            decades.add(d);
        }
        customers.forEach(c -> decades.add(decadeOf(c)));
        List<DecadeRow> ageDecades = new ArrayList<>();
        for (int d : decades) {
            List<CustomerProfile> in = customers.stream().filter(c -> decadeOf(c) == d).toList();
            List<Count> byPersona = new ArrayList<>();
            for (String id : personaIds) {
                long n = in.stream().filter(c -> id.equals(c.personaType())).count();
                byPersona.add(new Count(id, n, percent(n, in.size())));
            }
            Double target = config.ageDecades().get(Integer.toString(d));
            ageDecades.add(new DecadeRow(d, d + "s", in.size(), percent(in.size(), total),
                    target == null ? 0 : target, byPersona));
        }

        Set<String> levelIds = new LinkedHashSet<>(config.riskLevelIds());
        customers.forEach(c -> levelIds.add(c.riskLevel()));
        List<Category> riskLevels = new ArrayList<>();
        for (String id : levelIds) {
            long n = customers.stream().filter(c -> id.equals(c.riskLevel())).count();
            Double target = config.riskLevels().get(id);
            riskLevels.add(new Category(id, id.replace('_', ' '), n, percent(n, total), target == null ? 0 : target));
        }

        String lowest = config.riskLevelIds().get(0);
        List<PersonaRisk> riskByPersona = new ArrayList<>();
        List<PersonaProfileSummary> profiles = new ArrayList<>();
        for (Category persona : personas) {
            List<CustomerProfile> of = customers.stream().filter(c -> persona.id().equals(c.personaType())).toList();
            List<Count> levels = new ArrayList<>();
            for (String level : levelIds) {
                long n = of.stream().filter(c -> level.equals(c.riskLevel())).count();
                levels.add(new Count(level, n, percent(n, of.size())));
            }
            long elevated = of.stream().filter(c -> !lowest.equals(c.riskLevel())).count();
            riskByPersona.add(new PersonaRisk(persona.id(), persona.name(), of.size(), levels,
                    percent(elevated, of.size()), mean(of, CustomerProfile::riskScore)));
            long withHistory = of.stream().filter(c -> c.healthProfile().screeningHistory().hasHistory()).count();
            profiles.add(new PersonaProfileSummary(persona.id(), persona.name(), of.size(),
                    mean(of, c -> c.demographics().age()), percent(withHistory, of.size()),
                    Decimals.round2(100 * mean(of, c -> c.healthProfile().screeningHistory().completionRate())),
                    mean(of, c -> c.engagement().engagementScore())));
        }
        JourneyAnalysis.Result j = JourneyAnalysis.analyse(dataset.scenarios(), personas, JourneyFramework.of(config),
                EmotionalStates.of(config),
                List.copyOf(config.scenarios().types().keySet()));
        List<Analysis.Prevalence> prevalence = new ArrayList<>();
        for (PrevalenceTable.Row r : PrevalenceTable.of(customers, config)) {
            prevalence.add(new Analysis.Prevalence(r.rate(), r.label(), r.band(), r.customers(),
                    Decimals.round2(100 * r.reference()), Decimals.round2(100 * r.expected()),
                    Decimals.round2(100 * r.observed())));
        }
        Analysis.Engagement engagement = EngagementAnalysis.analyse(dataset.engagementSteps(), customers, config);
        Analysis draft = new Analysis(total, personas, ageDecades, riskLevels, riskByPersona, profiles, prevalence,
                dataset.scenarios().size(), j.scenarioMix(), j.funnels(), j.dropOffs(), j.trajectories(),
                j.emotionsByPhase(), j.timeBetweenPhases(), j.phaseFlow(), engagement, List.of());
        return new Analysis(total, personas, ageDecades, riskLevels, riskByPersona, profiles, prevalence,
                dataset.scenarios().size(), j.scenarioMix(), j.funnels(), j.dropOffs(), j.trajectories(),
                j.emotionsByPhase(), j.timeBetweenPhases(), j.phaseFlow(), engagement,
                Insights.derive(draft, customers));
    }

    static int decadeOf(CustomerProfile c) {
        return Math.floorDiv(c.demographics().age(), 10) * 10;
    }

    static double percent(long part, long total) {
        return total == 0 ? 0 : Decimals.round2(100.0 * part / total);
    }

    static double mean(List<CustomerProfile> records, ToDoubleFunction<CustomerProfile> value) {
        return records.isEmpty() ? 0 : Decimals.round2(records.stream().mapToDouble(value).average().orElse(0));
    }
}
