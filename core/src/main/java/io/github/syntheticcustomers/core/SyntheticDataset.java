package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.generate.BoundaryCase;
import io.github.syntheticcustomers.core.generate.BoundaryCaseGenerator;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.Allocation;
import io.github.syntheticcustomers.core.generate.CohortSizes;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.ParallelRecords;
import io.github.syntheticcustomers.core.journey.ScenarioGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A whole dataset in memory, for adapters that hand records to code rather than write files (the JUnit
 * extension): the inputs it is made from and its records, generated on first use and then kept.
 *
 * <p>The records are exactly those {@link SyntheticDatasets#generate(GenerationRequest)} writes for the
 * same configuration, seed and count, in the same order. Instances are immutable from the outside and
 * thread-safe: the first call to {@link #customers()} generates the records once (split over the available
 * processors, each record from its index alone, so the list does not depend on how many there are),
 * concurrent callers wait for it and all see the same unmodifiable list.
 *
 * <p>{@link #scenarios()} works the same way (scenario {@code i} is built from customer {@code i}, which
 * is generated once), and so does {@link #engagementSteps()} (the steps of index {@code i} follow scenario
 * {@code i}'s journey).
 *
 * <p>{@link #timelines()} too (timeline {@code i} is customer {@code i}'s, {@link DatasetGenerator#timeline(long)}),
 * and {@link #events()} is every timeline's events, one after the other.
 */
public final class SyntheticDataset {

    private final DatasetGenerator generator;
    private final String configDigest;
    private volatile List<CustomerProfile> customers;
    private volatile List<TestScenario> scenarios;
    private volatile List<EngagementStep> engagementSteps;
    private volatile List<CustomerTimeline> timelines;
    private volatile List<EngagementEvent> events;
    private volatile BoundaryCaseGenerator boundaryGenerator;
    private volatile List<CustomerProfile> boundaryCases;

    private SyntheticDataset(DatasetGenerator generator) {
        this.generator = generator;
        this.configDigest = SyntheticDatasets.configDigest(generator.config());
    }

    /**
     * The dataset of (configuration, seed, count). Cheap: computes the exact allocation, not the records.
     *
     * @throws io.github.syntheticcustomers.core.config.ConfigException if count is below 1 or the
     *     configuration admits no exact allocation
     */
    public static SyntheticDataset of(GeneratorConfig config, long seed, long count) {
        Objects.requireNonNull(config, "config");
        return new SyntheticDataset(new DatasetGenerator(config, seed, count));
    }

    /** All customers in record order, unmodifiable; generated on the first call. */
    public List<CustomerProfile> customers() {
        List<CustomerProfile> result = customers;
        if (result == null) {
            synchronized (this) {
                result = customers;
                if (result == null) {
                    result = ParallelRecords.build(Math.toIntExact(count()), generator::customer);
                    customers = result;
                }
            }
        }
        return result;
    }

    /** The customers {@code filter} accepts, in record order, unmodifiable. */
    public List<CustomerProfile> customers(Predicate<? super CustomerProfile> filter) {
        return customers().stream().filter(filter).toList();
    }

    /**
     * All test scenarios in record order (scenario {@code i} is customer {@code i}'s), unmodifiable;
     * generated on the first call, equal to {@link DatasetGenerator#scenario(long)}.
     */
    public List<TestScenario> scenarios() {
        List<TestScenario> result = scenarios;
        if (result == null) {
            List<CustomerProfile> all = customers();
            synchronized (this) {
                result = scenarios;
                if (result == null) {
                    ScenarioGenerator generator = new ScenarioGenerator(config(), seed());
                    result = ParallelRecords.build(all.size(), i -> generator.scenario(i, all.get(i)));
                    scenarios = result;
                }
            }
        }
        return result;
    }

    /** The scenarios {@code filter} accepts, in record order, unmodifiable. */
    public List<TestScenario> scenarios(Predicate<? super TestScenario> filter) {
        return scenarios().stream().filter(filter).toList();
    }

    /**
     * All engagement steps, unmodifiable, in the order and with the content of the {@code engagement-steps}
     * files: index by index, each customer's steps in journey order ({@link EngagementStepPart}, over this
     * dataset's scenarios). Generated on the first call.
     */
    public List<EngagementStep> engagementSteps() {
        List<EngagementStep> result = engagementSteps;
        if (result == null) {
            List<CustomerProfile> all = customers();
            List<TestScenario> journeys = scenarios();
            synchronized (this) {
                result = engagementSteps;
                if (result == null) {
                    EngagementStepPart part = new EngagementStepPart(generator,
                            (index, customer) -> ScenarioJourneys.of(journeys.get((int) index)));
                    result = ParallelRecords.buildFlat(all.size(), i -> part.recordsFor(i, all.get(i)));
                    engagementSteps = result;
                }
            }
        }
        return result;
    }

    /** The engagement steps {@code filter} accepts, in file order, unmodifiable. */
    public List<EngagementStep> engagementSteps(Predicate<? super EngagementStep> filter) {
        return engagementSteps().stream().filter(filter).toList();
    }

    /**
     * Every customer's timeline in record order (timeline {@code i} is customer {@code i}'s), unmodifiable; generated
     * on the first call, equal to {@link DatasetGenerator#timeline(long)}.
     */
    public List<CustomerTimeline> timelines() {
        List<CustomerTimeline> result = timelines;
        if (result == null) {
            synchronized (this) {
                result = timelines;
                if (result == null) {
                    result = ParallelRecords.build(Math.toIntExact(count()), generator::timeline);
                    timelines = result;
                }
            }
        }
        return result;
    }

    /** The timelines {@code filter} accepts, in record order, unmodifiable. */
    public List<CustomerTimeline> timelines(Predicate<? super CustomerTimeline> filter) {
        return timelines().stream().filter(filter).toList();
    }

    /**
     * Every event of the dataset, unmodifiable, in the order of the {@code events} files: customer by customer (record
     * order), each customer's in time order. The same event objects as {@link #timelines()}'; built on the first call.
     */
    public List<EngagementEvent> events() {
        List<EngagementEvent> result = events;
        if (result == null) {
            List<CustomerTimeline> all = timelines();
            synchronized (this) {
                result = events;
                if (result == null) {
                    List<EngagementEvent> flat = new ArrayList<>();
                    for (CustomerTimeline timeline : all) {
                        flat.addAll(timeline.events());
                    }
                    result = List.copyOf(flat);
                    events = result;
                }
            }
        }
        return result;
    }

    /**
     * The ids of the configuration's cohorts ({@code cohorts[]}, docs/cohorts.md), in configuration order,
     * unmodifiable; empty when it declares none.
     */
    public List<String> cohortIds() {
        return config().cohorts().stream().map(CohortConfig::id).toList();
    }

    /**
     * Each cohort's exact size in this dataset, by id in configuration order ({@link CohortSizes}): the number of
     * customers {@link #cohort(String)} returns.
     */
    public Map<String, Long> cohortSizes() {
        return CohortSizes.of(config(), count());
    }

    /**
     * The members of cohort {@code id}, in record order, unmodifiable. Membership comes from the allocation, so when
     * the customers were not generated yet only the members are (each the same record as in {@link #customers()}).
     *
     * @throws IllegalArgumentException for an id the configuration does not declare, listing those it does
     */
    public List<CustomerProfile> cohort(String id) {
        Objects.requireNonNull(id, "id");
        if (!cohortIds().contains(id)) {
            throw new IllegalArgumentException(unknownCohort(id, cohortIds()));
        }
        List<CustomerProfile> all = customers;
        if (all != null) {
            return customers(c -> c.inCohort(id));
        }
        List<Long> members = new ArrayList<>();
        for (long i = 0; i < count(); i++) {
            if (generator.cohortsOf(i).contains(id)) {
                members.add(i);
            }
        }
        return ParallelRecords.build(members.size(), k -> generator.customer(members.get(k)));
    }

    /**
     * The message for an unknown cohort id: {@code Unknown cohort 'x'; the configuration declares: a, b} (or
     * {@code declares no cohorts}).
     */
    public static String unknownCohort(String id, List<String> known) {
        return "Unknown cohort '" + id + "'; the configuration declares" + (known.isEmpty() ? " no cohorts"
                : ": " + String.join(", ", known));
    }

    /**
     * The configuration's boundary cases (docs/boundary-cases.md), one customer each, in case order
     * ({@code bnd-0001} …), each tagged with what it tests ({@link CustomerProfile#boundaryCase()}); unmodifiable,
     * generated on the first call. They depend on the configuration and the seed alone (not on the count) and are not
     * records of the dataset: {@link #customers()} never holds them.
     */
    public List<CustomerProfile> boundaryCases() {
        List<CustomerProfile> result = boundaryCases;
        if (result == null) {
            synchronized (this) {
                result = boundaryCases;
                if (result == null) {
                    BoundaryCaseGenerator g = boundaryGenerator();
                    result = ParallelRecords.build(g.count(), g::customer);
                    boundaryCases = result;
                }
            }
        }
        return result;
    }

    /**
     * The customer of boundary case {@code caseId} (e.g. {@code risk_floor_moderate_at}).
     *
     * @throws IllegalArgumentException when the configuration has no such generated case, naming the ids it has
     */
    public CustomerProfile boundaryCase(String caseId) {
        List<BoundaryCase> cases = boundaryGenerator().cases();
        for (int k = 0; k < cases.size(); k++) {
            if (cases.get(k).id().equals(caseId)) {
                return boundaryCases().get(k);
            }
        }
        throw new IllegalArgumentException("no boundary case '" + caseId + "' in this configuration; its cases: "
                + cases.stream().map(BoundaryCase::id).collect(java.util.stream.Collectors.joining(", ")));
    }

    /** The boundary cases' generator: which cases there are ({@link BoundaryCaseGenerator#cases()}). */
    public BoundaryCaseGenerator boundaryGenerator() {
        BoundaryCaseGenerator g = boundaryGenerator;
        if (g == null) {
            synchronized (this) {
                g = boundaryGenerator;
                if (g == null) {
                    g = new BoundaryCaseGenerator(config(), seed());
                    boundaryGenerator = g;
                }
            }
        }
        return g;
    }

    /** Customer {@code index} (0-based). */
    public CustomerProfile customer(int index) {
        return customers().get(index);
    }

    /** The generator behind this dataset: one record at a time, without the rest. */
    public DatasetGenerator generator() {
        return generator;
    }

    public GeneratorConfig config() {
        return generator.config();
    }

    public long seed() {
        return generator.seed();
    }

    public long count() {
        return generator.count();
    }

    /** SHA-256 of the effective configuration, as written into manifests. */
    public String configDigest() {
        return configDigest;
    }

    /** The exact category counts the configuration asks for at this count. */
    public Allocation allocation() {
        return generator.allocation();
    }

    @Override
    public String toString() {
        return "SyntheticDataset[seed=" + seed() + ", count=" + count() + ", configDigest="
                + configDigest.substring(0, 12) + "]";
    }
}
