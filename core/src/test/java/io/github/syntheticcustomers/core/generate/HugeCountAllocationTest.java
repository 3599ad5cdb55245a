package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact apportioning over the whole accepted count range: every margin sums to the count and equals an
 * independent largest-remainder computation on the shares as written (exact decimals), also far beyond
 * 2<sup>53</sup> where a double quota is no longer exact; counts above {@link Limits#MAX_COUNT} are refused.
 */
class HugeCountAllocationTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 500, 9_007_199_254_740_993L, 36_028_797_018_963_971L, 123_456_789_012_345_677L,
        999_999_999_999_999_999L, Limits.MAX_COUNT})
    void marginsAreExactForEveryAcceptedCount(long count) {
        Allocation allocation = new Allocation(CONFIG, count, 42);
        List<Double> personaShares = new ArrayList<>();
        CONFIG.personaIds().forEach(id -> personaShares.add(CONFIG.personas().get(id).share()));
        assertArrayEquals(reference(count, personaShares), allocation.personaCounts(), "personas");
        assertArrayEquals(reference(count, new ArrayList<>(CONFIG.ageDecades().values())), allocation.decadeCounts(),
                "decades");
        assertArrayEquals(reference(count, new ArrayList<>(CONFIG.riskLevels().values())), allocation.riskCounts(),
                "risk levels");
        long cells = 0;
        for (int p = 0; p < CONFIG.personaIds().size(); p++) {
            for (int d = 0; d < CONFIG.decadeStarts().length; d++) {
                for (int l = 0; l < CONFIG.riskLevelIds().size(); l++) {
                    cells = Math.addExact(cells, allocation.cellCount(p, d, l));
                }
            }
        }
        assertEquals(count, cells, "the persona × decade × risk cells hold every record");
        // the last record resolves to a category too
        assertEquals(CONFIG.personaIds().get(allocation.slot(count - 1).personaIndex()),
                allocation.slot(count - 1).persona());
    }

    @ParameterizedTest
    @ValueSource(longs = {Limits.MAX_COUNT + 1, Long.MAX_VALUE, 0, -5})
    void countsOutsideTheRangeAreRefused(long count) {
        ConfigException e = assertThrows(ConfigException.class, () -> new Allocation(CONFIG, count, 42));
        assertEquals("count: " + (count < 1 ? "must be at least 1" : "is too large") + " (was: " + count
                + "; allowed: a whole number from 1 to 1000000000000000000)", e.getMessage());
    }

    /** Hamilton's method in BigDecimal, written independently of the product's code. */
    private static long[] reference(long count, List<Double> shares) {
        BigDecimal total = shares.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = shares.size();
        long[] result = new long[n];
        BigDecimal[] fraction = new BigDecimal[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal quota = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(shares.get(i)))
                    .divide(total, 40, java.math.RoundingMode.FLOOR);
            BigInteger floor = quota.toBigInteger();
            result[i] = floor.longValueExact();
            fraction[i] = quota.subtract(new BigDecimal(floor));
            assigned += result[i];
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> fraction[b].compareTo(fraction[a]) != 0 ? fraction[b].compareTo(fraction[a])
                : Integer.compare(a, b));
        for (int k = 0; assigned < count; k++, assigned++) {
            result[order[k]]++;
        }
        return result;
    }
}
