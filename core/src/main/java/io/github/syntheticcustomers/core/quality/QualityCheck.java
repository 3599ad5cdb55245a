package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;

/**
 * One named quality check, run in one pass: {@link #start} gives a {@link Pass} that sees every
 * {@link RecordGroup} once, in index order, and then judges. A pass keeps only counts and sums (bounded by the
 * configuration, not by the dataset), so checks run in constant memory whatever the count. Implementations are
 * stateless and thread-safe; a pass belongs to one run.
 */
interface QualityCheck {

    /**
     * Fewest journeys (customers, scenarios, abandoned steps) a rate, a mean or a persona's share is judged over: below
     * it, one record moves a rate by more than three points and the generator's own variation fails a threshold by
     * chance (one seed in ten at ten journeys), so a check leaves the measure unjudged, and is skipped ("skipped: too
     * few records") when it judges nothing, instead of failing or passing by chance.
     */
    int MIN_SAMPLE = 30;

    /** Stable id used in {@code quality.json} and messages. */
    String name();

    /** Human-readable name. */
    String title();

    /** What the check verifies. */
    String description();

    /** A pass over one dataset; thresholds come from {@code config.quality()}. */
    Pass start(DatasetFacts facts, GeneratorConfig config);

    /** Runs the check over a dataset held in memory, in the same single pass. */
    default CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        DatasetFacts facts = DatasetFacts.of(dataset);
        Pass pass = start(facts, config);
        EventSource.of(facts, config).attach(RecordGroups.of(dataset)).forEachRemaining(pass::accept);
        return pass.finish();
    }

    /** One run of a check. */
    interface Pass {

        /** Takes the next group, in index order. */
        void accept(RecordGroup group);

        /** The result, once every group was accepted. */
        CheckResult finish();

        /** A pass over the groups' customers only. */
        abstract class OfCustomers implements Pass {
            @Override
            public final void accept(RecordGroup group) {
                if (group.customer() != null) {
                    customer(group.customer());
                }
            }

            /** Takes the next customer, in index order. */
            abstract void customer(CustomerProfile c);
        }

        /** A pass over the groups' scenarios only. */
        abstract class OfScenarios implements Pass {
            @Override
            public final void accept(RecordGroup group) {
                if (group.scenario() != null) {
                    scenario(group.scenario());
                }
            }

            /** Takes the next scenario, in index order. */
            abstract void scenario(TestScenario s);
        }

        /** A pass that reads nothing and reports the check skipped, with the reason. */
        static Pass skipped(QualityCheck check, String reason) {
            return new Pass() {
                @Override
                public void accept(RecordGroup group) {
                }

                @Override
                public CheckResult finish() {
                    return CheckResult.skipped(check, reason);
                }
            };
        }
    }
}
