package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Narrative;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every narrative and engagement line that says something about the person is true of the record (issue 29, item
 * 5), over 1,000 customers for each of three seeds: each line kind is checked against the fact it asserts, read
 * from the record directly (not through the rule that chose it), and the narrative coherence rule counts nothing.
 * Quotes vary with the count; counts and units read right.
 */
class TextsFitRecordTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final LocalDate REFERENCE = CONFIG.referenceDate();
    /** Phrases that speak of a family at home (a family history or a relative in care are not such phrases). */
    private static final List<String> FAMILY_AT_HOME = List.of("Wants to stay well for family",
            "Advice that ignores work and family", "Keep up with family check-ups", "Stay active as a family",
            "Cares for family first", "Keep energy up for work and family",
            "Wants to stay healthy for the people who depend on them", "next to work and family",
            "There's more than just me to think about at home.");
    private static final Pattern HBA1C = Pattern.compile("HbA1c of (\\S+) %");

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void everyLineIsTrueOfTheRecord(long seed) {
        SyntheticDataset d = SyntheticDataset.of(CONFIG, seed, 1_000);
        List<String> wrong = new ArrayList<>();
        Map<String, CustomerProfile> byId = new HashMap<>();
        int quickToAct = 0;
        int familyLines = 0;
        int shiftLines = 0;
        int costLines = 0;
        for (CustomerProfile c : d.customers()) {
            byId.put(c.id(), c);
            Narrative n = c.narrative();
            List<String> lines = new ArrayList<>(n.motivations());
            lines.addAll(n.concerns());
            lines.addAll(n.goals());
            lines.add(n.quote());
            lines.add(n.summary());
            String all = String.join(" | ", lines);
            ScreeningHistory sh = c.healthProfile().screeningHistory();
            if (n.summary().contains("quick to act")) {
                quickToAct++;
                if (!sh.hasHistory() || sh.completionRate() < 0.7 || undiagnosedDiabetes(c)) {
                    wrong.add(c.id() + " is 'quick to act' with " + sh + " and HbA1c " + value(c, "hba1c"));
                }
            }
            for (String family : FAMILY_AT_HOME) {
                if (all.contains(family)) {
                    familyLines++;
                    if (c.demographics().householdSize() < 2) {
                        wrong.add(c.id() + " alone at home: '" + family + "'");
                    }
                }
            }
            if (all.contains("shift")) {
                shiftLines++;
                if (!CONFIG.narrative().occupationGroups().get("shift_work").contains(c.demographics().occupation())
                        || c.demographics().occupation().equals("Family Physician")) {
                    wrong.add(c.id() + " speaks of shifts as a " + c.demographics().occupation() + ": " + all);
                }
            }
            if (all.contains("low-cost") || all.contains("If it costs money") || all.contains("free and nearby")) {
                costLines++;
                checkCost(c, all, wrong);
            }
            if (n.summary().contains("Recently: ")) {
                LifeEvent last = c.lifeEvents().get(c.lifeEvents().size() - 1);
                if (ChronoUnit.DAYS.between(last.date(), REFERENCE) > CONFIG.scenarios().recentLifeEventDays()) {
                    wrong.add(c.id() + " 'recently' " + last);
                }
            }
            wrong.addAll(CoherenceRule.violations(c, CONFIG));
        }
        int doctorLines = 0;
        int dueLines = 0;
        for (EngagementStep s : d.engagementSteps()) {
            CustomerProfile c = byId.get(s.customerId());
            String personal = s.valueComponents().personal();
            String texts = s.valueComponents().preview() + " " + s.valueComponents().confirmation() + " "
                    + s.emotionalComponents().message() + " " + personal;
            if (texts.matches("(?s).*\\b1 steps\\b.*") || texts.contains("mm[Hg]")) {
                wrong.add(s.id() + ": " + texts);
            }
            if (personal == null) {
                continue;
            }
            if (personal.contains("a doctor can tell you what it means")) {
                doctorLines++;
                if (c.healthProfile().conditions().stream().anyMatch(x -> x.name().equals("Type 2 diabetes")
                        || x.name().equals("Prediabetes"))) {
                    wrong.add(s.id() + " tells a diagnosed customer: " + personal);
                }
                Matcher m = HBA1C.matcher(personal);
                if (!m.find() || !m.group(1).matches("\\d+\\.\\d")) {
                    wrong.add(s.id() + ": HbA1c without its decimal: " + personal);
                }
            }
            if (personal.contains("the next one is due")) {
                dueLines++;
                ScreeningHistory sh = c.healthProfile().screeningHistory();
                Integer after = CONFIG.scenarios().screeningDueAfterDays().get(sh.frequency());
                if (after == null || ChronoUnit.DAYS.between(sh.lastScreening(), REFERENCE) < after) {
                    wrong.add(s.id() + ": due before it is: " + sh);
                }
            }
            if (personal.contains("low-cost")) {
                checkCost(c, personal, wrong);
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " lines untrue");
        // each kind of line still occurs where it is true
        assertTrue(quickToAct >= 50 && familyLines >= 50 && shiftLines >= 10 && costLines >= 20 && doctorLines >= 5
                && dueLines >= 20, quickToAct + " " + familyLines + " " + shiftLines + " " + costLines + " "
                + doctorLines + " " + dueLines);
    }

    /** Low-cost options only for a low income, or for the uninsured and marketplace-insured. */
    private static void checkCost(CustomerProfile c, String line, List<String> wrong) {
        String income = c.demographics().incomeBracket();
        String insurance = c.sdoh().insurance();
        boolean low = income.equals("under_30k") || income.equals("30k_60k");
        boolean exposed = insurance.equals("uninsured") || insurance.equals("marketplace");
        if (!low && !exposed) {
            wrong.add(c.id() + " earns " + income + " with " + insurance + " insurance: " + line);
        }
    }

    /** An HbA1c in the diabetic range without a diabetes diagnosis. */
    private static boolean undiagnosedDiabetes(CustomerProfile c) {
        Observation o = c.healthProfile().measurement("hba1c");
        return o != null && o.value() >= 6.5
                && c.healthProfile().conditions().stream().noneMatch(x -> x.name().equals("Type 2 diabetes"));
    }

    private static String value(CustomerProfile c, String code) {
        Observation o = c.healthProfile().measurement(code);
        return o == null ? "none" : Double.toString(o.value());
    }

    @Test
    void anUntrueQuoteEndingOrDispositionIsCounted() {
        CustomerProfile alone = null;
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 42, 200);
        for (long i = 0; i < 200 && alone == null; i++) {
            CustomerProfile c = generator.customer(i);
            if (c.demographics().householdSize() == 1 && !c.healthProfile().screeningHistory().hasHistory()) {
                alone = c;
            }
        }
        assertTrue(alone != null);
        assertEquals(List.of(), CoherenceRule.violations(alone, CONFIG));
        Narrative n = alone.narrative();
        String base = CONFIG.narrative().generic().quotes().get(0).text();
        Narrative family = new Narrative(n.summary(), n.motivations(), n.concerns(), n.goals(),
                base + " There's more than just me to think about at home.");
        String quick = "Well informed about health and quick to act on it.";
        String summary = n.summary();
        for (var e : CONFIG.narrative().dispositions()) {
            summary = summary.replace(e.text(), quick);
        }
        Narrative boasting = new Narrative(summary, n.motivations(), n.concerns(), n.goals(), n.quote());
        List<String> v1 = CoherenceRule.violations(with(alone, family), CONFIG);
        List<String> v2 = CoherenceRule.violations(with(alone, boasting), CONFIG);
        assertTrue(v1.size() == 1 && v1.get(0).contains("quote ending"), v1.toString());
        assertTrue(!v2.isEmpty() && v2.get(0).contains("is not the first true of the customer"), v2.toString());
    }

    private static CustomerProfile with(CustomerProfile c, Narrative n) {
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), c.healthProfile(), c.lifeEvents(), c.engagement(), n, c.sdoh());
    }

    @Test
    void quotesVaryWithTheCount() {
        int count = 5_000;
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 2026, count);
        Set<String> quotes = new HashSet<>();
        for (long i = 0; i < count; i++) {
            quotes.add(generator.customer(i).narrative().quote());
        }
        assertTrue(quotes.size() >= 100, "distinct quotes among 5,000: " + quotes.size());
    }
}
