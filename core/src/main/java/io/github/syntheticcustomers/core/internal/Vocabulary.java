package io.github.syntheticcustomers.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Datafaker's English name and place vocabularies as plain lists. They were resolved from Datafaker
 * once and ship as resources ({@code vocabulary/*.txt}, one value a line, Datafaker's order); a test
 * keeps them equal to Datafaker's. Generators pick from them with their own seeded {@link Rng}:
 * neither Datafaker's random source nor its expression evaluator runs per record, and no Faker has to
 * be built at start-up.
 */
public final class Vocabulary {

    public static final List<String> MALE_FIRST_NAMES = load("male-first-names");
    public static final List<String> FEMALE_FIRST_NAMES = load("female-first-names");
    public static final List<String> LAST_NAMES = load("last-names");
    public static final List<String> CITY_PREFIXES = load("city-prefixes");
    public static final List<String> CITY_SUFFIXES = load("city-suffixes");

    private Vocabulary() {
    }

    private static List<String> load(String name) {
        String resource = "vocabulary/" + name + ".txt";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> values = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty()).toList();
            if (values.isEmpty()) {
                throw new IllegalStateException("empty vocabulary " + resource);
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
