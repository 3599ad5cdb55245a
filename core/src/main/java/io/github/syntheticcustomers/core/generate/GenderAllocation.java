package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.DemographicsConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.internal.IndexPermutation;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact number of customers of each gender within each persona, and each customer's gender. A persona's count
 * is split over its gender shares ({@link DemographicsConfig#genderShares}) by largest remainder; its records take
 * the genders in blocks of a seeded permutation of their ranks within the persona ({@link Allocation#personaRank}),
 * so gender follows neither the decade nor the risk level the persona's cells are ordered by. Depends on (seed,
 * configuration, count) and the index alone, like {@link Allocation}: a shard gives the genders of a full run.
 */
final class GenderAllocation {

    private final Allocation allocation;
    /** Per persona: the genders with a count, in configuration order. */
    private final List<List<String>> genders = new ArrayList<>();
    /** Per persona: where each gender's block ends, parallel to {@link #genders}. */
    private final List<long[]> ends = new ArrayList<>();
    /** Per persona: the permutation of its ranks (null for a persona without customers). */
    private final List<IndexPermutation> permutations = new ArrayList<>();

    GenderAllocation(GeneratorConfig config, Allocation allocation, long seed) {
        this.allocation = allocation;
        long[] personaCounts = allocation.personaCounts();
        List<String> ids = config.personaIds();
        for (int p = 0; p < ids.size(); p++) {
            PersonaConfig persona = config.personas().get(ids.get(p));
            Map<String, Double> shares = DemographicsConfig.genderShares(config, persona);
            long[] counts = Apportion.largestRemainder(personaCounts[p],
                    shares.values().stream().mapToDouble(Double::doubleValue).toArray());
            List<String> names = new ArrayList<>(shares.keySet());
            long[] blockEnds = new long[counts.length];
            long running = 0;
            for (int g = 0; g < counts.length; g++) {
                running += counts[g];
                blockEnds[g] = running;
            }
            genders.add(List.copyOf(names));
            ends.add(blockEnds);
            permutations.add(personaCounts[p] == 0 ? null : new IndexPermutation(personaCounts[p],
                    Rng.global(seed, "gender-permutation:" + ids.get(p)).nextLong()));
        }
    }

    /** The gender of record {@code index}. */
    String gender(long index) {
        int p = allocation.slot(index).personaIndex();
        long position = permutations.get(p).apply(allocation.personaRank(index));
        long[] blockEnds = ends.get(p);
        for (int g = 0; g < blockEnds.length; g++) {
            if (position < blockEnds[g]) {
                return genders.get(p).get(g);
            }
        }
        throw new IllegalStateException("rank " + position + " beyond the persona's count");
    }
}
