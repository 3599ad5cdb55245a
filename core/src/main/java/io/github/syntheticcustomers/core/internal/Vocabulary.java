package io.github.syntheticcustomers.core.internal;

import java.util.List;
import java.util.Locale;
import net.datafaker.Faker;

/**
 * Datafaker's English name and place vocabularies, resolved once into plain lists. Generators pick
 * from these with their own seeded {@link Rng}: Datafaker's random source and expression evaluator
 * are never used per record, which keeps records independent of each other and fast to generate.
 */
public final class Vocabulary {

    public static final List<String> MALE_FIRST_NAMES;
    public static final List<String> FEMALE_FIRST_NAMES;
    public static final List<String> LAST_NAMES;
    public static final List<String> CITY_PREFIXES;
    public static final List<String> CITY_SUFFIXES;
    public static final List<String> STATES;

    static {
        Faker faker = new Faker(Locale.ENGLISH);
        MALE_FIRST_NAMES = list(faker, "name.male_first_name");
        FEMALE_FIRST_NAMES = list(faker, "name.female_first_name");
        LAST_NAMES = list(faker, "name.last_name");
        CITY_PREFIXES = list(faker, "address.city_prefix");
        CITY_SUFFIXES = list(faker, "address.city_suffix");
        STATES = list(faker, "address.state");
    }

    private Vocabulary() {
    }

    private static List<String> list(Faker faker, String key) {
        Object value = faker.fakeValuesService().fetchObject(key, faker.getContext());
        if (!(value instanceof List<?> raw) || raw.isEmpty()) {
            throw new IllegalStateException("Datafaker has no list for " + key);
        }
        return raw.stream().map(String::valueOf).toList();
    }
}
