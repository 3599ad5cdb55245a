package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * First names by birth decade and sex with their counts ({@code identity.first_names}, the SSA national baby-name
 * table): a customer's first name is drawn by count from the list of her birth decade and sex, so that names are
 * as common as they were among the babies of her years, and a name is only given to a sex that received it.
 */
final class NameTable {

    /** The header line of the table. */
    static final String HEADER = "decade,sex,name,count";
    /** The table's code of the female lists. */
    static final String FEMALE = "F";
    /** The table's code of the male lists. */
    static final String MALE = "M";

    /** One decade's list for one sex, most frequent first as the table gives it. */
    record Cohort(List<String> names, long[] counts, CumulativeCounts cumulative) {

        Cohort {
            names = List.copyOf(names);
        }
    }

    /** By sex code, then by decade (ascending). */
    private final Map<String, TreeMap<Integer, Cohort>> cohorts;

    private NameTable(Map<String, TreeMap<Integer, Cohort>> cohorts) {
        this.cohorts = cohorts;
    }

    static NameTable load(String path) {
        return TableFile.load(path, "identity.first_names", HEADER, NameTable::parse);
    }

    private static NameTable parse(TableFile table) {
        Map<String, Map<Integer, List<TableFile.Row>>> rows = new LinkedHashMap<>();
        rows.put(FEMALE, new TreeMap<>());
        rows.put(MALE, new TreeMap<>());
        Set<String> seen = new HashSet<>();
        for (TableFile.Row row : table.rows()) {
            String sex = row.field(1);
            if (!rows.containsKey(sex)) {
                throw table.error(row, "unknown sex '" + sex + "'", FEMALE + " or " + MALE);
            }
            long decade = table.positive(row, 0, 9990);
            if (decade % 10 != 0) {
                throw table.error(row, "decade " + decade + " is not the first year of a decade", "1920, 1930, …");
            }
            table.positive(row, 3, Long.MAX_VALUE / 1_000_000);
            if (!seen.add(decade + "," + sex + "," + row.field(2))) {
                throw table.error(row, "name listed twice for this decade and sex", "each name once per list");
            }
            rows.get(sex).computeIfAbsent((int) decade, d -> new ArrayList<>()).add(row);
        }
        Map<String, TreeMap<Integer, Cohort>> cohorts = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Integer, List<TableFile.Row>>> bySex : rows.entrySet()) {
            if (bySex.getValue().isEmpty()) {
                throw table.error("has no names of sex " + bySex.getKey(), null, "rows of both sexes, F and M");
            }
            TreeMap<Integer, Cohort> byDecade = new TreeMap<>();
            for (Map.Entry<Integer, List<TableFile.Row>> e : bySex.getValue().entrySet()) {
                List<String> names = new ArrayList<>();
                long[] counts = new long[e.getValue().size()];
                for (int i = 0; i < counts.length; i++) {
                    names.add(e.getValue().get(i).field(2));
                    counts[i] = Long.parseLong(e.getValue().get(i).field(3));
                }
                byDecade.put(e.getKey(), new Cohort(names, counts, new CumulativeCounts(counts)));
            }
            cohorts.put(bySex.getKey(), byDecade);
        }
        return new NameTable(Collections.unmodifiableMap(cohorts));
    }

    /** A first name for a person of the sex {@code sex} ({@link #FEMALE} or {@link #MALE}) born in {@code year}. */
    String draw(String sex, int year, Rng rng) {
        Cohort cohort = cohort(sex, year);
        return cohort.names().get(cohort.cumulative().draw(rng));
    }

    /**
     * The list of {@code sex} for birth year {@code year}: its decade's, or the nearest decade's when the table
     * does not reach that far.
     */
    Cohort cohort(String sex, int year) {
        TreeMap<Integer, Cohort> byDecade = cohorts.get(sex);
        int decade = Math.floorDiv(year, 10) * 10;
        Map.Entry<Integer, Cohort> e = byDecade.floorEntry(decade);
        return e != null ? e.getValue() : byDecade.firstEntry().getValue();
    }

    /** Every name the table lists for {@code sex}, in any decade. */
    Set<String> names(String sex) {
        Set<String> all = new HashSet<>();
        cohorts.get(sex).values().forEach(c -> all.addAll(c.names()));
        return all;
    }
}
