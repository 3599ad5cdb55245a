package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The datasets of a test run within a memory budget: each dataset is charged an estimate of its heap size from
 * its count and the parts its tests asked for ({@link Need}), before any record is generated; when a charge
 * would exceed the budget, the least recently used datasets are dropped from the cache (a test that asks for
 * one again regenerates it, with the same records). A dataset whose own estimate exceeds the budget is refused
 * before it is generated, so it fails its test with a message instead of an {@code OutOfMemoryError} in
 * whichever test happens to allocate last.
 *
 * <p>The budget is the configuration parameter {@value SyntheticCustomers#CACHE_MAX_BYTES_PROPERTY_NAME}:
 * bytes, with an optional {@code k}, {@code m} or {@code g} suffix (powers of 1024), or a percentage of the
 * maximum heap ({@link Runtime#maxMemory()}); {@value #DEFAULT_BUDGET} by default. A dropped dataset stays in
 * memory while a running test still holds it; the cache only stops holding it.
 *
 * <p>Thread-safe: one lock guards the entries and the charges; records are generated outside it, once per
 * dataset (by {@link SyntheticDataset}'s own lazy, synchronised parts).
 */
final class DatasetCache {

    /** The budget when the configuration parameter sets none. */
    static final String DEFAULT_BUDGET = "25%";

    /**
     * What a test needs of a dataset, with the estimated heap bytes per customer: measured on the built-in
     * configuration (about 1.8 kB a customer, 3.2 kB with its scenario, 16 kB with its engagement steps too, at
     * counts of 500 and 5 000), plus a quarter for configurations with longer journeys. {@link #TIMELINES} is a
     * customer with its timeline: the timeline's own bytes depend on how many events the configuration's rates
     * give, so they are estimated per dataset ({@link #timelineBytesPerCustomer}) and charged on top.
     */
    enum Need {
        CUSTOMERS(2_300), SCENARIOS(4_000), ALL(20_000), TIMELINES(2_300);

        final long bytesPerCustomer;

        Need(long bytesPerCustomer) {
            this.bytesPerCustomer = bytesPerCustomer;
        }

        /** The estimate for {@code count} customers (saturating). */
        long bytes(long count) {
            return times(count, bytesPerCustomer);
        }

        /** What the estimate covers, for messages. */
        String covers() {
            return switch (this) {
                case CUSTOMERS, TIMELINES -> "a customer";
                case SCENARIOS -> "a customer with its scenario";
                case ALL -> "a customer with its scenario and engagement steps";
            };
        }
    }

    /**
     * Heap bytes of one event in a dataset's timelines and events list: measured at 517 bytes on the interim journey
     * step events (four properties each, 52 498 events of 5 000 customers); events with fewer properties take less.
     */
    static final long BYTES_PER_EVENT = 520;

    /** How many customers {@link #timelineBytesPerCustomer} generates the timeline of. */
    static final int TIMELINE_SAMPLE = 32;

    /**
     * The estimated heap bytes of one customer's timeline in {@code dataset}, before any is kept: the mean event count
     * of up to {@value #TIMELINE_SAMPLE} customers spread evenly over the indices (generated one at a time and
     * dropped), plus a quarter, times {@link #BYTES_PER_EVENT}. Depends only on the dataset, so every test gets the
     * same estimate.
     */
    static long timelineBytesPerCustomer(SyntheticDataset dataset) {
        long count = dataset.count();
        int sample = (int) Math.min(count, TIMELINE_SAMPLE);
        long events = 0;
        for (int k = 0; k < sample; k++) {
            events += dataset.generator().events(count * k / sample).size();
        }
        double mean = (double) events / sample;
        return (long) Math.ceil(mean * 1.25 * BYTES_PER_EVENT);
    }

    private static long times(long count, long bytesPerCustomer) {
        return bytesPerCustomer != 0 && count > Long.MAX_VALUE / bytesPerCustomer ? Long.MAX_VALUE
                : count * bytesPerCustomer;
    }

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([kmg]?)b?|(\\d{1,3})\\s*%");

    private final long budget;
    private final String budgetSource;
    /** Access order: the first entry is the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    /** Guarded by {@code this}. */
    private long charged;
    /** Descriptions of the dropped datasets, in order (for tests and diagnostics). Guarded by {@code this}. */
    private final List<String> dropped = new ArrayList<>();

    DatasetCache(long budget, String budgetSource) {
        this.budget = budget;
        this.budgetSource = budgetSource;
    }

    /**
     * The budget a configuration parameter value sets ({@code null}: the default) for a heap of {@code maxHeap}
     * bytes.
     *
     * @throws ExtensionConfigurationException if the value is no size or percentage
     */
    static DatasetCache of(String value, long maxHeap) {
        String text = value == null || value.isBlank() ? DEFAULT_BUDGET : value.strip();
        Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        long budget = -1;
        if (m.matches()) {
            if (m.group(3) != null) {
                int percent = Integer.parseInt(m.group(3));
                budget = percent >= 1 && percent <= 100 ? maxHeap / 100 * percent : -1;
            } else {
                int shift = switch (m.group(2)) {
                    case "k" -> 10;
                    case "m" -> 20;
                    case "g" -> 30;
                    default -> 0;
                };
                try {
                    budget = Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
                } catch (ArithmeticException | NumberFormatException e) {
                    budget = -1;
                }
            }
        }
        if (budget < 1) {
            throw new ExtensionConfigurationException("Configuration parameter "
                    + SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME + " must be a size in bytes (e.g. 268435456,"
                    + " 256m or 1g) or a percentage of the maximum heap from 1% to 100% but was: " + value);
        }
        String source = value == null || value.isBlank()
                ? "default " + DEFAULT_BUDGET + " of the maximum heap of " + size(maxHeap)
                : SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME + "=" + text;
        return new DatasetCache(budget, source);
    }

    long budget() {
        return budget;
    }

    /**
     * The dataset under {@code key}, charged for {@code need}, from the cache or from {@code create} (which must be
     * cheap: records are generated by the caller through the dataset's lazy parts, outside the lock).
     *
     * @param refusal the message prefix naming the test, seed and count, used when the dataset cannot fit
     * @throws DatasetTooLargeException if the estimate alone exceeds the budget
     */
    SyntheticDataset get(String key, long count, Need need, Supplier<SyntheticDataset> create, String refusal) {
        return get(key, count, need, 0, create, refusal);
    }

    /**
     * As {@link #get(String, long, Need, Supplier, String)}, charging also {@code timelineBytesPerCustomer} per
     * customer for the timelines ({@link Need#TIMELINES}; 0 for the other needs). A dataset is charged for everything
     * its tests asked for: the largest of its record needs plus its timelines.
     */
    synchronized SyntheticDataset get(String key, long count, Need need, long timelineBytesPerCustomer,
            Supplier<SyntheticDataset> create, String refusal) {
        long records = need.bytes(count);
        long timelines = times(count, timelineBytesPerCustomer);
        Entry entry = entries.get(key);
        long bytes = saturating(Math.max(records, entry == null ? 0 : entry.records),
                Math.max(timelines, entry == null ? 0 : entry.timelines));
        if (bytes > budget) {
            String timelinePart = timelineBytesPerCustomer > 0 || (entry != null && entry.timelines > 0)
                    ? " and " + size(Math.max(timelineBytesPerCustomer, entry == null ? 0 : entry.timelinesPerCustomer))
                            + " for its timeline" : "";
            Need covered = entry != null && entry.records > records ? entry.need : need;
            throw new DatasetTooLargeException(refusal + " needs about " + size(bytes) + " of heap (" + count
                    + " customers at an estimated " + size(covered.bytesPerCustomer) + " for " + covered.covers()
                    + timelinePart + "), more than the dataset cache's budget of " + size(budget) + " ("
                    + budgetSource + "); use a smaller count, or raise "
                    + SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME + " and the test JVM's -Xmx");
        }
        if (entry == null) {
            entry = new Entry(key, create.get());
            entries.put(key, entry);
        }
        if (records > entry.records) {
            entry.records = records;
            entry.need = need;
        }
        if (timelines > entry.timelines) {
            entry.timelines = timelines;
            entry.timelinesPerCustomer = timelineBytesPerCustomer;
        }
        if (bytes > entry.charge) {
            charged += bytes - entry.charge;
            entry.charge = bytes;
            for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); charged > budget && it.hasNext();) {
                Entry eldest = it.next().getValue();
                if (eldest != entry) {
                    it.remove();
                    charged -= eldest.charge;
                    dropped.add(eldest.key);
                }
            }
        }
        return entry.dataset;
    }

    private static long saturating(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    /** The cached keys, least recently used first. */
    synchronized List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** The keys of the datasets dropped so far, in order. */
    synchronized List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** The estimated bytes of the cached datasets, never above the budget. */
    synchronized long charged() {
        return charged;
    }

    /** Bytes as B, kB, MB, GB (powers of 1024, one decimal), e.g. {@code 64.0 MB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static final class Entry {
        final String key;
        final SyntheticDataset dataset;
        /** The charge: {@link #records} plus {@link #timelines}. */
        long charge;
        /** The bytes of the largest record need asked for, and that need. */
        long records;
        Need need = Need.CUSTOMERS;
        /** The bytes of the timelines, when asked for, and per customer. */
        long timelines;
        long timelinesPerCustomer;

        Entry(String key, SyntheticDataset dataset) {
            this.key = key;
            this.dataset = dataset;
        }
    }

    /** A dataset the budget cannot hold; its message names the test, the seed and the count. */
    static final class DatasetTooLargeException extends ParameterResolutionException {
        private static final long serialVersionUID = 1L;

        DatasetTooLargeException(String message) {
            super(message);
        }
    }
}
