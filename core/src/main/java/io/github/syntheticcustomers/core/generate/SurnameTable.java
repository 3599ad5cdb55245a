package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Surnames with their counts and race and Hispanic origin shares ({@code identity.surnames}, the Census 2010
 * surname table): a customer's surname is drawn by count, so that Hispanic, Asian and other surnames appear as
 * often as in the population the table counted. The shares are kept for later use; nothing is drawn from them.
 */
final class SurnameTable {

    /** The header line of the table. */
    static final String HEADER = "name,count,pct_white,pct_black,pct_api,pct_other,pct_hispanic";

    /**
     * One surname's row.
     *
     * @param name the surname as written in the profile
     * @param count how many people the source counted with it
     * @param pctWhite percent non-Hispanic White
     * @param pctBlack percent non-Hispanic Black
     * @param pctApi percent non-Hispanic Asian and Pacific Islander
     * @param pctOther percent non-Hispanic American Indian and Alaska Native or of two or more races
     * @param pctHispanic percent Hispanic or Latino (any race)
     */
    record Surname(String name, long count, double pctWhite, double pctBlack, double pctApi, double pctOther,
            double pctHispanic) {
    }

    private final List<Surname> surnames;
    private final Map<String, Surname> byName;
    private final CumulativeCounts cumulative;

    private SurnameTable(List<Surname> surnames) {
        this.surnames = List.copyOf(surnames);
        Map<String, Surname> map = new HashMap<>();
        surnames.forEach(s -> map.put(s.name(), s));
        this.byName = Map.copyOf(map);
        this.cumulative = new CumulativeCounts(surnames.stream().mapToLong(Surname::count).toArray());
    }

    static SurnameTable load(String path) {
        return TableFile.load(path, "identity.surnames", HEADER, SurnameTable::parse);
    }

    private static SurnameTable parse(TableFile table) {
        List<Surname> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableFile.Row row : table.rows()) {
            String name = row.field(0);
            if (!seen.add(name)) {
                throw table.error(row, "surname listed twice", "each surname once");
            }
            long count = table.positive(row, 1, Long.MAX_VALUE / 1_000_000);
            out.add(new Surname(name, count, table.percent(row, 2), table.percent(row, 3), table.percent(row, 4),
                    table.percent(row, 5), table.percent(row, 6)));
        }
        return new SurnameTable(out);
    }

    /** A surname drawn by count. */
    String draw(Rng rng) {
        return surnames.get(cumulative.draw(rng)).name();
    }

    /** The row of {@code name}; null when the table does not list it. */
    Surname get(String name) {
        return byName.get(name);
    }

    /** Every row, in the table's order. */
    List<Surname> surnames() {
        return surnames;
    }
}
