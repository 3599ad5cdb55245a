package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.quality.RecordGroup;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One analysis of one dataset, fed one {@link RecordGroup} at a time in index order ({@link Analysis#start}). It
 * keeps counts and sums per configured category, persona, phase and step, so its memory depends on the
 * configuration, not on the number of records; the one exception is the time between phases, whose exact median
 * needs a histogram of the minutes seen (bounded by the span of those times). Not thread-safe: one pass belongs to
 * one reader.
 */
public final class AnalysisPass implements Consumer<RecordGroup> {

    private final CustomerAnalysis customers;
    /** The cohorts beside the calibrated population ({@code cohorts[]}). */
    private final CohortAnalysis cohorts;
    private final JourneyAnalysis journeys;
    private final BranchAnalysis branches;
    private final PathAnalysis pathFunnels;
    private final EngagementAnalysis engagement;
    private final TimelineAnalysis timeline;
    /** The first customer of each persona, for the report's sample cards. */
    private final SampleCustomers samples;
    private final java.time.LocalDate referenceDate;
    private boolean finished;

    AnalysisPass(GeneratorConfig config) {
        Objects.requireNonNull(config, "config");
        this.customers = new CustomerAnalysis(config);
        this.cohorts = new CohortAnalysis(config);
        this.journeys = new JourneyAnalysis(JourneyFramework.of(config), EmotionalStates.of(config),
                List.copyOf(config.scenarios().types().keySet()));
        io.github.syntheticcustomers.core.journey.JourneyPaths paths =
                io.github.syntheticcustomers.core.journey.JourneyPaths.of(config);
        this.branches = new BranchAnalysis(paths);
        this.pathFunnels = new PathAnalysis(paths);
        this.engagement = new EngagementAnalysis(config);
        this.timeline = new TimelineAnalysis(config);
        this.samples = new SampleCustomers(journeys);
        this.referenceDate = config.referenceDate();
    }

    /**
     * Takes the next group: its customer, its scenario, its customer's engagement steps and events.
     *
     * @throws IllegalStateException after {@link #finish()}
     */
    @Override
    public void accept(RecordGroup group) {
        if (finished) {
            throw new IllegalStateException("this analysis is finished; start another for another dataset");
        }
        if (group.customer() != null) {
            customers.add(group.customer());
            cohorts.add(group.customer());
            samples.add(group.customer(), group.scenario());
        }
        if (group.scenario() != null) {
            journeys.add(group.scenario());
            branches.add(group.scenario());
            pathFunnels.add(group.scenario());
        }
        engagement.add(group);
        timeline.add(group);
    }

    /** The analysis of every group taken, insights included. No group can be added after. */
    public Analysis finish() {
        finished = true;
        List<Analysis.Category> personas = customers.personas();
        JourneyAnalysis.Result j = journeys.result(personas);
        // without a manifest (withManifest), what the pass knows: the count analysed and the configuration's date
        Analysis.Dataset dataset = new Analysis.Dataset(null, null, customers.total(), referenceDate, null, List.of(),
                List.of());
        Analysis draft = new Analysis(null, dataset, customers.total(), personas, customers.ageDecades(), customers.riskLevels(),
                customers.riskByPersona(personas), customers.personaProfiles(personas), customers.prevalence(),
                journeys.scenarios(), j.scenarioMix(), j.funnels(), j.dropOffs(), j.trajectories(),
                j.emotionsByPhase(), j.timeBetweenPhases(), j.phaseFlow(), engagement.result(), timeline.result(),
                List.of(), branches.result(), pathFunnels.result(), cohorts.result(), j.stepFunnel(),
                samples.result(personas));
        return draft.withInsights(Insights.derive(draft));
    }
}
