package io.github.syntheticcustomers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;

/** The shipped vocabularies are exactly Datafaker's lists, in Datafaker's order. */
class VocabularyTest {

    private static final Faker FAKER = new Faker(Locale.ENGLISH);

    @Test
    void everyListEqualsDatafakers() {
        assertEquals(datafaker("name.male_first_name"), Vocabulary.MALE_FIRST_NAMES);
        assertEquals(datafaker("name.female_first_name"), Vocabulary.FEMALE_FIRST_NAMES);
        assertEquals(datafaker("name.last_name"), Vocabulary.LAST_NAMES);
        assertEquals(datafaker("address.city_prefix"), Vocabulary.CITY_PREFIXES);
        assertEquals(datafaker("address.city_suffix"), Vocabulary.CITY_SUFFIXES);
    }

    private static List<String> datafaker(String key) {
        List<?> values = FAKER.fakeValuesService().fetchObject(key, FAKER.getContext());
        return values.stream().map(String::valueOf).toList();
    }
}
