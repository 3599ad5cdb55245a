package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.LifeEventsConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.journey.ScenarioGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Life events come from the {@code life_events} vocabulary: a custom product's own types (pregnancy, quit attempts)
 * with their windows and dependencies, scenario types that need them, and the seed's types with their marital order
 * and windows. The figures measured are printed.
 */
class LifeEventModelTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    static final GeneratorConfig CUSTOM = ConfigLoader.load("custom-events.yaml", resource("custom-events.yaml"));

    static String resource(String name) {
        return TestResources.text(name);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void aCustomProductHasItsOwnLifeEventsAndTheScenariosThatNeedThem(long seed) {
        int count = 1000;
        List<CustomerProfile> all = AllocationTest.all(new DatasetGenerator(CUSTOM, seed, count));
        ScenarioGenerator scenarios = new ScenarioGenerator(CUSTOM, seed);
        LifeEventsConfig events = CUSTOM.lifeEvents();
        List<String> declared = events.ids();
        Map<String, Integer> byType = new LinkedHashMap<>();
        Map<String, Integer> byScenario = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            CustomerProfile c = all.get(i);
            LocalDate dob = c.demographics().dateOfBirth();
            LocalDate firstChild = first(c, "first_child");
            LocalDate firstQuit = first(c, "quit_attempt");
            for (LifeEvent e : c.lifeEvents()) {
                byType.merge(e.type(), 1, Integer::sum);
                assertTrue(declared.contains(e.type()), c.id() + " undeclared " + e.type());
                LifeEventsConfig.Type t = events.type(e.type());
                assertEquals(t.description(), e.description(), "descriptions come from the configuration");
                assertEquals(t.impact(), e.impact());
                assertTrue(e.date().isBefore(CUSTOM.referenceDate()), c.id() + " " + e);
                switch (e.type()) {
                    case "pregnancy" -> {
                        assertEquals("female", c.demographics().gender(), c.id() + " " + e);
                        assertTrue(e.ageAtEvent() >= 18 && e.ageAtEvent() <= 45, c.id() + " " + e);
                    }
                    case "second_child" -> {
                        assertNotNull(firstChild, c.id() + " second child without a first");
                        assertTrue(e.date().isAfter(firstChild), c.id() + " second child before the first");
                        assertTrue(e.ageAtEvent() <= 50, c.id() + " " + e);
                    }
                    case "relapse" -> {
                        assertNotNull(firstQuit, c.id() + " relapse without a quit attempt");
                        assertTrue(e.date().isAfter(firstQuit), c.id() + " relapse before quitting");
                    }
                    case "turned_40" -> {
                        assertEquals(40, e.ageAtEvent(), c.id());
                        assertEquals(ProfileGenerator.birthday(dob, 40), e.date(), c.id());
                    }
                    default -> {
                    }
                }
            }
            assertTrue(c.lifeEvents().stream().filter(e -> e.type().equals("second_child")).count() <= 1);
            String type = scenarios.scenarioType(i, c);
            byScenario.merge(type, 1, Integer::sum);
            if (type.equals("advanced_maternal_age")) {
                assertTrue(c.demographics().age() >= 35 && c.demographics().gender().equals("female"), c.id());
            }
            if (type.equals("prenatal_support")) {
                assertTrue(c.lifeEvents().stream().anyMatch(e -> e.type().equals("pregnancy")
                        && !e.date().isBefore(CUSTOM.referenceDate().minusDays(1095))), c.id());
            }
            if (type.equals("quitting")) {
                assertTrue(c.lifeEvents().stream().filter(e -> e.type().equals("quit_attempt")).count() >= 2, c.id());
            }
        }
        System.out.println("custom seed " + seed + " x " + count + ": events " + byType + "; scenarios " + byScenario);
        for (String type : List.of("wedding", "first_child", "pregnancy", "second_child", "quit_attempt", "relapse",
                "turned_40")) {
            assertTrue(byType.getOrDefault(type, 0) > 0, type + " never occurs: " + byType);
        }
        for (String type : List.of("prenatal_support", "advanced_maternal_age", "quitting")) {
            assertTrue(byScenario.getOrDefault(type, 0) > 0, type + " never chosen: " + byScenario);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void theSeedsLifeEventsKeepTheirOrderAndWindows(long seed) {
        int count = 1000;
        List<CustomerProfile> all = AllocationTest.all(new DatasetGenerator(DEFAULTS, seed, count));
        LifeEventsConfig events = DEFAULTS.lifeEvents();
        long drawn = 0;
        long recent = 0;
        LocalDate since = DEFAULTS.referenceDate().minusDays(DEFAULTS.scenarios().recentLifeEventDays());
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (CustomerProfile c : all) {
            LocalDate married = first(c, "marriage");
            for (LifeEvent e : c.lifeEvents()) {
                byType.merge(e.type(), 1, Integer::sum);
                LifeEventsConfig.Type t = events.type(e.type());
                assertNotNull(t, e.type());
                if (e.type().equals("divorce") || e.type().equals("separation")) {
                    assertNotNull(married, c.id() + " " + e.type() + " without a marriage");
                    assertTrue(e.date().isAfter(married), c.id() + " " + e.type() + " before the marriage");
                }
                if (t.derived() == null) {
                    drawn++;
                    assertTrue(e.ageAtEvent() >= t.youngest() && e.ageAtEvent() <= t.oldest(), c.id() + " " + e);
                }
                if (t.atAge() != null) {
                    assertEquals(t.atAge().intValue(), e.ageAtEvent(), c.id() + " " + e);
                }
                assertTrue(e.ageAtEvent() >= 17 && e.date().isBefore(DEFAULTS.referenceDate()), c.id() + " " + e);
            }
            recent += c.lifeEvents().stream().anyMatch(e -> !e.date().isBefore(since)) ? 1 : 0;
        }
        double perCustomer = drawn / (double) all.size();
        double recentShare = recent / (double) all.size();
        System.out.printf(Locale.ROOT, "seed %d x %d: %.2f drawn or birthday events per customer, %.1f %% with an"
                + " event in the last %d days; %s%n", seed, count, perCustomer, 100 * recentShare,
                DEFAULTS.scenarios().recentLifeEventDays(), byType);
        // about two drawn events per customer, and a recent event for a minority (life_transition stays a niche)
        assertTrue(perCustomer > 1.0 && perCustomer < 3.5, "drawn per customer " + perCustomer);
        assertTrue(recentShare > 0.03 && recentShare < 0.25, "recent share " + recentShare);
    }

    @Test
    void aCustomProductNeverSeesTheSeedsTexts() {
        List<CustomerProfile> all = AllocationTest.all(new DatasetGenerator(CUSTOM, 42, 500));
        for (CustomerProfile c : all) {
            for (LifeEvent e : c.lifeEvents()) {
                assertFalse(e.description().contains("Turned 30"), c.id());
                assertFalse(e.type().equals("new_job") || e.type().equals("turned_30"), c.id());
            }
            assertFalse(c.narrative().quote().contains("Since turning 30"), c.id());
        }
    }

    @Test
    void poissonByInversionHasItsMean() {
        for (double lambda : new double[] {0.05, 0.7, 2.5}) {
            int n = 100_000;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += LifeEventModel.poisson(lambda, (i + 0.5) / n);
            }
            assertEquals(lambda, sum / n, 1e-3 + lambda * 1e-3, "mean at lambda " + lambda);
        }
        assertEquals(0, LifeEventModel.poisson(1.0, 0.0));
        assertEquals(1, LifeEventModel.poisson(1.0, StrictMath.exp(-1)));
    }

    private static LocalDate first(CustomerProfile c, String type) {
        return c.lifeEvents().stream().filter(e -> e.type().equals(type)).map(LifeEvent::date).min(
                LocalDate::compareTo).orElse(null);
    }
}
