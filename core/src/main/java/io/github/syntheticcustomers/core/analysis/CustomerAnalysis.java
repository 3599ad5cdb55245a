package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.analysis.Analysis.DecadeRow;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaProfileSummary;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaRisk;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.Calibrated;
import io.github.syntheticcustomers.core.quality.PrevalenceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The customer part of the analysis, one customer at a time: distributions, risk by persona, persona profiles and
 * prevalence. It keeps counts and sums per category (bounded by the categories, not by the customers). Categories
 * the configuration names come first, in its order, from 0; others in the order the records first show them.
 */
final class CustomerAnalysis {

    private final GeneratorConfig config;
    private final Map<String, PersonaTally> personas = new LinkedHashMap<>();
    private final Map<Integer, DecadeTally> decades = new TreeMap<>();
    private final Map<String, Long> levels = new LinkedHashMap<>();
    private final PrevalenceTable.Tally prevalence;
    private long total;

    CustomerAnalysis(GeneratorConfig config) {
        this.config = config;
        config.personaIds().forEach(id -> personas.put(id, new PersonaTally()));
        for (int d : config.decadeStarts()) {
            decades.put(d, new DecadeTally());
        }
        config.riskLevelIds().forEach(id -> levels.put(id, 0L));
        this.prevalence = new PrevalenceTable.Tally(config);
    }

    /** The figures one persona's customers add up to. */
    private static final class PersonaTally {
        long count;
        long withHistory;
        final Map<String, Long> levels = new HashMap<>();
        final Mean riskScore = new Mean();
        final Mean age = new Mean();
        final Mean screeningCompletion = new Mean();
        final Mean engagementScore = new Mean();
    }

    /** One age decade's customers, in all and per persona. */
    private static final class DecadeTally {
        long count;
        final Map<String, Long> byPersona = new HashMap<>();
    }

    void add(CustomerProfile c) {
        total++;
        // an id a hand-edited record leaves out is counted as "null", like any other value the configuration lacks
        String persona = String.valueOf(c.personaType());
        String level = String.valueOf(c.riskLevel());
        PersonaTally p = personas.computeIfAbsent(persona, k -> new PersonaTally());
        DecadeTally d = decades.computeIfAbsent(decadeOf(c), k -> new DecadeTally());
        d.count++;
        d.byPersona.merge(persona, 1L, Long::sum);
        levels.merge(level, 1L, Long::sum);
        p.count++;
        p.levels.merge(level, 1L, Long::sum);
        p.riskScore.add(c.riskScore());
        p.age.add(c.demographics().age());
        p.withHistory += c.healthProfile().screeningHistory().hasHistory() ? 1 : 0;
        p.screeningCompletion.add(c.healthProfile().screeningHistory().completionRate());
        p.engagementScore.add(c.engagement().engagementScore());
        if (Calibrated.includes(c)) { // a cohort is drawn to its condition, not to the reference rates
            prevalence.add(c);
        }
    }

    long total() {
        return total;
    }

    /** Each persona's count and share against its target, configuration order first. */
    List<Category> personas() {
        List<Category> out = new ArrayList<>();
        personas.forEach((id, t) -> {
            PersonaConfig p = config.personas().get(id);
            out.add(new Category(id, p == null ? id : p.name(), t.count, percent(t.count, total),
                    p == null ? 0 : p.share()));
        });
        return out;
    }

    List<DecadeRow> ageDecades() {
        List<DecadeRow> out = new ArrayList<>();
        decades.forEach((decade, t) -> {
            List<Count> byPersona = new ArrayList<>();
            for (String id : personas.keySet()) {
                long n = t.byPersona.getOrDefault(id, 0L);
                byPersona.add(new Count(id, n, percent(n, t.count)));
            }
            Double target = config.ageDecades().get(Integer.toString(decade));
            out.add(new DecadeRow(decade, decade + "s", t.count, percent(t.count, total),
                    target == null ? 0 : target, byPersona));
        });
        return out;
    }

    List<Category> riskLevels() {
        List<Category> out = new ArrayList<>();
        levels.forEach((id, n) -> {
            Double target = config.riskLevels().get(id);
            out.add(new Category(id, id.replace('_', ' '), n, percent(n, total), target == null ? 0 : target));
        });
        return out;
    }

    List<PersonaRisk> riskByPersona(List<Category> categories) {
        String lowest = config.riskLevelIds().get(0);
        List<PersonaRisk> out = new ArrayList<>();
        for (Category persona : categories) {
            PersonaTally t = personas.get(persona.id());
            List<Count> byLevel = new ArrayList<>();
            for (String level : levels.keySet()) {
                long n = t.levels.getOrDefault(level, 0L);
                byLevel.add(new Count(level, n, percent(n, t.count)));
            }
            long elevated = t.count - t.levels.getOrDefault(lowest, 0L);
            out.add(new PersonaRisk(persona.id(), persona.name(), t.count, byLevel, percent(elevated, t.count),
                    t.riskScore.rounded()));
        }
        return out;
    }

    List<PersonaProfileSummary> personaProfiles(List<Category> categories) {
        List<PersonaProfileSummary> out = new ArrayList<>();
        for (Category persona : categories) {
            PersonaTally t = personas.get(persona.id());
            out.add(new PersonaProfileSummary(persona.id(), persona.name(), t.count, t.age.rounded(),
                    percent(t.withHistory, t.count), Decimals.round2(100 * t.screeningCompletion.rounded()),
                    t.engagementScore.rounded()));
        }
        return out;
    }

    List<Analysis.Prevalence> prevalence() {
        List<Analysis.Prevalence> out = new ArrayList<>();
        for (PrevalenceTable.Row r : prevalence.rows()) {
            out.add(new Analysis.Prevalence(r.rate(), r.label(), r.band(), r.customers(),
                    Decimals.round2(100 * r.reference()), Decimals.round2(100 * r.expected()),
                    Decimals.round2(100 * r.observed())));
        }
        return out;
    }

    static int decadeOf(CustomerProfile c) {
        return Math.floorDiv(c.demographics().age(), 10) * 10;
    }

    /** Percent of {@code part} in {@code total}, two decimals; 0 when the total is 0. */
    static double percent(long part, long total) {
        return total == 0 ? 0 : Decimals.round2(100.0 * part / total);
    }
}
