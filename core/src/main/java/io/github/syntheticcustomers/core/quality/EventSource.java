package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.Manifest;
import java.util.Iterator;

/**
 * Where the checks and the analysis find each customer's events. The {@code events} part is optional (and not
 * written by default), yet the {@code timeline} check and the report's timeline sections need every customer's
 * events: when the part was read, the groups carry them already; when it was not, customer {@code i}'s events are
 * regenerated from the seed and count the manifest records ({@link DatasetGenerator#events(long)} depends only on
 * seed, configuration and {@code i}), one customer at a time, so memory stays constant. That is only sound with the
 * configuration the dataset was generated with (the manifest's {@code config_digest}); with another, or without a
 * manifest, there are no events and {@link #missing()} says why. Regenerating costs about a millisecond a customer, so
 * a dataset of more than {@link #SAMPLE} customers gets its events regenerated for an evenly spaced sample of them (every
 * {@code ceil(count / SAMPLE)}-th, the first included): the check verifies what the generator would write for them,
 * and the report's timeline sections describe the sample. Written events are always read in full.
 */
final class EventSource {

    /** The most customers whose events are regenerated. */
    static final long SAMPLE = 5_000;

    private final DatasetGenerator generator;
    private final String missing;
    private final long sample;

    private EventSource(DatasetGenerator generator, String missing, long sample) {
        this.generator = generator;
        this.missing = missing;
        this.sample = sample;
    }

    /** Where the events of the dataset {@code facts} describes come from, judged with {@code config}. */
    static EventSource of(DatasetFacts facts, GeneratorConfig config) {
        return of(facts, config, SAMPLE);
    }

    /** As {@link #of(DatasetFacts, GeneratorConfig)}, regenerating the events of at most {@code sample} customers. */
    static EventSource of(DatasetFacts facts, GeneratorConfig config, long sample) {
        if (facts.hasEvents()) {
            return new EventSource(null, null, sample);
        }
        Manifest manifest = facts.manifest();
        if (manifest == null) {
            return new EventSource(null, "The dataset has no events part and no manifest.json recording the seed and"
                    + " configuration to regenerate the events from.", sample);
        }
        if (manifest.shard() != null || !SyntheticDatasets.configDigest(config).equals(manifest.configDigest())) {
            return new EventSource(null, "The dataset has no events part, and the configuration checked is not the"
                    + " one it was generated with (manifest.json config_digest " + manifest.configDigest()
                    + "), so its events cannot be regenerated; dataset_integrity names the difference.", sample);
        }
        return new EventSource(new DatasetGenerator(config, manifest.seed(), manifest.count()), null, sample);
    }

    /** Why there are no events, or null when there are. */
    String missing() {
        return missing;
    }

    /** Whether the events are regenerated rather than read. */
    boolean regenerates() {
        return generator != null;
    }

    /** Every how many customers the events are regenerated (1: all). */
    long stride() {
        return generator == null ? 1 : Math.max(1, (generator.count() + sample - 1) / sample);
    }

    /** The groups, each with its customer's events: as read, or regenerated. */
    Iterator<RecordGroup> attach(Iterator<RecordGroup> groups) {
        if (generator == null) {
            return groups;
        }
        long stride = stride();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public RecordGroup next() {
                RecordGroup group = groups.next();
                long i = group.index();
                // a group past the dataset's count, or not customer i's, has records of no generated customer
                if (i >= generator.count() || !DatasetGenerator.customerId(i).equals(group.customerId())
                        || i % stride != 0) {
                    return group;
                }
                return group.withEvents(generator.events(i));
            }
        };
    }
}
