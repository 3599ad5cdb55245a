package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code social} section: the cited tables of the social frame (docs/social-frame.md), drawn in this order:
 * marital status by age and sex, children, household, education, occupation, income, insurance and the social
 * determinants of health. Every table names its source and year; shares are percent unless a field says otherwise.
 *
 * @param maritalStatus marital status by age band and sex (percent; values are {@link #MARITAL_VALUES})
 * @param partnered the share (0–1) of the never married who live with a partner, by age band
 * @param firstMarriageAge age at first marriage by sex (years)
 * @param children ever having had a child, first-birth age, family size, children at home
 * @param household other adults in the household, and the mean household size the frame aims at
 * @param education educational attainment by age band and sex (values are {@link Occupation#EDUCATION})
 * @param graduation the age each education level is finished at (the youngest and the usual), by level
 * @param income personal earnings by education, and the income brackets' upper bounds
 * @param poverty the poverty guideline that income-to-poverty ratios divide by
 * @param insurance health insurance by income-to-poverty ratio, Medicaid's limit and Medicare's age
 * @param sdoh the social determinants of health by income (or the social-barriers trait alone), by field name
 * @param genericOccupations the occupations of a persona that lists none
 */
public record SocialConfig(
        AgeDistribution maritalStatus,
        AgeShares partnered,
        BySex firstMarriageAge,
        Children children,
        Household household,
        AgeDistribution education,
        Map<String, Graduation> graduation,
        Income income,
        Poverty poverty,
        Insurance insurance,
        Sdoh sdoh,
        List<String> genericOccupations) {

    /** The marital statuses a table gives shares for, in its column order; {@code partnered} is derived. */
    public static final List<String> MARITAL_VALUES = List.of("single", "married", "widowed", "divorced", "separated");

    /** The status of a never married person living with a partner (a share of {@code single}). */
    public static final String PARTNERED = "partnered";

    public SocialConfig {
        graduation = Immutable.map(graduation);
        genericOccupations = Immutable.list(genericOccupations);
    }

    /**
     * The band of {@code age} among {@code ageBands} (each band's first age, ascending): the last band whose first age
     * is at most {@code age}, the first band for anyone younger.
     */
    public static int band(List<Integer> ageBands, int age) {
        int band = 0;
        for (int i = 0; i < ageBands.size(); i++) {
            if (age >= ageBands.get(i)) {
                band = i;
            }
        }
        return band;
    }

    /**
     * Shares of a closed set of values by age band and sex.
     *
     * @param source the publication the figures are transcribed from
     * @param year the year of the figures
     * @param ageBands each band's first age, ascending; the last band is open
     * @param values the values, in column order
     * @param female one row of percentages per band (summing to 100)
     * @param male one row of percentages per band (summing to 100)
     */
    public record AgeDistribution(String source, Integer year, List<Integer> ageBands, List<String> values,
            List<List<Double>> female, List<List<Double>> male) {

        public AgeDistribution {
            ageBands = Immutable.list(ageBands);
            values = Immutable.list(values);
            female = rows(female);
            male = rows(male);
        }
    }

    /**
     * One share (0–1) per age band, for both sexes or by sex.
     *
     * @param source the publication (or "assumption: ...")
     * @param year the year of the figures
     * @param ageBands each band's first age, ascending; the last band is open
     * @param all the shares for everyone, or null when given by sex
     * @param female the shares of women
     * @param male the shares of men
     */
    public record AgeShares(String source, Integer year, List<Integer> ageBands, List<Double> all,
            List<Double> female, List<Double> male) {

        public AgeShares {
            ageBands = Immutable.list(ageBands);
            all = Immutable.list(all);
            female = Immutable.list(female);
            male = Immutable.list(male);
        }
    }

    /**
     * A normal distribution of an age by sex.
     *
     * @param source the publication
     * @param year the year of the figures
     * @param female mean and spread for women
     * @param male mean and spread for men
     */
    public record BySex(String source, Integer year, Spread female, Spread male) {
    }

    /**
     * A mean and standard deviation, in years.
     *
     * @param mean the mean
     * @param sd the standard deviation
     */
    public record Spread(Double mean, Double sd) {
    }

    /**
     * A share (0–1) by sex.
     *
     * @param source the publication (or "assumption: ...")
     * @param year the year of the figures
     * @param female the share for women
     * @param male the share for men
     */
    public record ShareBySex(String source, Integer year, Double female, Double male) {
    }

    /**
     * A single share (0–1).
     *
     * @param source the publication (or "assumption: ...")
     * @param year the year of the figures
     * @param share the share
     */
    public record Share(String source, Integer year, Double share) {
    }

    /**
     * Children.
     *
     * @param everHad the share (0–1) who ever had a child, by age band and sex
     * @param marriedLift how much more often the ever married have had a child than the never married (0–1: the
     *     share of the possible difference taken; the table's share by age and sex is kept exactly)
     * @param firstBirthAge the parent's age at the first birth, by sex
     * @param count percent of parents with 1, 2, 3, … children (the last entry: that many)
     * @param spacingMonths months between births, uniform in [min, max]
     * @param adultAtHome the share of children aged 18–24 living in the parent's home
     * @param custodial the share of parents not living with a partner who live with their minor children, by sex
     */
    public record Children(AgeShares everHad, Double marriedLift, BySex firstBirthAge, Counts count,
            IntRange spacingMonths, Share adultAtHome, ShareBySex custodial) {
    }

    /**
     * A distribution of a count from 1.
     *
     * @param source the publication
     * @param year the year of the figures
     * @param shares percent for 1, 2, 3, … (sum 100)
     */
    public record Counts(String source, Integer year, List<Double> shares) {

        public Counts {
            shares = Immutable.list(shares);
        }
    }

    /**
     * Household members beyond the person, spouse or partner and children.
     *
     * @param others the share (0–1) living with other adults (a parent, relative or roommate), by age band
     * @param secondOther the share of those who live with two such adults rather than one
     * @param referenceMean the mean household size the frame aims at for the default ages (a checked figure, not
     *     an input)
     */
    public record Household(AgeShares others, Double secondOther, Reference referenceMean) {
    }

    /**
     * A published figure the generated data is compared with.
     *
     * @param source the publication
     * @param year the year of the figure
     * @param value the figure
     */
    public record Reference(String source, Integer year, Double value) {
    }

    /**
     * Personal earnings: log-normal around the median of the person's education, restricted to the brackets the
     * occupation pays.
     *
     * @param source the publication of the medians
     * @param year the year of the figures
     * @param medianByEducation median annual earnings (dollars) by education level
     * @param logSd the standard deviation of log earnings within an education level
     * @param bracketUpper the upper bound (dollars) of every income bracket but the last, lowest first
     * @param spouseEmployed the share of married people whose spouse has earnings too
     */
    public record Income(String source, Integer year, Map<String, Double> medianByEducation, Double logSd,
            List<Double> bracketUpper, Share spouseEmployed) {

        public Income {
            medianByEducation = Immutable.map(medianByEducation);
            bracketUpper = Immutable.list(bracketUpper);
        }
    }

    /**
     * The age an education level is finished at.
     *
     * @param min the youngest age
     * @param typical the usual age
     */
    public record Graduation(Integer min, Integer typical) {
    }

    /**
     * The poverty guideline for a household of {@code n}: {@code firstPerson + (n - 1) * eachAdditional}.
     *
     * @param source the publication
     * @param year the year of the guideline
     * @param firstPerson the guideline for one person (dollars)
     * @param eachAdditional what each further person adds (dollars)
     */
    public record Poverty(String source, Integer year, Double firstPerson, Double eachAdditional) {
    }

    /**
     * Shares of a closed set of values by a band of income.
     *
     * @param source the publication (or "assumption: ...")
     * @param year the year of the figures
     * @param basis {@code income} (rows per household income bracket), {@code poverty} (rows per income-to-poverty
     *     band, see {@code bands}) or {@code none} (one row, moved by the social-barriers trait alone)
     * @param bands with basis {@code poverty}: each band's upper ratio, ascending; one row more than bands
     * @param values the values, the one without a barrier first
     * @param shares one row of percentages per band (summing to 100)
     */
    public record Table(String source, Integer year, String basis, List<Double> bands, List<String> values,
            List<List<Double>> shares) {

        public Table {
            bands = Immutable.list(bands);
            values = Immutable.list(values);
            shares = rows(shares);
        }
    }

    /** The bases of a {@link Table}. */
    public static final List<String> BASES = List.of("income", "poverty", "none");

    /**
     * Health insurance below Medicare's age, by the household's income-to-poverty ratio.
     *
     * @param table the shares of each insurance value (basis {@code poverty})
     * @param medicaidValue the insurance value that is Medicaid, held only below {@code medicaidLimit}
     * @param medicaidLimit the income-to-poverty ratio below which Medicaid is open (138 % in expansion states)
     * @param medicareAge the age from which everyone holds {@code medicareValue}
     * @param medicareValue the insurance value from Medicare's age
     */
    public record Insurance(Table table, String medicaidValue, Double medicaidLimit, Integer medicareAge,
            String medicareValue) {
    }

    /**
     * The social determinants of health.
     *
     * @param barrierScale the barrier shares of a row are multiplied by {@code atZero + perUnit * social_barriers}
     * @param fields one table per field of {@code SocialDeterminants} but insurance, by configuration name
     */
    public record Sdoh(Scale barrierScale, Map<String, Table> fields) {

        public Sdoh {
            fields = Immutable.map(fields);
        }
    }

    /**
     * A linear factor of the social-barriers trait.
     *
     * @param atZero the factor at social_barriers 0
     * @param perUnit what each unit of social_barriers adds
     */
    public record Scale(Double atZero, Double perUnit) {
    }

    private static List<List<Double>> rows(List<List<Double>> rows) {
        if (rows == null) {
            return null;
        }
        return rows.stream().map(Immutable::list).toList();
    }
}
