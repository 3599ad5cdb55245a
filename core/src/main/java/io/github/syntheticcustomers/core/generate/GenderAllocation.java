package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.ConfigException;
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
 * configuration, count) and the index alone, like {@link Allocation}: a shard gives the genders of a full run. The
 * members of a cohort that names genders ({@link CohortAllocation}) take theirs first, from their own blocks of the
 * persona's counts, so the persona's gender counts stay exact and every member has a gender the cohort allows.
 */
final class GenderAllocation {

    private final Allocation allocation;
    private final CohortAllocation cohorts;
    /** Whether cohort {@code c} names genders: its members take them from their own blocks. */
    private final boolean[] gendered;
    /** Per persona: the genders with a count, in configuration order. */
    private final List<List<String>> genders = new ArrayList<>();
    /** Per persona: where each gender's block ends among its customers outside a gendered cohort. */
    private final List<long[]> ends = new ArrayList<>();
    /** Per persona: the permutation of those customers' ranks (null when there are none). */
    private final List<IndexPermutation> permutations = new ArrayList<>();
    /** Per gendered cohort, per persona: where each gender's block ends among its members there. */
    private final long[][][] cohortEnds;
    /** Per gendered cohort, per persona: the permutation of its members' ranks (null when there are none). */
    private final IndexPermutation[][] cohortPermutations;

    GenderAllocation(GeneratorConfig config, Allocation allocation, CohortAllocation cohorts, long seed) {
        this.allocation = allocation;
        this.cohorts = cohorts;
        int n = cohorts.cohorts().size();
        this.gendered = new boolean[n];
        for (int c = 0; c < n; c++) {
            CohortConfig.Where where = cohorts.cohorts().get(c).where();
            gendered[c] = where != null && !where.gender().isEmpty();
        }
        this.cohortEnds = new long[n][][];
        this.cohortPermutations = new IndexPermutation[n][];
        long[] personaCounts = allocation.personaCounts();
        List<String> ids = config.personaIds();
        for (int c = 0; c < n; c++) {
            cohortEnds[c] = new long[ids.size()][];
            cohortPermutations[c] = new IndexPermutation[ids.size()];
        }
        for (int p = 0; p < ids.size(); p++) {
            PersonaConfig persona = config.personas().get(ids.get(p));
            Map<String, Double> shares = DemographicsConfig.genderShares(config, persona);
            List<String> names = new ArrayList<>(shares.keySet());
            long[] left = Apportion.largestRemainder(personaCounts[p],
                    shares.values().stream().mapToDouble(Double::doubleValue).toArray());
            long free = personaCounts[p];
            for (int c = 0; c < n; c++) {
                if (!gendered[c]) {
                    continue;
                }
                long members = cohorts.members(c, p);
                List<String> allowed = cohorts.cohorts().get(c).where().gender();
                double[] weights = new double[names.size()];
                long[] caps = new long[names.size()];
                long room = 0;
                for (int g = 0; g < names.size(); g++) {
                    if (allowed.contains(names.get(g))) {
                        weights[g] = left[g];
                        caps[g] = left[g];
                        room += left[g];
                    }
                }
                if (room < members) {
                    throw ConfigException.of("cohorts." + c + ".where.gender", "'" + cohorts.cohorts().get(c).id()
                            + "' places " + members + " members in persona " + ids.get(p) + ", which has only " + room
                            + " customers of gender " + String.join(" or ", allowed) + " left",
                            String.join(", ", allowed), "genders the persona's shares give enough customers, or "
                                    + "a condition that names the personas with them");
                }
                long[] split = Apportion.largestRemainder(members, weights, caps);
                for (int g = 0; g < names.size(); g++) {
                    left[g] -= split[g];
                }
                free -= members;
                cohortEnds[c][p] = blockEnds(split);
                cohortPermutations[c][p] = members == 0 ? null : new IndexPermutation(members,
                        Rng.global(seed, "cohort-gender:" + cohorts.cohorts().get(c).id() + ":" + ids.get(p))
                                .nextLong());
            }
            genders.add(List.copyOf(names));
            ends.add(blockEnds(left));
            permutations.add(free == 0 ? null : new IndexPermutation(free,
                    Rng.global(seed, "gender-permutation:" + ids.get(p)).nextLong()));
        }
    }

    private static long[] blockEnds(long[] counts) {
        long[] blockEnds = new long[counts.length];
        long running = 0;
        for (int g = 0; g < counts.length; g++) {
            running += counts[g];
            blockEnds[g] = running;
        }
        return blockEnds;
    }

    /** The gender of record {@code index}. */
    String gender(long index) {
        int p = allocation.slot(index).personaIndex();
        CohortAllocation.Member member = cohorts.member(index);
        if (member != null && gendered[member.index()]) {
            long position = cohortPermutations[member.index()][p].apply(member.rank());
            return block(p, cohortEnds[member.index()][p], position);
        }
        long rank = allocation.personaRank(index) - cohorts.before(index, c -> gendered[c]);
        return block(p, ends.get(p), permutations.get(p).apply(rank));
    }

    private String block(int p, long[] blockEnds, long position) {
        for (int g = 0; g < blockEnds.length; g++) {
            if (position < blockEnds[g]) {
                return genders.get(p).get(g);
            }
        }
        throw new IllegalStateException("rank " + position + " beyond the persona's count");
    }
}
