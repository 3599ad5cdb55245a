package io.github.syntheticcustomers.core.config;

/**
 * One region customers live in ({@code regions}): drawn with probability proportional to its population; its
 * time zone places the customer's journey sessions at waking hours.
 *
 * @param name the name the profile shows as {@code state}
 * @param population its resident population, the weight of the draw
 * @param timeZone an IANA time zone id, e.g. {@code America/Chicago}
 */
public record Region(String name, Integer population, String timeZone) {
}
