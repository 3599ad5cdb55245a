package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.junit.DatasetCache.Need;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The run's dataset cache on its own: its budget, the least-recently-used order of dropping, the refusal. */
class DatasetCacheTest {

    private static final SyntheticDataset ANY = SyntheticDataset.of(ConfigLoader.defaults(), 1, 100);

    private static SyntheticDataset get(DatasetCache cache, String key, Need need) {
        return cache.get(key, 100, need, () -> ANY, "The dataset " + key);
    }

    @Test
    void theLeastRecentlyUsedDatasetsAreDroppedAndTheChargeNeverExceedsTheBudget() {
        DatasetCache cache = new DatasetCache(1_000_000, "test");
        for (String key : List.of("a", "b", "c", "d")) {
            get(cache, key, Need.CUSTOMERS); // 100 customers: 230 000 bytes each, four fit
        }
        assertEquals(920_000, cache.charged());
        get(cache, "a", Need.CUSTOMERS); // used again: now the most recent
        get(cache, "e", Need.CUSTOMERS);
        assertEquals(List.of("b"), cache.dropped(), "the least recently used, not the oldest");
        assertEquals(List.of("c", "d", "a", "e"), cache.keys());
        get(cache, "c", Need.SCENARIOS); // c grows to 400 000 bytes: d, now the least recent, goes
        assertEquals(List.of("b", "d"), cache.dropped());
        assertEquals(List.of("a", "e", "c"), cache.keys());
        assertEquals(860_000, cache.charged());
        get(cache, "c", Need.CUSTOMERS); // a smaller need never lowers the charge
        assertEquals(860_000, cache.charged());
    }

    @Test
    void aDatasetLargerThanTheBudgetIsRefusedBeforeItIsCreated() {
        DatasetCache cache = new DatasetCache(1_000_000, "synthetic-customers.cache.max-bytes=1000000");
        SyntheticDataset kept = get(cache, "a", Need.CUSTOMERS);
        DatasetCache.DatasetTooLargeException e = assertThrows(DatasetCache.DatasetTooLargeException.class,
                () -> cache.get("big", 100, Need.ALL, () -> {
                    throw new AssertionError("created");
                }, "The dataset of seed 7 and count 100 for test T#m"));
        assertEquals("The dataset of seed 7 and count 100 for test T#m needs about 1.9 MB of heap (100 customers at"
                + " an estimated 19.5 kB for a customer with its scenario and engagement steps), more than the dataset"
                + " cache's budget of 976.6 kB (synthetic-customers.cache.max-bytes=1000000); use a smaller count, or"
                + " raise synthetic-customers.cache.max-bytes and the test JVM's -Xmx", e.getMessage());
        assertEquals(List.of("a"), cache.keys(), "nothing dropped for a dataset that cannot fit anyway");
        assertSame(kept, get(cache, "a", Need.CUSTOMERS));
    }

    @Test
    void timelinesAreChargedOnTopOfTheLargestRecordNeed() {
        DatasetCache cache = new DatasetCache(3_000_000, "test");
        get(cache, "a", Need.CUSTOMERS);
        assertEquals(230_000, cache.charged());
        cache.get("a", 100, Need.TIMELINES, 1_000, () -> ANY, "The dataset a");
        assertEquals(230_000 + 100_000, cache.charged(), "the customers once, plus 1 000 bytes a timeline");
        get(cache, "a", Need.ALL);
        assertEquals(2_000_000 + 100_000, cache.charged(), "the steps replace the customers' charge, the timelines stay");
        cache.get("a", 100, Need.TIMELINES, 500, () -> ANY, "The dataset a");
        assertEquals(2_100_000, cache.charged(), "a smaller estimate never lowers the charge");

        DatasetCache.DatasetTooLargeException e = assertThrows(DatasetCache.DatasetTooLargeException.class,
                () -> cache.get("a", 100, Need.TIMELINES, 20_000, () -> ANY, "The dataset of seed 1 and count 100"));
        assertEquals("The dataset of seed 1 and count 100 needs about 3.8 MB of heap (100 customers at an estimated"
                + " 19.5 kB for a customer with its scenario and engagement steps and 19.5 kB for its timeline), more"
                + " than the dataset cache's budget of 2.9 MB (test); use a smaller count, or raise"
                + " synthetic-customers.cache.max-bytes and the test JVM's -Xmx", e.getMessage(),
                "what the dataset already holds counts: its steps and the timelines asked for now");
        assertEquals(2_100_000, cache.charged());
    }

    @Test
    void theTimelineEstimateSamplesTheDatasetsEventCounts() {
        SyntheticDataset dataset = SyntheticDataset.of(ConfigLoader.defaults(), 3, 64);
        long events = 0;
        for (int k = 0; k < DatasetCache.TIMELINE_SAMPLE; k++) {
            events += dataset.generator().events(2L * k).size(); // 64 customers: every second one
        }
        assertTrue(events > 0, "the sample has events");
        assertEquals((long) Math.ceil(events / 32.0 * 1.25 * DatasetCache.BYTES_PER_EVENT),
                DatasetCache.timelineBytesPerCustomer(dataset));
        assertEquals(DatasetCache.timelineBytesPerCustomer(dataset),
                DatasetCache.timelineBytesPerCustomer(SyntheticDataset.of(ConfigLoader.defaults(), 3, 64)),
                "the same dataset, the same estimate");
        SyntheticDataset one = SyntheticDataset.of(ConfigLoader.defaults(), 3, 1);
        assertEquals((long) Math.ceil(one.generator().events(0).size() * 1.25 * DatasetCache.BYTES_PER_EVENT),
                DatasetCache.timelineBytesPerCustomer(one), "a dataset smaller than the sample: all of it");
    }

    @Test
    void theBudgetIsBytesWithAUnitOrAShareOfTheHeap() {
        long heap = 1L << 30;
        assertEquals(heap / 100 * 25, DatasetCache.of(null, heap).budget(), "default: 25 % of the maximum heap");
        assertEquals(heap / 100 * 25, DatasetCache.of(" ", heap).budget());
        assertEquals(heap / 100 * 10, DatasetCache.of("10%", heap).budget());
        assertEquals(64L << 20, DatasetCache.of("64m", heap).budget());
        assertEquals(64L << 20, DatasetCache.of("64 MB", heap).budget());
        assertEquals(2L << 30, DatasetCache.of("2g", heap).budget());
        assertEquals(512L << 10, DatasetCache.of("512k", heap).budget());
        assertEquals(1_000_000, DatasetCache.of("1000000", heap).budget());
        for (String bad : List.of("0", "0%", "101%", "lots", "-5m", "9999999999999999999g", "1t")) {
            ExtensionConfigurationException e = assertThrows(ExtensionConfigurationException.class,
                    () -> DatasetCache.of(bad, heap), bad);
            assertEquals("Configuration parameter synthetic-customers.cache.max-bytes must be a size in bytes (e.g."
                    + " 268435456, 256m or 1g) or a percentage of the maximum heap from 1% to 100% but was: " + bad,
                    e.getMessage());
        }
    }
}
