package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engagement steps of whole default datasets (500 customers, several seeds): adaptation follows each journey,
 * texts tell the truth about the step, messages speak to the person, metrics separate outcomes.
 */
class EngagementTrajectoryTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();

    private static SyntheticDataset dataset(long seed) {
        return SyntheticDataset.of(CONFIG, seed, 500);
    }

    private static Map<String, String> personaOf(SyntheticDataset d) {
        Map<String, String> out = new HashMap<>();
        for (CustomerProfile c : d.customers()) {
            out.put(c.id(), c.personaType());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 20261201})
    void everyPersonaSeesSeveralTiersAndTiersChangeWithinJourneys(long seed) {
        SyntheticDataset d = dataset(seed);
        Map<String, String> persona = personaOf(d);
        Map<String, Set<Tier>> tiers = new TreeMap<>();
        Map<String, Set<String>> approaches = new TreeMap<>();
        Map<String, Set<Tier>> journeyTiers = new LinkedHashMap<>();
        for (EngagementStep s : d.engagementSteps()) {
            String p = persona.get(s.customerId());
            tiers.computeIfAbsent(p, k -> new TreeSet<>()).add(s.type());
            approaches.computeIfAbsent(p, k -> new TreeSet<>()).add(s.personaComponents().approach());
            journeyTiers.computeIfAbsent(s.customerId(), k -> new TreeSet<>()).add(s.type());
        }
        Map<String, Integer> changing = new TreeMap<>();
        journeyTiers.forEach((c, t) -> changing.merge(persona.get(c), t.size() > 1 ? 1 : 0, Integer::sum));
        for (String p : CONFIG.personas().keySet()) {
            assertTrue(tiers.get(p).size() >= 2, p + " sees " + tiers.get(p));
            assertTrue(changing.get(p) >= 10, p + ": " + changing.get(p) + " journeys change tier");
        }
        // an anxious or ashamed customer gets the supportive approach: every persona but the gentle avoiders
        // shows its own approach and the gentle one
        assertEquals(Set.of("clinical", "gentle"), approaches.get("healthcare_professional"));
        assertEquals(Set.of("direct", "gentle"), approaches.get("overlooked_risk_group"));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void confirmationsFollowTheStepsStatusAndCountWhatTheyClaim(long seed) {
        Map<String, Map<String, String>> templates = CONFIG.engagement().texts().confirmation();
        Map<String, Integer> completedSoFar = new HashMap<>();
        // the steps completed on the timeline before a journey (a returning user's first pass) count too
        dataset(seed).scenarios().forEach(s -> completedSoFar.put(s.customerId(), s.completedBefore()));
        Pattern count = Pattern.compile("(\\d+) of (\\d+) steps (done|complete)");
        long counted = 0;
        for (EngagementStep s : dataset(seed).engagementSteps()) {
            String status = s.completionStatus();
            String confirmation = s.valueComponents().confirmation();
            // the text is its own status's template with the placeholders filled, never another status's
            assertTrue(matches(templates.get(status).get(s.personaComponents().approach()), confirmation),
                    status + ": " + confirmation);
            int done = completedSoFar.getOrDefault(s.customerId(), 0) + (status.equals("completed") ? 1 : 0);
            completedSoFar.put(s.customerId(), done);
            Matcher m = count.matcher(confirmation);
            if (m.find()) {
                assertEquals(done, Integer.parseInt(m.group(1)), "completed steps so far: " + confirmation);
                counted++;
            }
            assertFalse(s.emotionalComponents().message().contains("ahead of most"),
                    "no comparison the data cannot back: " + s.emotionalComponents().message());
        }
        assertTrue(counted > 500, "structured confirmations counted: " + counted);
    }

    /** Whether {@code text} is {@code template} with each {@code {placeholder}} filled by some text. */
    static boolean matches(String template, String text) {
        String[] parts = template.split("\\{[a-z0-9_.]+\\}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(".+?").append(Pattern.quote(parts[i]));
        }
        return text.matches(regex.toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void emotionalMessagesAreManyAndMetricsSeparateOutcomes(long seed) {
        Set<String> messages = new HashSet<>();
        Map<String, double[]> byStatus = new TreeMap<>();
        for (EngagementStep s : dataset(seed).engagementSteps()) {
            messages.add(s.emotionalComponents().message());
            PatternMetrics m = s.patternMetrics();
            double[] sum = byStatus.computeIfAbsent(s.completionStatus(), k -> new double[5]);
            sum[0] += m.valueArticulation();
            sum[1] += m.emotionalScaffolding();
            sum[2] += m.progressiveDisclosure();
            sum[3] += m.personaAlignment();
            sum[4]++;
        }
        assertTrue(messages.size() >= 450, "distinct emotional messages: " + messages.size());
        double[] completed = byStatus.get("completed");
        double[] abandoned = byStatus.get("abandoned");
        List<String> names = List.of("valueArticulation", "emotionalScaffolding", "progressiveDisclosure",
                "personaAlignment");
        for (int i = 0; i < 4; i++) {
            double c = completed[i] / completed[4];
            double a = abandoned[i] / abandoned[4];
            assertTrue(c > a + 0.1, names.get(i) + ": completed " + c + " vs abandoned " + a);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void personalLinesTellTheCustomersOwnFactsAndOnlyWhereTheirRulesHold(long seed) {
        SyntheticDataset d = dataset(seed);
        Map<String, CustomerProfile> byId = new HashMap<>();
        d.customers().forEach(c -> byId.put(c.id(), c));
        CustomerPredicates predicates = CustomerPredicates.of(CONFIG);
        List<EngagementConfig.PersonalLine> lines = CONFIG.engagement().texts().personal();
        Set<String> reached = new HashSet<>();
        for (EngagementStep s : d.engagementSteps()) {
            String personal = s.valueComponents().personal();
            CustomerProfile c = byId.get(s.customerId());
            // the line shown is the first that fits this step and customer; none when none fits
            EngagementConfig.PersonalLine expected = null;
            for (EngagementConfig.PersonalLine line : lines) {
                if (line.steps().contains(s.journeyStep()) && predicates.holds(line.when(), c)) {
                    expected = line;
                    break;
                }
            }
            if (expected == null) {
                assertEquals(null, personal, s.id());
                continue;
            }
            assertTrue(personal != null && matches(expected.text(), personal), s.id() + ": " + personal);
            reached.add(c.id());
            if (personal.startsWith("Your blood pressure measured")) {
                String bp = (long) c.healthProfile().measurement("systolic_bp").value() + "/"
                        + (long) c.healthProfile().measurement("diastolic_bp").value();
                // the latest panel's values, with that panel's date and the unit's display text
                List<java.time.LocalDate> panels = c.healthProfile().panelDates();
                assertTrue(personal.contains(bp + " mmHg on " + panels.get(panels.size() - 1)),
                        personal + " vs " + bp);
                assertTrue(c.healthProfile().conditions().stream().noneMatch(x -> x.name().equals("Hypertension")),
                        "only for an undiagnosed case: " + c.id());
            }
            if (personal.startsWith("Your last screening was on")) {
                assertTrue(personal.contains(c.healthProfile().screeningHistory().lastScreening().toString()));
            }
        }
        assertTrue(reached.size() > 250, "customers with a personal line: " + reached.size());
    }
}
