package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * What an occupation asks of the person holding it ({@code occupations.<name>}): the education levels it is
 * held with, the youngest age it is held at and the personal income brackets it pays.
 *
 * @param education allowed values of {@code education}, from {@link #EDUCATION}
 * @param minAge the youngest age the occupation is held at
 * @param income allowed values of {@code income_bracket}, from {@link #INCOME}
 */
public record Occupation(List<String> education, Integer minAge, List<String> income) {

    /** The education levels of a profile, lowest first. */
    public static final List<String> EDUCATION = List.of("high_school", "some_college", "bachelors", "masters",
            "doctorate");

    /** The income brackets of a profile, lowest first. */
    public static final List<String> INCOME = List.of("under_30k", "30k_60k", "60k_100k", "100k_150k", "over_150k");

    public Occupation {
        education = Immutable.list(education);
        income = Immutable.list(income);
    }

    /** Whether a person of {@code age} with {@code education} and {@code income} fits the occupation. */
    public boolean fits(int age, String educationLevel, String incomeBracket) {
        return age >= minAge && education.contains(educationLevel) && income.contains(incomeBracket);
    }
}
