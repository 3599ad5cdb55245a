package io.github.syntheticcustomers.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis is built in one pass, one record group at a time: streamed from files it equals the analysis of
 * the same dataset held in memory, for several seeds, configurations, formats and parts, and its figures equal
 * those recomputed from whole lists (sorting for medians, filtering for counts; seed 42 of the defaults and a custom
 * journey in the main run, two more seeds in the long tests).
 */
class StreamingAnalysisTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"42, jsonl, all", "7, json, all", "11, jsonl, 'scenarios,engagement-steps'", "3, json, customers",
        "5, jsonl, 'customers,scenarios'"})
    void filesStreamedAndReadIntoMemoryAreAnalysedAlike(long seed, String format, String parts) {
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, seed, 400, Format.parseList("f", format), dir, 2)
                .withParts(Part.parseList("p", parts)));
        AnalysisPass pass = Analysis.start(DEFAULTS);
        QualityChecks.run(dir, DEFAULTS, pass);
        assertEquals(Analysis.of(LoadedDataset.read(dir), DEFAULTS), pass.finish());
    }

    static Stream<Arguments> datasets() {
        GeneratorConfig custom = ConfigLoader.load(Path.of(System.getProperty("basedir", "."))
                .resolve("../examples/custom-journey/src/test/synthetic/programme.yaml"));
        return Stream.of(Arguments.of(DEFAULTS, 42L), Arguments.of(custom, 3L));
    }

    /** The defaults for two more seeds: the same figures as seed 42's, over other records. */
    static Stream<Arguments> otherSeeds() {
        return Stream.of(Arguments.of(DEFAULTS, 7L), Arguments.of(DEFAULTS, 1234L));
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void figuresEqualThoseRecomputedFromWholeLists(GeneratorConfig config, long seed) {
        assertFiguresEqualThoseRecomputed(config, seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @MethodSource("otherSeeds")
    void figuresEqualThoseRecomputedForOtherSeeds(GeneratorConfig config, long seed) {
        assertFiguresEqualThoseRecomputed(config, seed);
    }

    private static void assertFiguresEqualThoseRecomputed(GeneratorConfig config, long seed) {
        LoadedDataset d = LoadedDataset.generate(new DatasetGenerator(config, seed, 600));
        Analysis a = Analysis.of(d, config);
        JourneyFramework framework = JourneyFramework.of(config);
        List<String> phases = framework.phases();
        List<TestScenario> scenarios = d.scenarios();
        for (int i = 0; i + 1 < phases.size(); i++) {
            List<Long> minutes = new ArrayList<>();
            for (TestScenario s : scenarios) {
                List<JourneyStep> from = steps(s, phases.get(i));
                List<JourneyStep> to = steps(s, phases.get(i + 1));
                if (!from.isEmpty() && !to.isEmpty()) {
                    minutes.add(Duration.between(from.get(from.size() - 1).timestamp(), to.get(0).timestamp())
                            .toMinutes());
                }
            }
            minutes.sort(Long::compare);
            Analysis.PhaseGap gap = a.timeBetweenPhases().get(i);
            assertEquals(minutes.size(), gap.journeys());
            double median = minutes.isEmpty() ? 0
                    : (minutes.get((minutes.size() - 1) / 2) + minutes.get(minutes.size() / 2)) / 2.0 / 1440;
            assertEquals(Math.round(median * 100) / 100.0, gap.medianDays(), 0, gap.toString());
            double mean = minutes.stream().mapToLong(Long::longValue).average().orElse(0) / 1440;
            assertEquals(Math.round(mean * 100) / 100.0, gap.meanDays(), 0, gap.toString());
        }
        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            Analysis.PhaseFlow flow = a.phaseFlow().get(i);
            assertEquals(scenarios.stream().filter(s -> !steps(s, phase).isEmpty()).count(), flow.reached());
            assertEquals(scenarios.stream().filter(s -> s.journey().get(0).phase().equals(phase)).count(),
                    flow.entered());
            assertEquals(scenarios.stream().filter(s -> steps(s, phase).stream()
                    .anyMatch(st -> CompletionStatus.ABANDONED.equals(st.completionStatus()))).count(),
                    flow.abandoned());
        }
        for (Analysis.PersonaFunnel f : a.funnels()) {
            List<TestScenario> of = scenarios.stream().filter(s -> s.user().personaType().equals(f.persona()))
                    .toList();
            for (Analysis.Stage step : f.steps()) {
                assertEquals(of.stream().filter(s -> s.journey().stream().anyMatch(st -> st.step().equals(step.id())
                        && CompletionStatus.COMPLETED.equals(st.completionStatus()))).count(), step.completed(),
                        f.persona() + " " + step.id());
            }
        }
        for (Analysis.PersonaProfileSummary p : a.personaProfiles()) {
            List<CustomerProfile> of = d.customers().stream().filter(c -> c.personaType().equals(p.persona()))
                    .toList();
            double age = of.stream().mapToInt(c -> c.demographics().age()).average().orElse(0);
            assertEquals(Math.round(age * 100) / 100.0, p.meanAge(), 0, p.persona());
        }
        assertEquals(d.engagementSteps().size(), a.engagement().steps());
    }

    private static List<JourneyStep> steps(TestScenario s, String phase) {
        return s.journey().stream().filter(st -> phase.equals(st.phase())).toList();
    }

    @Test
    void medianAndMeanOfMinutesAreExactForAnyOrderAndSpan() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 50; round++) {
            MinuteHistogram histogram = new MinuteHistogram();
            List<Long> values = new ArrayList<>();
            int n = 1 + random.nextInt(400);
            long span = 1 + random.nextLong(round % 2 == 0 ? 5_000 : 3_000_000);
            for (int i = 0; i < n; i++) {
                long v = random.nextLong(span) - (round % 5 == 0 ? span / 2 : 0);
                values.add(v);
                histogram.add(v);
            }
            values.sort(Long::compare);
            assertEquals((values.get((n - 1) / 2) + values.get(n / 2)) / 2.0, histogram.median(), 0, "round " + round);
            assertEquals(values.stream().mapToLong(Long::longValue).average().orElseThrow(), histogram.mean(), 1e-9);
            assertEquals(n, histogram.count());
        }
        assertEquals(0, new MinuteHistogram().median());
    }

    @Test
    void aFinishedPassTakesNoMoreGroups() {
        AnalysisPass pass = Analysis.start(DEFAULTS);
        LoadedDataset.of(List.of()).forEachGroup(pass);
        Analysis empty = pass.finish();
        assertEquals(0, empty.customers());
        assertEquals("empty_dataset", empty.insights().get(0).id());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LoadedDataset.generate(new DatasetGenerator(DEFAULTS, 1, 1)).forEachGroup(pass));
        assertEquals("this analysis is finished; start another for another dataset", e.getMessage());
    }
}
