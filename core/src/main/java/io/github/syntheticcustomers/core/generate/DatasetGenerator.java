package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.ScenarioGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import io.github.syntheticcustomers.core.timeline.TimelineEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point to a dataset: (configuration, seed, count) in, any record out. Record {@code i}
 * depends only on those three and {@code i}, so {@link #customer(long)} generates one record without
 * generating the others and gives exactly the {@code i}-th record of a full run. Instances are
 * immutable and thread-safe.
 */
public final class DatasetGenerator {

    private final GeneratorConfig config;
    private final long seed;
    private final long count;
    private final Allocation allocation;
    private final ProfileGenerator profiles;
    private final ScenarioGenerator scenarios;
    private final TimelineEvents events;
    /**
     * The last customer, scenario and timeline built on this thread. Writers ask every part for index {@code i}
     * in turn on one thread (customers, then scenarios built on customer {@code i}, then engagement
     * steps built on scenario {@code i}, events and FHIR resources on its timeline); this one-entry memo builds each
     * record once. Records are
     * immutable, so sharing them is safe.
     */
    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);


    /** The id of customer {@code index}: {@code cus-000001} for index 0 (1-based, at least six digits). */
    public static String customerId(long index) {
        return ProfileGenerator.customerId(index);
    }

    public DatasetGenerator(GeneratorConfig config, long seed, long count) {
        this.config = config;
        this.seed = seed;
        this.count = count;
        this.allocation = new Allocation(config, count, seed);
        this.profiles = new ProfileGenerator(config, seed, allocation);
        this.scenarios = new ScenarioGenerator(config, seed);
        this.events = new TimelineEvents(config);
    }

    /** Customer {@code index} (0-based, below {@link #count()}). */
    public CustomerProfile customer(long index) {
        return person(index).profile();
    }

    /** Customer {@code index} with the courses of their timeline, built once per index on this thread. */
    private Person person(long index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("customer index " + index + " outside [0, " + count + ")");
        }
        Memo m = memo.get();
        if (m.customerIndex != index || m.person == null) {
            m.person = profiles.person(index);
            m.customerIndex = index;
        }
        return m.person;
    }

    /**
     * The ids of the cohorts customer {@code index} is generated for ({@code cohorts[]}, docs/cohorts.md), as its
     * record lists them, read from the allocation without generating the record: empty for a customer of the
     * calibrated population.
     */
    public List<String> cohortsOf(long index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("customer index " + index + " outside [0, " + count + ")");
        }
        String id = profiles.cohortOf(index);
        return id == null ? List.of() : List.of(id);
    }

    /** Test scenario {@code index} (0-based, below {@link #count()}): customer {@code index}'s scenario and journey. */
    public TestScenario scenario(long index) {
        return placed(index).scenario();
    }

    private ScenarioGenerator.ScenarioOnTimeline placed(long index) {
        Person person = person(index);
        Memo m = memo.get();
        if (m.scenarioIndex != index || m.scenario == null) {
            m.scenario = scenarios.placed(index, person.profile(), person.platform());
            m.scenarioIndex = index;
        }
        return m.scenario;
    }

    /**
     * The timeline of customer {@code index} (0-based, below {@link #count()}): everything that happened to the
     * customer up to the reference date, in time order (docs/timeline-model.md).
     */
    public CustomerTimeline timeline(long index) {
        Person person = person(index);
        ScenarioGenerator.ScenarioOnTimeline placed = placed(index);
        Memo m = memo.get();
        if (m.timelineIndex != index || m.timeline == null) {
            m.timeline = events.timeline(index, person.profile(), person.zone(), person.visits(), person.diagnoses(),
                    person.platform(), placed.scenario(), placed.journey());
            m.timelineIndex = index;
        }
        return m.timeline;
    }

    /** The events of customer {@code index}'s timeline, in time order: the {@code events} part's records. */
    public List<EngagementEvent> events(long index) {
        return timeline(index).events();
    }

    private static final class Memo {
        long customerIndex = -1;
        Person person;
        long scenarioIndex = -1;
        ScenarioGenerator.ScenarioOnTimeline scenario;
        long timelineIndex = -1;
        CustomerTimeline timeline;
    }

    /**
     * How many scenarios of each type this dataset has (every configured type, in configuration order,
     * zeros included). Generates every customer, so it takes time proportional to {@link #count()}.
     */
    public Map<String, Long> scenarioMix() {
        Map<String, Long> mix = new LinkedHashMap<>();
        for (String type : config.scenarios().types().keySet()) {
            mix.put(type, 0L);
        }
        for (long i = 0; i < count; i++) {
            mix.merge(scenarios.scenarioType(i, customer(i)), 1L, Long::sum);
        }
        return mix;
    }

    public GeneratorConfig config() {
        return config;
    }

    public long seed() {
        return seed;
    }

    public long count() {
        return count;
    }

    /** The exact category counts of this dataset. */
    public Allocation allocation() {
        return allocation;
    }
}
