package io.github.syntheticcustomers.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.analysis.Analysis.Insight;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaRisk;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.Datasets;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis counts what the records hold, and its insights follow the numbers. */
class AnalysisTest {

    private static Analysis analyse(List<CustomerProfile> customers) {
        return Analysis.of(LoadedDataset.of(customers), Datasets.CONFIG);
    }

    private static String insight(Analysis a, String id) {
        return a.insights().stream().filter(i -> i.id().equals(id)).map(Insight::text).findFirst()
                .orElseThrow(() -> new AssertionError("no insight " + id + " in " + a.insights()));
    }

    @Test
    void countsMatchTheRecords() {
        Analysis a = analyse(Datasets.DEFAULT);
        assertEquals(500, a.customers());
        assertEquals(List.of(150L, 125L, 100L, 75L, 50L), a.personas().stream().map(Analysis.Category::count).toList());
        assertEquals(List.of(70L, 250L, 165L, 15L), a.ageDecades().stream().map(Analysis.DecadeRow::count).toList());
        assertEquals(List.of(355L, 145L), a.riskLevels().stream().map(Analysis.Category::count).toList());
        for (Analysis.DecadeRow row : a.ageDecades()) {
            assertEquals(row.count(), row.byPersona().stream().mapToLong(Analysis.Count::count).sum(), row.label());
        }
        for (PersonaRisk r : a.riskByPersona()) {
            long moderate = Datasets.DEFAULT.stream()
                    .filter(c -> c.personaType().equals(r.persona()) && c.riskLevel().equals("moderate")).count();
            assertEquals(moderate, r.levels().get(1).count(), r.persona());
            double mean = Datasets.DEFAULT.stream().filter(c -> c.personaType().equals(r.persona()))
                    .mapToInt(CustomerProfile::riskScore).average().orElseThrow();
            assertEquals(Math.round(mean * 100) / 100.0, r.meanRiskScore(), r.persona());
        }
    }

    @Test
    void insightsOfTheDefaultDatasetQuoteItsNumbers() {
        Analysis a = analyse(Datasets.DEFAULT);
        PersonaRisk riskiest = a.riskByPersona().stream()
                .max(java.util.Comparator.comparingDouble(PersonaRisk::elevatedShare)).orElseThrow();
        assertTrue(insight(a, "riskiest_persona").startsWith(riskiest.name() + " carry the most risk: "
                + Math.round(riskiest.elevatedShare()) + "% of them are above low risk, against 29% overall"),
                insight(a, "riskiest_persona"));
        assertEquals("Most customers are in their 30s: 50% (250 of 500).", insight(a, "dominant_age_decade"));
        assertTrue(insight(a, "persona_mix").startsWith("The persona mix matches its targets"));
    }

    @Test
    void insightsChangeWhenTheDataChanges() {
        Analysis before = analyse(Datasets.DEFAULT);
        // make every Healthcare Professional moderate risk: they become the riskiest persona
        List<CustomerProfile> riskier = Datasets.edit(c -> c.personaType().equals("healthcare_professional")
                && c.riskLevel().equals("low"), 61, c -> Datasets.withRisk(c, "moderate", 70));
        Analysis after = analyse(riskier);
        assertNotEquals(insight(before, "riskiest_persona"), insight(after, "riskiest_persona"));
        assertTrue(insight(after, "riskiest_persona").startsWith("Healthcare Professionals carry the most risk: 100%"),
                insight(after, "riskiest_persona"));

        // move 60 avoiders (aged 30+) to the system-seekers: the persona mix is no longer on target
        List<CustomerProfile> moved = Datasets.edit(c -> c.personaType().equals("health_aware_avoider")
                && c.demographics().age() >= 30, 60, c -> Datasets.withPersona(c, "structured_system_seeker"));
        assertEquals("Health-Aware Avoiders are under-represented: 18% of customers against a target of 30%.",
                insight(analyse(moved), "persona_mix"));
    }

    @Test
    void anEmptyDatasetSaysSo() {
        Analysis a = analyse(List.of());
        assertEquals(List.of("empty_dataset"), a.insights().stream().map(Insight::id).toList());
    }
}
