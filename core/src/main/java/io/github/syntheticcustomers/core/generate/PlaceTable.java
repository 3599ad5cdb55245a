package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Real places by state ({@code identity.places}): each a city with its county, a population weight and its ZIP
 * codes. A customer's place is drawn within her state by population, then one of its ZIP codes uniformly.
 */
final class PlaceTable {

    /** The header line of the table. */
    static final String HEADER = "state,city,county,population,zip_codes";
    private static final Pattern ZIP = Pattern.compile("\\d{5}");

    /**
     * One place of a state.
     *
     * @param city the city (the postal place name)
     * @param county the county it lies in
     * @param zipCodes its five-digit ZIP codes
     */
    record Place(String city, String county, List<String> zipCodes) {

        Place {
            zipCodes = List.copyOf(zipCodes);
        }
    }

    /** The places of one state with their population weights. */
    record StatePlaces(List<Place> places, CumulativeCounts cumulative) {

        StatePlaces {
            places = List.copyOf(places);
        }
    }

    /**
     * A customer's drawn place.
     *
     * @param city the city
     * @param county the county
     * @param postalCode the ZIP code
     */
    record Address(String city, String county, String postalCode) {
    }

    private final Map<String, StatePlaces> byState;

    private PlaceTable(Map<String, StatePlaces> byState) {
        this.byState = Map.copyOf(byState);
    }

    static PlaceTable load(String path) {
        return TableFile.load(path, "identity.places", HEADER, PlaceTable::parse);
    }

    private static PlaceTable parse(TableFile table) {
        Map<String, List<Place>> places = new LinkedHashMap<>();
        Map<String, List<Long>> weights = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (TableFile.Row row : table.rows()) {
            String state = row.field(0);
            if (!seen.add(state + "," + row.field(1) + "," + row.field(2))) {
                throw table.error(row, "place listed twice for this state and county", "each city and county once");
            }
            long population = table.positive(row, 3, 1_000_000_000L);
            List<String> zips = List.of(row.field(4).trim().split(" +"));
            for (String zip : zips) {
                if (!ZIP.matcher(zip).matches()) {
                    throw table.error(row, "'" + zip + "' is not a five-digit ZIP code",
                            "five-digit ZIP codes separated by spaces");
                }
            }
            places.computeIfAbsent(state, s -> new ArrayList<>()).add(new Place(row.field(1), row.field(2), zips));
            weights.computeIfAbsent(state, s -> new ArrayList<>()).add(population);
        }
        Map<String, StatePlaces> byState = new LinkedHashMap<>();
        for (Map.Entry<String, List<Place>> e : places.entrySet()) {
            long[] w = weights.get(e.getKey()).stream().mapToLong(Long::longValue).toArray();
            byState.put(e.getKey(), new StatePlaces(e.getValue(), new CumulativeCounts(w)));
        }
        return new PlaceTable(byState);
    }

    /** Whether the table lists places of {@code state}. */
    boolean has(String state) {
        return byState.containsKey(state);
    }

    /** A place of {@code state} drawn by population, and one of its ZIP codes. */
    Address draw(String state, Rng rng) {
        StatePlaces s = byState.get(state);
        Place p = s.places().get(s.cumulative().draw(rng));
        return new Address(p.city(), p.county(), p.zipCodes().get(rng.nextInt(p.zipCodes().size())));
    }

    /** The places of {@code state}, in the table's order; empty when it has none. */
    List<Place> places(String state) {
        StatePlaces s = byState.get(state);
        return s == null ? List.of() : s.places();
    }
}
