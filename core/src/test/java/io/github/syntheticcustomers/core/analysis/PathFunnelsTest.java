package io.github.syntheticcustomers.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.journey.JourneyPaths;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A funnel per path (docs/journey-paths.md, "A funnel per path") over the pregnancy app of
 * core/src/test/resources/custom-paths.yaml (one branch point: the glucose test leads to a diabetes pathway or to
 * routine care; a scenario type re-enters at the glucose test): each path's counts are recounted here from the
 * journeys' paths ({@code journey_path}) and steps, decrease along the path, and add up to the overall funnel.
 */
class PathFunnelsTest {

    static GeneratorConfig customPaths() {
        return TestResources.config("custom-paths.yaml");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 1234})
    void eachPathsFunnelIsRecountedFromTheJourneysAndAddsUpToTheOverallFunnel(long seed) throws IOException {
        GeneratorConfig config = customPaths();
        JourneyFramework framework = JourneyFramework.of(config);
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 800);
        Analysis analysis = Analysis.of(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config);
        List<Analysis.PathFunnel> funnels = analysis.pathFunnels();

        // three routes: ended before the branch (up to the glucose test), the diabetes pathway, routine care
        assertEquals(3, funnels.size(), funnels.stream().map(Analysis.PathFunnel::path).toList().toString());
        List<String> ids = new ArrayList<>(funnels.stream().map(Analysis.PathFunnel::path).toList());
        Collections.sort(ids);
        assertEquals(List.of("booking_visit>kick_counts>glucose_test",
                "booking_visit>kick_counts>glucose_test>diabetes_pathway>birth_plan>birth_record>postnatal_check"
                        + ">mood_screen",
                "booking_visit>kick_counts>glucose_test>routine_care>birth_plan>birth_record>postnatal_check"
                        + ">mood_screen"), ids);
        for (Analysis.PathFunnel f : funnels) {
            assertEquals(String.join(" → ", f.steps().stream().map(s -> framework.displayName(s.step())).toList()),
                    f.name());
        }

        // recount: a journey belongs to the shortest route that holds its path as a run of consecutive steps
        Map<String, long[][]> recount = new HashMap<>();
        Map<String, Long> journeys = new HashMap<>();
        Map<String, Long> finished = new HashMap<>();
        List<String> all = framework.stepIds();
        for (TestScenario s : dataset.scenarios()) {
            List<String> own = List.of(JourneyPaths.pathId(s.journey()).split(JourneyPaths.SEPARATOR));
            Analysis.PathFunnel home = null;
            int start = -1;
            for (Analysis.PathFunnel f : funnels) {
                List<String> route = f.steps().stream().map(Analysis.PathStage::step).toList();
                int at = Collections.indexOfSubList(route, own);
                if (at >= 0 && (home == null || route.size() < home.steps().size())) {
                    home = f;
                    start = at;
                }
            }
            assertTrue(home != null, "no path holds " + own);
            journeys.merge(home.path(), 1L, Long::sum);
            JourneyStep end = s.journey().get(s.journey().size() - 1);
            if (end.step().equals(all.get(all.size() - 1)) && !CompletionStatus.ABANDONED.equals(
                    end.completionStatus())) {
                finished.merge(home.path(), 1L, Long::sum);
            }
            long[][] c = recount.computeIfAbsent(home.path(), k -> new long[3][framework.steps().size()]);
            int last = start + own.size() - 1;
            for (int i = 0; i <= last; i++) {
                String step = home.steps().get(i).step();
                boolean completed = i < start || s.journey().stream().anyMatch(j -> j.step().equals(step)
                        && CompletionStatus.COMPLETED.equals(j.completionStatus()));
                c[0][i]++;
                c[1][i] += i >= start ? 1 : 0;
                c[2][i] += completed ? 1 : 0;
            }
        }

        long total = 0;
        Map<String, Long> recordedPerStep = new HashMap<>();
        for (Analysis.PathFunnel f : funnels) {
            total += f.journeys();
            assertEquals(journeys.getOrDefault(f.path(), 0L), f.journeys(), f.path());
            assertEquals(finished.getOrDefault(f.path(), 0L), f.finished(), f.path());
            long[][] c = recount.get(f.path());
            long previous = f.journeys();
            for (int i = 0; i < f.steps().size(); i++) {
                Analysis.PathStage st = f.steps().get(i);
                assertEquals(c[0][i], st.reached(), f.path() + " passed " + st.step());
                assertEquals(c[1][i], st.recorded(), f.path() + " recorded " + st.step());
                assertEquals(c[2][i], st.completed(), f.path() + " completed " + st.step());
                assertTrue(st.reached() <= previous, f.path() + ": " + st.step() + " " + st.reached() + " > "
                        + previous);
                assertTrue(st.completed() <= st.reached() && st.recorded() <= st.reached());
                assertEquals(framework.phaseOf(st.step()), st.phase());
                previous = st.reached();
                recordedPerStep.merge(st.step(), st.recorded(), Long::sum);
            }
            assertEquals(f.journeys(), f.steps().get(0).reached(), "every journey passed its path's first step");
        }
        assertEquals(analysis.scenarios(), total, "every journey on exactly one path");
        // summed over the paths, the journeys with a step here are the overall funnel's
        for (int i = 0; i < all.size(); i++) {
            final int k = i;
            long overall = analysis.funnels().stream().mapToLong(p -> p.steps().get(k).reached()).sum();
            assertEquals(overall, recordedPerStep.getOrDefault(all.get(i), 0L), "step " + all.get(i));
        }
        // the report: a section beside the phase flow, a table per path, its steps by display name
        String html = io.github.syntheticcustomers.core.report.ReportRenderer.render(analysis,
                io.github.syntheticcustomers.core.quality.QualityChecks.run(
                        LoadedDataset.of(dataset.customers(), dataset.scenarios()), config));
        int section = html.indexOf("id=\"journey-paths\"");
        assertTrue(section > html.indexOf("id=\"phase-flow\""), "the path funnels follow the phase flow");
        String part = html.substring(section, html.indexOf("</section>", section));
        assertEquals(funnels.size(), part.split("<table>", -1).length - 1, "a table per path");
        for (Analysis.PathFunnel f : funnels) {
            assertTrue(part.contains(f.name() + ": " + f.journeys() + " journeys"), f.name());
        }
        assertTrue(part.contains("Diabetes pathway") && !part.contains("diabetes_pathway"), "display names");
        System.out.printf("seed %d: paths %s%n", seed, funnels.stream().map(f -> f.journeys() + " journeys, "
                + f.finished() + " finished, passed " + f.steps().stream().map(s -> String.valueOf(s.reached()))
                .toList()).toList());
    }

    @Test
    void theSeedHasNoPerPathFunnel() {
        GeneratorConfig config = ConfigLoader.defaults();
        SyntheticDataset dataset = SyntheticDataset.of(config, 42, 300);
        Analysis analysis = Analysis.of(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config);
        assertEquals(List.of(), analysis.pathFunnels(), "one straight path: its funnel is the overall funnel");
        String html = io.github.syntheticcustomers.core.report.ReportRenderer.render(analysis,
                io.github.syntheticcustomers.core.quality.QualityChecks.run(
                        LoadedDataset.of(dataset.customers(), dataset.scenarios()), config));
        assertTrue(!html.contains("id=\"journey-paths\""), "no per-path section for the seed");
    }
}
