package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.IndexPermutation;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fictional telephone numbers with an area code of the customer's state ({@code identity.area_codes}), unique
 * within a dataset as far as the reserved space allows.
 *
 * <p>Only the lines 555-0100 to 555-0199 are used: they are reserved for fictional use in every area code, so no
 * number can ring a real person. A state with {@code k} area codes therefore has a capacity of {@code 100 × k}
 * numbers. The customer of rank {@code r} among her state's customers ({@link RegionAllocation}) gets number
 * {@code r mod capacity}: area code {@code codes[n mod k]} and line {@code 0100 + perm(n div k)}, with {@code perm}
 * a seeded permutation of 0–99. Ranks below the capacity thus give distinct numbers spread over all the state's
 * area codes; beyond the capacity the numbers repeat cyclically (rank {@code capacity + j} shares the number of
 * rank {@code j}). With the built-in table the smallest capacities are 100 (the eleven states with one area code,
 * e.g. Wyoming or Hawaii) and the largest 3,400 (California); with the default regions every number of a dataset is
 * distinct up to about 22,700 customers, where Hawaii's share first passes its 100 numbers (docs/data-sources.md).
 */
final class PhoneNumbers {

    /** The header line of the table. */
    static final String HEADER = "state,area_codes";
    /** The fictional lines per area code: 555-0100 to 555-0199. */
    static final int LINES_PER_AREA_CODE = 100;
    private static final Pattern AREA_CODE = Pattern.compile("[2-9]\\d\\d");

    private final Map<String, List<String>> areaCodes;
    private final IndexPermutation lines;

    private PhoneNumbers(Map<String, List<String>> areaCodes, long seed) {
        this.areaCodes = Map.copyOf(areaCodes);
        this.lines = new IndexPermutation(LINES_PER_AREA_CODE, Rng.global(seed, "phone-lines").nextLong());
    }

    /** The area codes of {@code path} for a dataset of {@code seed}. */
    static PhoneNumbers load(String path, long seed) {
        return new PhoneNumbers(TableFile.load(path, "identity.area_codes", HEADER, PhoneNumbers::parse), seed);
    }

    private static Map<String, List<String>> parse(TableFile table) {
        Map<String, List<String>> byState = new LinkedHashMap<>();
        for (TableFile.Row row : table.rows()) {
            String state = row.field(0);
            if (byState.containsKey(state)) {
                throw table.error(row, "state listed twice", "each state once");
            }
            List<String> codes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String code : row.field(1).trim().split(" +")) {
                if (!AREA_CODE.matcher(code).matches()) {
                    throw table.error(row, "'" + code + "' is not an area code", "three digits, the first 2–9");
                }
                if (!seen.add(code)) {
                    throw table.error(row, "area code " + code + " listed twice", "each area code once");
                }
                codes.add(code);
            }
            byState.put(state, List.copyOf(codes));
        }
        return byState;
    }

    /** Whether the table lists area codes of {@code state}. */
    boolean has(String state) {
        return areaCodes.containsKey(state);
    }

    /** The area codes of {@code state}, in the table's order. */
    List<String> areaCodes(String state) {
        return areaCodes.getOrDefault(state, List.of());
    }

    /** Whether some state of the table has area code {@code code}. */
    boolean lists(String code) {
        return areaCodes.values().stream().anyMatch(codes -> codes.contains(code));
    }

    /** How many distinct numbers {@code state} has: 100 per area code. */
    long capacity(String state) {
        return (long) LINES_PER_AREA_CODE * areaCodes(state).size();
    }

    /** The number of the customer of rank {@code rank} among {@code state}'s customers: {@code +1-AAA-555-01NN}. */
    String number(String state, long rank) {
        List<String> codes = areaCodes.get(state);
        long n = rank % capacity(state);
        String code = codes.get((int) (n % codes.size()));
        long line = 100 + lines.apply(n / codes.size());
        return "+1-" + code + "-555-0" + line;
    }
}
