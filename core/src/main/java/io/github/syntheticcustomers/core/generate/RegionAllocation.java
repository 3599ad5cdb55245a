package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.internal.IndexPermutation;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * The exact number of customers of each region and each customer's region and rank within it. The dataset's
 * count is split over the regions by largest remainder on their populations; the regions' customers are laid out
 * as consecutive positions and record {@code i} takes position {@code perm(i)} of a seeded permutation of its own
 * (not the personas' permutation, so that where a customer lives does not follow her persona). Her rank is her
 * position within her region's block: the ranks of a region's customers are 0, 1, 2, … without gaps, which gives
 * each a number of her own ({@link PhoneNumbers}). Everything depends on (seed, configuration, count) and the
 * index alone, so a shard generating part of the indices gives the same regions and ranks as a full run.
 */
final class RegionAllocation {

    /**
     * Where one customer lives.
     *
     * @param region the region's index in configuration order
     * @param rank the customer's rank among the region's customers, from 0
     */
    record Placement(int region, long rank) {
    }

    private final long[] counts;
    private final long[] ends;
    private final IndexPermutation permutation;

    RegionAllocation(List<Region> regions, long count, long seed) {
        double[] populations = regions.stream().mapToDouble(Region::population).toArray();
        this.counts = Apportion.largestRemainder(count, populations);
        this.ends = new long[counts.length];
        long running = 0;
        for (int r = 0; r < counts.length; r++) {
            running += counts[r];
            ends[r] = running;
        }
        // a key of its own: IndexPermutation derives its round keys from the seed it is given
        this.permutation = new IndexPermutation(count, Rng.global(seed, "region-permutation").nextLong());
    }

    /** The region and rank of record {@code index}. */
    Placement placement(long index) {
        long position = permutation.apply(index);
        int r = Arrays.binarySearch(ends, position + 1);
        if (r < 0) {
            r = -r - 1;
        } else {
            // several regions end at the same position when some are empty: take the first non-empty
            while (r > 0 && ends[r - 1] == position + 1) {
                r--;
            }
        }
        long start = ends[r] - counts[r];
        return new Placement(r, position - start);
    }

    /** Customers per region, in configuration order. */
    long[] counts() {
        return counts.clone();
    }
}
