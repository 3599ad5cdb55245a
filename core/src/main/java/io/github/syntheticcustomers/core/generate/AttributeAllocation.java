package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.internal.IndexPermutation;
import io.github.syntheticcustomers.core.internal.Rng;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact counts of an enumeration's values and a boolean's {@code true}s within each persona (docs/attributes.md,
 * "Exact counts"): where a persona's weights are the same for all its customers (no trait, and no override by sex or
 * by an age the persona's customers can have), its count is split over the weights by largest remainder and its
 * records take the values in blocks of a seeded permutation of their ranks within the persona
 * ({@link Allocation#personaRank}), like {@link GenderAllocation}. Record {@code i} still needs only (seed,
 * configuration, count) and {@code i}. Elsewhere (a trait, whose correlation needs the latent draw, or weights that
 * differ by sex or age within the persona) the value is drawn ({@link AttributeModel}). Immutable and thread-safe.
 */
public final class AttributeAllocation {

    /** A boolean's values in block order: {@code false} first, so {@code true} takes the top of the ranks. */
    public static final List<String> BOOLEAN_VALUES = List.of("false", "true");

    private final Allocation allocation;
    /** Attribute id → per persona index: its blocks, or null where the persona's values are drawn. */
    private final Map<String, List<Blocks>> blocks = new HashMap<>();
    /** The cohorts (none when built without). */
    private final CohortAllocation cohorts;
    /**
     * Attribute id → per cohort → per persona: the blocks of the cohort's members, for a cohort whose condition names
     * the attribute's values ({@code where.attributes}); null elsewhere.
     */
    private final Map<String, Blocks[][]> cohortBlocks = new HashMap<>();

    AttributeAllocation(GeneratorConfig config, Allocation allocation, long seed) {
        this(config, allocation, null, seed);
    }

    /**
     * The exact counts, with the members of a cohort whose condition names an allocated attribute's values
     * ({@code where.attributes}, docs/cohorts.md) taking theirs first, from their own blocks of the persona's counts
     * (as {@link GenderAllocation} does for genders): the persona's counts stay exact and every member has a value
     * the cohort allows. A persona whose counts of the allowed values cannot hold the cohort's members there is
     * refused.
     */
    AttributeAllocation(GeneratorConfig config, Allocation allocation, CohortAllocation cohorts, long seed) {
        this.allocation = allocation;
        this.cohorts = cohorts;
        int n = cohorts == null ? 0 : cohorts.cohorts().size();
        long[] personaCounts = allocation.personaCounts();
        List<String> ids = config.personaIds();
        for (AttributeConfig a : config.attributes()) {
            if (!a.type().equals("enumeration") && !a.type().equals("boolean")) {
                continue;
            }
            List<Blocks> perPersona = new ArrayList<>();
            for (int p = 0; p < ids.size(); p++) {
                String persona = ids.get(p);
                Map<String, Long> counts = exactCounts(a, persona, config.personas().get(persona), personaCounts[p]);
                if (counts == null || personaCounts[p] == 0) {
                    perPersona.add(null);
                    continue;
                }
                List<String> values = new ArrayList<>(counts.keySet());
                long[] left = new long[values.size()];
                for (int k = 0; k < left.length; k++) {
                    left[k] = counts.get(values.get(k));
                }
                long free = personaCounts[p];
                for (int c = 0; c < n; c++) {
                    List<String> allowed = allowed(a, cohorts.cohorts().get(c));
                    if (allowed == null) {
                        continue;
                    }
                    long members = cohorts.members(c, p);
                    double[] weights = new double[values.size()];
                    long[] caps = new long[values.size()];
                    long room = 0;
                    for (int k = 0; k < values.size(); k++) {
                        if (allowed.contains(values.get(k))) {
                            weights[k] = left[k];
                            caps[k] = left[k];
                            room += left[k];
                        }
                    }
                    if (room < members) {
                        throw ConfigException.of("cohorts." + c + ".where.attributes." + a.id(), "'"
                                + cohorts.cohorts().get(c).id() + "' places " + members + " members in persona "
                                + persona + ", whose exact counts of " + a.id() + " " + String.join(" or ", allowed)
                                + " leave only " + room, String.join(", ", allowed), "values the persona's weights "
                                + "give enough customers, a smaller cohort, or a condition that names other personas");
                    }
                    long[] split = Apportion.largestRemainder(members, weights, caps);
                    for (int k = 0; k < left.length; k++) {
                        left[k] -= split[k];
                    }
                    free -= members;
                    cohortBlocks.computeIfAbsent(a.id(), k -> new Blocks[n][ids.size()])[c][p] = members == 0 ? null
                            : new Blocks(values, ends(split), new IndexPermutation(members, Rng.global(seed,
                                    "cohort-attribute:" + a.id() + ":" + cohorts.cohorts().get(c).id() + ":"
                                            + persona).nextLong()));
                }
                // the customers outside such cohorts (all of them without one): the permutation as without cohorts
                IndexPermutation permutation = free == 0 ? null : new IndexPermutation(free,
                        Rng.global(seed, "attribute-permutation:" + a.id() + ":" + persona).nextLong());
                perPersona.add(new Blocks(values, ends(left), permutation));
            }
            blocks.put(a.id(), perPersona);
        }
    }

    private static long[] ends(long[] counts) {
        long[] ends = new long[counts.length];
        long running = 0;
        for (int k = 0; k < ends.length; k++) {
            running += counts[k];
            ends[k] = running;
        }
        return ends;
    }

    /**
     * The values of attribute {@code a} a cohort's condition allows, as allocated value ids ({@code "true"} /
     * {@code "false"} for a boolean), or null when it names none of them.
     */
    private static List<String> allowed(AttributeConfig a, CohortConfig cohort) {
        CohortConfig.Where where = cohort.where();
        CohortConfig.AttributeTest test = where == null ? null : where.attributes().get(a.id());
        if (test == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (test.in() != null) {
            test.in().forEach(v -> out.add(String.valueOf(v)));
        } else if (test.is() != null) {
            out.add(String.valueOf(test.is()));
        } else {
            return null;
        }
        return out;
    }

    /** Where a persona's records take their values: value k for positions below {@code ends[k]}. */
    private record Blocks(List<String> values, long[] ends, IndexPermutation permutation) {
    }

    /**
     * The allocated value of attribute {@code a} for record {@code index} (an enumeration's value id, a boolean), or
     * null when the record's persona draws it.
     */
    Object value(AttributeConfig a, long index) {
        List<Blocks> perPersona = blocks.get(a.id());
        if (perPersona == null) {
            return null;
        }
        Blocks b = perPersona.get(allocation.slot(index).personaIndex());
        if (b == null) {
            return null;
        }
        long position;
        CohortAllocation.Member member = cohorts == null ? null : cohorts.member(index);
        Blocks[][] byCohort = cohortBlocks.get(a.id());
        if (member != null && byCohort != null && byCohort[member.index()][allocation.slot(index).personaIndex()]
                != null) {
            b = byCohort[member.index()][allocation.slot(index).personaIndex()];
            position = b.permutation().apply(member.rank());
        } else if (byCohort != null) {
            position = b.permutation().apply(allocation.personaRank(index)
                    - cohorts.before(index, c -> byCohort[c][allocation.slot(index).personaIndex()] != null));
        } else {
            position = b.permutation().apply(allocation.personaRank(index));
        }
        for (int k = 0; k < b.ends().length; k++) {
            if (position < b.ends()[k]) {
                String v = b.values().get(k);
                return a.type().equals("boolean") ? (Object) Boolean.valueOf(v) : v;
            }
        }
        throw new IllegalStateException("rank " + position + " beyond the persona's count");
    }

    /**
     * The exact counts of {@code a}'s values among {@code count} customers of persona {@code personaId}: value (a
     * boolean's {@code "false"}, {@code "true"}) to count, in configuration order; null when that persona's values
     * are drawn (a number or a date, a trait, or an override by sex or by an age within the persona's range that
     * applies before one by persona alone).
     */
    public static Map<String, Long> exactCounts(AttributeConfig a, String personaId, PersonaConfig persona,
            long count) {
        Map<String, Double> weights = exactWeights(a, personaId, persona);
        if (weights == null) {
            return null;
        }
        long[] counts = Apportion.largestRemainder(count,
                weights.values().stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Long> out = new LinkedHashMap<>();
        int k = 0;
        for (String v : weights.keySet()) {
            out.put(v, counts[k++]);
        }
        return out;
    }

    /** The weights every customer of the persona has (see {@link #exactCounts}), or null. */
    static Map<String, Double> exactWeights(AttributeConfig a, String personaId, PersonaConfig persona) {
        boolean enumeration = a.type().equals("enumeration");
        if (!enumeration && !a.type().equals("boolean")
                || a.trait() != null && a.trait().coefficient() != null && a.trait().coefficient() != 0) {
            return null;
        }
        Map<String, Double> values = a.values();
        Double probability = a.probability();
        for (AttributeConfig.Variant v : a.overrides()) {
            if (v.personas() != null && !v.personas().contains(personaId)) {
                continue;
            }
            boolean byAge = v.age() != null && (persona == null || reaches(v, persona));
            if (v.age() != null && !byAge) {
                continue; // no customer of the persona is of those ages
            }
            if (byAge || v.sexes() != null) {
                return null;
            }
            values = v.values() != null ? v.values() : values;
            probability = v.probability() != null ? v.probability() : probability;
            break;
        }
        if (enumeration) {
            return values;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put(BOOLEAN_VALUES.get(0), BigDecimal.ONE.subtract(BigDecimal.valueOf(probability)).doubleValue());
        weights.put(BOOLEAN_VALUES.get(1), probability);
        return weights;
    }

    /** Whether an override's age bounds meet the persona's age range. */
    private static boolean reaches(AttributeConfig.Variant v, PersonaConfig persona) {
        int min = persona.age().min();
        int max = persona.age().max();
        return (v.age().min() == null || v.age().min() <= max) && (v.age().max() == null || v.age().max() >= min);
    }
}
