package io.github.syntheticcustomers.core.config;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One region customers live in ({@code regions}): drawn with probability proportional to its population; its
 * time zone places the customer's journey sessions at waking hours.
 *
 * @param name the name the profile shows as {@code state}
 * @param population its resident population, the weight of the draw
 * @param timeZone an IANA time zone id, e.g. {@code America/Chicago}
 */
public record Region(String name, Integer population, String timeZone) {

    /** Each region's time zone by its name, for (validated) {@code regions}. */
    public static Map<String, ZoneId> zonesByName(List<Region> regions) {
        Map<String, ZoneId> zones = new HashMap<>();
        regions.forEach(r -> zones.put(r.name(), ZoneId.of(r.timeZone())));
        return Map.copyOf(zones);
    }
}
