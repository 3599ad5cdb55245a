package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.engage.EmotionalComponents;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.PatternMetrics;
import io.github.syntheticcustomers.core.engage.ValueComponents;
import io.github.syntheticcustomers.core.io.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code engagement} check: passes on generated steps, read back from files too, and fails on broken ones. */
class EngagementCheckTest {

    private static CheckResult engagement(LoadedDataset d) {
        return QualityChecks.run("engagement", d, Datasets.CONFIG);
    }

    @Test
    void passesOnTheGeneratedStepsAndOnTheStepsReadBackFromTheFiles(@TempDir Path dir) {
        CheckResult inMemory = engagement(Datasets.DATASET);
        assertEquals(CheckStatus.PASS, inMemory.status(), inMemory.failedMeasurements().toString());
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 500, EnumSet.of(Format.JSONL), dir, 2));
        LoadedDataset read = LoadedDataset.read(dir);
        assertEquals(Datasets.DATASET.engagementSteps(), read.engagementSteps(), "the file holds the same steps");
        assertEquals(CheckStatus.PASS, engagement(read).status());
        assertEquals(CheckStatus.SKIPPED, engagement(LoadedDataset.of(Datasets.DEFAULT)).status());
    }

    /** The default dataset with {@code edit} applied to every {@code every}-th step of {@code status}. */
    private static LoadedDataset broken(String status, int every, UnaryOperator<EngagementStep> edit) {
        List<EngagementStep> steps = new ArrayList<>();
        int seen = 0;
        for (EngagementStep s : Datasets.DATASET.engagementSteps()) {
            steps.add(s.completionStatus().equals(status) && seen++ % every == 0 ? edit.apply(s) : s);
        }
        return Datasets.DATASET.withEngagementSteps(steps);
    }

    static EngagementStep with(EngagementStep s, ValueComponents v, EmotionalComponents e, PatternMetrics m) {
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                s.emotionalState(), s.completionStatus(), s.type(), s.content(), s.visibility(), v, e,
                s.personaComponents(), s.disclosureComponents(), s.loadingSequence(), s.interactions(), s.progress(), m);
    }

    @Test
    void aConfirmationThatCallsAnAbandonedStepCompleteFails() {
        LoadedDataset d = broken("abandoned", 1000, s -> with(s, new ValueComponents(s.valueComponents().preview(),
                "Done. \"" + "Your risk check" + "\" is saved.", s.valueComponents().contextual()),
                s.emotionalComponents(), s.patternMetrics()));
        CheckResult r = engagement(d);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals(List.of("confirmation_fits_status"), r.failedMeasurements().stream().map(Measurement::subject)
                .toList());
        assertTrue(r.examples().get(0).endsWith(": an abandoned step confirms \"Done. \"Your risk check\" is saved.\""),
                r.examples().toString());
    }

    @Test
    void celebrationForAnAnxiousStateFails() {
        LoadedDataset d = broken("completed", 500, s -> s.emotionalState().equals("anxious") ? s
                : with(s, s.valueComponents(), new EmotionalComponents("validation", 0.5, "Fair point."),
                        s.patternMetrics()));
        CheckResult r = engagement(d);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals(List.of("scaffolding_fits_state"), r.failedMeasurements().stream().map(Measurement::subject)
                .toList());
    }

    @Test
    void metricsThatDoNotSeparateOutcomesFail() {
        PatternMetrics flat = new PatternMetrics(0.9, 0.9, 0.9, 0.9);
        List<EngagementStep> steps = new ArrayList<>();
        for (EngagementStep s : Datasets.DATASET.engagementSteps()) {
            steps.add(with(s, s.valueComponents(), s.emotionalComponents(), flat));
        }
        CheckResult r = engagement(Datasets.DATASET.withEngagementSteps(steps));
        assertEquals(List.of("metric_separation.valueArticulation", "metric_auc.valueArticulation",
                "metric_separation.emotionalScaffolding", "metric_auc.emotionalScaffolding",
                "metric_separation.progressiveDisclosure", "metric_auc.progressiveDisclosure",
                "metric_separation.personaAlignment", "metric_auc.personaAlignment"),
                r.failedMeasurements().stream().map(Measurement::subject).toList());
    }

    @Test
    void metricsThatRestateTheStatusFail() {
        // a label in disguise: every completed step scores above every abandoned one (AUC 1)
        List<EngagementStep> steps = new ArrayList<>();
        for (EngagementStep s : Datasets.DATASET.engagementSteps()) {
            double v = "completed".equals(s.completionStatus()) ? 0.9 : 0.3;
            steps.add(with(s, s.valueComponents(), s.emotionalComponents(), new PatternMetrics(v, v, v, v)));
        }
        CheckResult r = engagement(Datasets.DATASET.withEngagementSteps(steps));
        assertEquals(List.of("metric_auc.valueArticulation", "metric_auc.emotionalScaffolding",
                "metric_auc.progressiveDisclosure", "metric_auc.personaAlignment"),
                r.failedMeasurements().stream().map(Measurement::subject).toList());
        assertEquals(1.0, r.measurements().stream().filter(m -> m.subject().equals("metric_auc.valueArticulation"))
                .findFirst().orElseThrow().value());
    }

    @Test
    void theDefaultDatasetsMetricsSeparateOutcomesClearlyButNotPerfectly() {
        CheckResult r = engagement(Datasets.DATASET);
        for (Measurement m : r.measurements()) {
            if (m.subject().startsWith("metric_auc.")) {
                assertTrue(m.value() >= 0.7 && m.value() <= 0.9, m.toString());
            }
        }
    }
}
