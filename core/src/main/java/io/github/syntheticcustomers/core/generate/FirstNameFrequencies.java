package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How common a first name is in its birth cohort, read from the first-name table a configuration draws from
 * ({@code identity.first_names}): for the quality checks that compare the names a dataset carries with the table.
 * A cohort is one sex's list of one birth decade (the nearest decade the table has, as the generator draws it).
 * Immutable and thread-safe.
 */
public final class FirstNameFrequencies {

    private final NameTable table;

    private FirstNameFrequencies(NameTable table) {
        this.table = table;
    }

    /** The frequencies of {@code config}'s first-name table (loaded and validated as the generator loads it). */
    public static FirstNameFrequencies of(GeneratorConfig config) {
        return new FirstNameFrequencies(NameTable.load(config.identity().firstNames()));
    }

    /**
     * Whether {@code name} is among the {@code k} most common names of the cohort of {@code gender} ({@code female}
     * or {@code male}) born in {@code birthYear}; false for any other gender, which draws from either list.
     */
    public boolean isAmongMostCommon(String gender, int birthYear, String name, int k) {
        String sex = sex(gender);
        if (sex == null) {
            return false;
        }
        List<String> names = table.cohort(sex, birthYear).names();
        return names.subList(0, Math.min(k, names.size())).contains(name);
    }

    /**
     * The share (0–1) of the births of the cohort of {@code gender} born in {@code birthYear} that carry one of its
     * {@code k} most common names, among the births the table lists; NaN for a gender without a list of its own.
     */
    public double mostCommonShare(String gender, int birthYear, int k) {
        String sex = sex(gender);
        if (sex == null) {
            return Double.NaN;
        }
        long[] counts = table.cohort(sex, birthYear).counts();
        long top = 0;
        long all = 0;
        for (int i = 0; i < counts.length; i++) {
            all += counts[i];
            top += i < k ? counts[i] : 0;
        }
        return all == 0 ? Double.NaN : (double) top / all;
    }

    /** The names the table lists for {@code gender} in any decade (empty for a gender without a list). */
    public Set<String> names(String gender) {
        String sex = sex(gender);
        return sex == null ? Set.of() : Set.copyOf(new HashSet<>(table.names(sex)));
    }

    private static String sex(String gender) {
        Objects.requireNonNull(gender, "gender");
        return switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> NameTable.FEMALE;
            case EpidemiologyConfig.GENDER_MALE -> NameTable.MALE;
            default -> null;
        };
    }
}
