package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * Where a customer's identity comes from ({@code identity}): the published tables names, places and area codes
 * are drawn from, and the vocabulary of the fictional street addresses. Each table is a resource path: {@code
 * classpath:} followed by a class-path resource (the built-in tables), or a file path (relative paths against the
 * working directory), so that a team can point at its own tables in the same format (docs/data-sources.md).
 *
 * @param firstNames the first names by birth decade and sex, with their counts
 * @param surnames the surnames with their counts (and race and Hispanic origin shares)
 * @param places the places of each state: city, county, population weight and ZIP codes
 * @param areaCodes the telephone area codes of each state
 * @param streetNames the names a fictional street address is made of ("Main", "Oak")
 * @param streetSuffixes the street suffixes that follow the name ("St", "Ave")
 * @param edgeNames names as people write them (apostrophe, hyphen, diacritics), one boundary case each
 *     (docs/boundary-cases.md); optional (none: no such cases). Read, not written: only boundary cases use it, so the
 *     configuration digest of a dataset does not change with it
 */
public record IdentityConfig(String firstNames, String surnames, String places, String areaCodes,
        List<String> streetNames, List<String> streetSuffixes,
        @com.fasterxml.jackson.annotation.JsonProperty(access = com.fasterxml.jackson.annotation.JsonProperty.Access.WRITE_ONLY)
        String edgeNames) {

    /** The prefix of a table path that names a class-path resource. */
    public static final String CLASSPATH = "classpath:";

    public IdentityConfig {
        streetNames = Immutable.list(streetNames);
        streetSuffixes = Immutable.list(streetSuffixes);
    }

    /** Each table path present and not blank; the street vocabularies not empty, without blank entries. */
    static void validate(IdentityConfig identity, ConfigParser.Locator at) {
        if (identity == null) {
            throw at.error("identity", "is required", null,
                    "{ first_names, surnames, places, area_codes, street_names, street_suffixes }");
        }
        String table = "a table path: classpath:<resource> or a file path";
        at.check(() -> path("identity.first_names", identity.firstNames(), table, at));
        at.check(() -> path("identity.surnames", identity.surnames(), table, at));
        at.check(() -> path("identity.places", identity.places(), table, at));
        at.check(() -> path("identity.area_codes", identity.areaCodes(), table, at));
        at.check(() -> words("identity.street_names", identity.streetNames(), at));
        at.check(() -> words("identity.street_suffixes", identity.streetSuffixes(), at));
        if (identity.edgeNames() != null) {
            at.check(() -> path("identity.edge_names", identity.edgeNames(), table, at));
        }
    }

    private static void path(String prop, String value, String allowed, ConfigParser.Locator at) {
        if (value == null || value.isBlank() || value.equals(CLASSPATH)) {
            throw at.error(prop, value == null ? "is required" : "is blank", value, allowed);
        }
    }

    private static void words(String prop, List<String> values, ConfigParser.Locator at) {
        if (values == null || values.isEmpty()) {
            throw at.error(prop, values == null ? "is required" : "is empty", values == null ? null : "[]",
                    "a list of at least one word");
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank()) {
                throw at.error(prop + "." + i, "is blank", v, "a word");
            }
        }
    }
}
