package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * One of a product's own customer attributes ({@code attributes[]}, docs/attributes.md): a typed value every customer
 * carries under {@code attributes} in the customer record, drawn from its distribution by inverse CDF from one latent
 * standard normal (shifted by a trait's within-persona z-score when {@link #trait} is set).
 *
 * @param id the attribute's id: the key in {@code attributes} and the CSV column {@code attribute_<id>}
 * @param type one of {@link #TYPES}
 * @param unit a number's unit, for documentation and texts (may be null)
 * @param min a number's smallest value (required for numbers)
 * @param max a number's largest value (required for numbers)
 * @param decimals a number's decimals (0: a whole number; default 0)
 * @param distribution a number's distribution, one of {@link #DISTRIBUTIONS}, truncated to {@code [min, max]}
 * @param mean a normal's or lognormal's mean (of the value, before truncation)
 * @param sd a normal's or lognormal's standard deviation (of the value, before truncation)
 * @param values an enumeration's values with their relative weights, in order (the trait pushes toward later values)
 * @param probability a boolean's probability of {@code true}
 * @param window a date's window, in whole years before the reference date
 * @param trait the trait the attribute correlates with, or null
 * @param overrides distribution parameters for customers of given personas, sexes and ages; the first that matches
 *     applies, field by field over the attribute's own
 */
public record AttributeConfig(String id, String type, String unit, Double min, Double max, Integer decimals,
        String distribution, Double mean, Double sd, Map<String, Double> values, Double probability, Window window,
        TraitLink trait, List<Variant> overrides) {

    /** The attribute types. */
    public static final List<String> TYPES = List.of("enumeration", "number", "boolean", "date");
    /** A number's distributions. */
    public static final List<String> DISTRIBUTIONS = List.of("normal", "lognormal", "uniform");
    /** The prefix of attribute placeholders in texts: {@code {a.cigarettes_per_day}}. */
    public static final String PLACEHOLDER_PREFIX = "a.";

    public AttributeConfig {
        values = Immutable.map(values);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A number's decimals (0 when not set). */
    public int decimalPlaces() {
        return decimals == null ? 0 : decimals;
    }

    /**
     * A date's window, one of two forms: from {@code fromYearsAgo} years before the reference date to {@code
     * toYearsAgo} years before it (0: up to the day before the reference date); or, by the customer's age, from her
     * {@code fromAge}-th birthday to the day before her {@code toAge}-th, clipped to the day before the reference date.
     *
     * @param fromYearsAgo the window's start, in years before the reference date
     * @param toYearsAgo the window's end, in years before the reference date (0: up to the day before it)
     * @param fromAge the window's start, as the customer's age (her birthday of that age)
     * @param toAge the window's end, as the customer's age (the day before her birthday of that age)
     */
    public record Window(Integer fromYearsAgo, Integer toYearsAgo, Integer fromAge, Integer toAge) {
    }

    /**
     * The correlation with a trait: the latent normal is {@code coefficient·z + √(1 − coefficient²)·ε}, where
     * {@code z} is the trait's z-score within the customer's persona.
     *
     * @param name a trait name ({@link Traits#NAMES})
     * @param coefficient −1 to 1
     */
    public record TraitLink(String name, Double coefficient) {
    }

    /**
     * Parameters for some customers: those of {@code personas} (any when null), of {@code sexes} (any when null) and
     * aged within {@code age} (any when null).
     *
     * @param personas the personas whose customers this variant is for; null: any
     * @param sexes the sexes this variant is for; null: any
     * @param age the ages (inclusive) this variant is for; null: any
     * @param mean a number's mean for these customers, in place of the attribute's
     * @param sd a number's standard deviation for these customers, in place of the attribute's
     * @param values an enumeration's value weights for these customers, in place of the attribute's
     * @param probability a boolean's probability of true for these customers, in place of the attribute's
     */
    public record Variant(List<String> personas, List<String> sexes, IntRange age, Double mean, Double sd,
            Map<String, Double> values, Double probability) {

        public Variant {
            personas = personas == null ? null : List.copyOf(personas);
            sexes = sexes == null ? null : List.copyOf(sexes);
            values = Immutable.map(values);
        }

        /** Whether a customer of {@code persona}, {@code sex} and {@code age} is one of these. */
        public boolean matches(String persona, String sex, int age) {
            return (personas == null || personas.contains(persona)) && (sexes == null || sexes.contains(sex))
                    && (this.age == null || (this.age.min() == null || age >= this.age.min())
                            && (this.age.max() == null || age <= this.age.max()));
        }
    }
}
