package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Test helpers: the scenarios of a configuration, and the statistics the persona tests compare. */
final class Scenarios {

    private static final JourneyFramework DEFAULT_FRAMEWORK =
            JourneyFramework.of(io.github.syntheticcustomers.core.config.ConfigLoader.defaults());

    static final long SEED = 42L;
    static final int COUNT = 500;

    private static List<TestScenario> defaults;

    private Scenarios() {
    }

    /** The framework position a scenario's journey starts at under {@code config}: its type's start step, or 0. */
    static int start(GeneratorConfig config, TestScenario s) {
        String step = config.scenarios().types().get(s.scenarioType()).start();
        return step == null ? 0 : JourneyFramework.of(config).position(step);
    }

    /** The default 500 scenarios (seed 42), generated once per JVM. */
    static synchronized List<TestScenario> defaults() {
        if (defaults == null) {
            defaults = of(ConfigLoader.defaults(), SEED, COUNT);
        }
        return defaults;
    }

    static List<TestScenario> of(GeneratorConfig config, long seed, int count) {
        DatasetGenerator generator = new DatasetGenerator(config, seed, count);
        List<TestScenario> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(generator.scenario(i));
        }
        return all;
    }

    /** The time zone of each scenario's customer (the region of its state), by customer id. */
    static java.util.Map<String, java.time.ZoneId> zones(GeneratorConfig config, long seed, int count) {
        java.util.Map<String, java.time.ZoneId> byRegion = new java.util.HashMap<>();
        config.regions().forEach(r -> byRegion.put(r.name(), java.time.ZoneId.of(r.timeZone())));
        DatasetGenerator generator = new DatasetGenerator(config, seed, count);
        java.util.Map<String, java.time.ZoneId> zones = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            var c = generator.customer(i);
            zones.put(c.id(), byRegion.get(c.demographics().state()));
        }
        return zones;
    }

    /** YAML merged over the defaults. */
    static GeneratorConfig config(String yaml) {
        return ConfigLoader.load("test.yaml", yaml);
    }

    static List<TestScenario> ofPersona(List<TestScenario> all, String persona) {
        return all.stream().filter(s -> s.user().personaType().equals(persona)).toList();
    }

    /** Share of scenarios whose four engagement-phase steps were all reached and completed. */
    static double engagementCompletion(List<TestScenario> scenarios) {
        List<String> steps = DEFAULT_FRAMEWORK.steps("engagement");
        long completed = scenarios.stream().filter(s -> steps.stream().allMatch(step -> s.journey().stream()
                .anyMatch(j -> j.step().equals(step) && j.completionStatus().equals(CompletionStatus.COMPLETED))))
                .count();
        return (double) completed / scenarios.size();
    }

    /** Share of scenarios whose first step's emotional state satisfies {@code state}. */
    static double firstEmotion(List<TestScenario> scenarios, Predicate<String> state) {
        return (double) scenarios.stream().filter(s -> state.test(s.journey().get(0).emotionalState())).count()
                / scenarios.size();
    }

    /** Among consecutive steps whose first is in state {@code from}, the share whose second is {@code to}. */
    static double transitionShare(List<TestScenario> scenarios, String from, String to) {
        long fromCount = 0;
        long toCount = 0;
        for (TestScenario s : scenarios) {
            List<JourneyStep> j = s.journey();
            for (int i = 1; i < j.size(); i++) {
                if (j.get(i - 1).emotionalState().equals(from)) {
                    fromCount++;
                    if (j.get(i).emotionalState().equals(to)) {
                        toCount++;
                    }
                }
            }
        }
        return fromCount == 0 ? 0 : (double) toCount / fromCount;
    }

    /** Share of steps with id {@code step} in emotional state {@code state}. */
    static double stateAtStep(List<TestScenario> scenarios, String step, String state) {
        List<JourneyStep> at = scenarios.stream().flatMap(s -> s.journey().stream())
                .filter(j -> j.step().equals(step)).toList();
        return at.isEmpty() ? 0 : (double) at.stream().filter(j -> j.emotionalState().equals(state)).count() / at.size();
    }

    static long statusCount(List<TestScenario> scenarios, String status) {
        return scenarios.stream().flatMap(s -> s.journey().stream())
                .filter(j -> j.completionStatus().equals(status)).count();
    }
}
