package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.DemographicsConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.internal.IndexPermutation;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact number of customers of each region and each customer's region and rank within it. Customers are placed
 * in groups: the personas without region weights of their own ({@code personas.<id>.demographics.regions}) form one
 * group, split over the regions by largest remainder on their populations; a persona with its own weights forms a
 * group of its own, split on those. A group's customers are laid out as consecutive positions per region and record
 * {@code i} takes position {@code perm(r)} of a seeded permutation of its own, {@code r} its rank in the group (its
 * index when one group holds every customer; otherwise from its rank within its persona, {@link
 * Allocation#personaRank}): not the personas' permutation, so that where a customer lives does not follow her
 * persona, decade or risk level. Her rank in her region counts the customers the earlier groups placed there first:
 * the ranks of a region's customers are 0, 1, 2, … without gaps over the whole dataset, which gives each a number of
 * her own ({@link PhoneNumbers}). Everything depends on (seed, configuration, count) and the index alone, so a shard
 * generating part of the indices gives the same regions and ranks as a full run.
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

    /** One group of customers placed together: its regions' counts, their block ends, its permutation. */
    private record Group(long[] counts, long[] ends, long[] offsets, IndexPermutation permutation) {
    }

    private final Allocation allocation;
    /** The group of each persona, by persona index. */
    private final int[] groupOf;
    /** Per persona: the ranks in its group before its own (the pool's earlier personas' counts). */
    private final long[] rankOffset;
    private final List<Group> groups = new ArrayList<>();
    /** Whether one group holds every customer: then a record's rank in it is its index. */
    private final boolean single;
    private final long[] totals;

    RegionAllocation(GeneratorConfig config, Allocation allocation, long seed) {
        this.allocation = allocation;
        List<Region> regions = config.regions();
        List<String> ids = config.personaIds();
        long[] personaCounts = allocation.personaCounts();
        this.groupOf = new int[ids.size()];
        this.rankOffset = new long[ids.size()];
        List<double[]> weights = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        long pool = 0;
        boolean pooled = false;
        weights.add(regions.stream().mapToDouble(Region::population).toArray());
        sizes.add(0L);
        for (int p = 0; p < ids.size(); p++) {
            DemographicsConfig own = config.personas().get(ids.get(p)).demographics();
            if (own == null || own.regions() == null) {
                groupOf[p] = 0;
                rankOffset[p] = pool;
                pool += personaCounts[p];
                pooled = true;
            } else {
                groupOf[p] = weights.size();
                weights.add(regions.stream().mapToDouble(r -> own.regions().getOrDefault(r.name(), 0.0)).toArray());
                sizes.add(personaCounts[p]);
            }
        }
        sizes.set(0, pool);
        this.single = weights.size() == 1;
        this.totals = new long[regions.size()];
        for (int g = 0; g < weights.size(); g++) {
            long size = sizes.get(g);
            long[] counts = Apportion.largestRemainder(size, weights.get(g));
            long[] ends = new long[counts.length];
            long[] offsets = totals.clone();
            long running = 0;
            for (int r = 0; r < counts.length; r++) {
                running += counts[r];
                ends[r] = running;
                totals[r] += counts[r];
            }
            // a key of its own per group: IndexPermutation derives its round keys from the seed it is given; the
            // pool's is the key of a dataset without groups
            long key = Rng.global(seed, g == 0 ? "region-permutation" : "region-permutation:" + g).nextLong();
            groups.add(new Group(counts, ends, offsets, size == 0 ? null : new IndexPermutation(size, key)));
        }
        if (!pooled) {
            groups.set(0, new Group(new long[regions.size()], new long[regions.size()], new long[regions.size()],
                    null));
        }
    }

    /** The region and rank of record {@code index}. */
    Placement placement(long index) {
        Group group;
        long rank;
        if (single) {
            group = groups.get(0);
            rank = index;
        } else {
            int p = allocation.slot(index).personaIndex();
            group = groups.get(groupOf[p]);
            rank = rankOffset[p] + allocation.personaRank(index);
        }
        long position = group.permutation().apply(rank);
        long[] ends = group.ends();
        long[] counts = group.counts();
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
        return new Placement(r, group.offsets()[r] + position - start);
    }

    /** Customers per region, in configuration order. */
    long[] counts() {
        return totals.clone();
    }
}
