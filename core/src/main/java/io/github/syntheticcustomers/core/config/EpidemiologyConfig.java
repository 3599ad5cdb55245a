package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code epidemiology} section: the population reference table the health profile is drawn from and the
 * {@code epidemiology} quality check compares against. Each rate gives, per age band, the share of adults with a
 * condition or risk factor, by sex ({@code female} and {@code male}) or for both ({@code all}), and cites its
 * source. A risk factor names its rate with {@code reference}; its probability for one customer is then
 * {@code min(max_probability, rate(age band, sex) × propensity(traits) × link(traits))}, the persona's configured,
 * trait-driven departure from the population.
 *
 * @param ageBands the first age of each band, ascending, the first at most 18; the last band is open-ended
 * @param tolerance how far, in rate points (0–1), a band's observed rate may lie from its expected rate before
 *     the {@code epidemiology} check fails, on top of three binomial standard errors
 * @param minBandRecords bands with fewer customers are reported but not judged
 * @param rates the reference rates by id, in table order
 */
public record EpidemiologyConfig(List<Integer> ageBands, Double tolerance, Integer minBandRecords,
        Map<String, Rate> rates) {

    /** The profile gender whose rates are {@code female}. */
    public static final String GENDER_FEMALE = "female";
    /** The profile gender whose rates are {@code male}. */
    public static final String GENDER_MALE = "male";

    public EpidemiologyConfig {
        ageBands = Immutable.list(ageBands);
        rates = Immutable.map(rates);
    }

    /** The index of the age band {@code age} falls in (ages below the first band count in it). */
    public int band(int age) {
        int band = 0;
        for (int i = 1; i < ageBands.size(); i++) {
            if (age >= ageBands.get(i)) {
                band = i;
            }
        }
        return band;
    }

    /** A band's label: {@code 18-39}, or {@code 60+} for the last. */
    public String bandLabel(int band) {
        return band == ageBands.size() - 1 ? ageBands.get(band) + "+"
                : ageBands.get(band) + "-" + (ageBands.get(band + 1) - 1);
    }

    /**
     * One row group of the reference table.
     *
     * @param label what is counted, for the report
     * @param source the survey, table and years the figures come from
     * @param definition how the survey defines a case, and how a profile shows one
     * @param all the rate per age band for both sexes, or null when given by sex
     * @param female the rate per age band for women (with {@code male}), or null
     * @param male the rate per age band for men (with {@code female}), or null
     * @param diagnosed the share of cases that are diagnosed, per age band; the others are present but undiagnosed
     *     (only for conditions a measurement reveals); null: all diagnosed
     */
    public record Rate(String label, String source, String definition, List<Double> all, List<Double> female,
            List<Double> male, List<Double> diagnosed) {

        public Rate {
            all = Immutable.list(all);
            female = Immutable.list(female);
            male = Immutable.list(male);
            diagnosed = Immutable.list(diagnosed);
        }

        /**
         * The rate for one band and gender: the {@code all} rate, else the {@code female} or {@code male} one, and
         * their mean for any other gender.
         */
        public double of(int band, String gender) {
            if (all != null) {
                return all.get(band);
            }
            return switch (gender) {
                case GENDER_FEMALE -> female.get(band);
                case GENDER_MALE -> male.get(band);
                default -> (female.get(band) + male.get(band)) / 2;
            };
        }

        /** The diagnosed share of cases in one band: 1 without {@code diagnosed}. */
        public double diagnosedShare(int band) {
            return diagnosed == null ? 1.0 : diagnosed.get(band);
        }
    }
}
