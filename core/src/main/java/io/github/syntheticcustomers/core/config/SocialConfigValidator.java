package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code social} section: every table cites a source and a year; age bands ascend from 18 or below;
 * each table has one row (or share) per band, rows of percentages sum to 100, shares lie in 0–1; the value
 * columns are the closed sets the generator reads (marital statuses, education levels, the social determinants'
 * values with the one without a barrier first); Medicaid is held only below its income limit. Each table is
 * checked on its own, so all of a file's errors are reported together.
 */
final class SocialConfigValidator {

    private static final double ROW_TOLERANCE = 0.05;
    private static final String SHARE = "a share 0.0–1.0";

    private SocialConfigValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        SocialConfig s = required(config.social(), "social",
                "{ marital_status, partnered, first_marriage_age, children, household, education, graduation, "
                        + "income, poverty, insurance, sdoh, generic_occupations }", at);
        at.check(() -> distribution("social.marital_status", s.maritalStatus(), SocialConfig.MARITAL_VALUES, at));
        at.check(() -> shares("social.partnered", s.partnered(), true, at));
        at.check(() -> bySex("social.first_marriage_age", s.firstMarriageAge(), at));
        at.check(() -> children(s.children(), at));
        at.check(() -> household(s.household(), at));
        at.check(() -> distribution("social.education", s.education(), Occupation.EDUCATION, at));
        at.check(() -> graduation(s.graduation(), at));
        at.check(() -> income(s.income(), at));
        at.check(() -> poverty(s.poverty(), at));
        at.check(() -> insurance(s.insurance(), at));
        at.check(() -> sdoh(s.sdoh(), at));
        at.check(() -> genericOccupations(s.genericOccupations(), config.occupations(), at));
    }

    private static void cited(String base, String source, Integer year, ConfigParser.Locator at) {
        if (required(source, base + ".source", "the publication the figures are transcribed from", at).isBlank()) {
            throw at.error(base + ".source", "is blank", "''", "the publication the figures are transcribed from");
        }
        number(base + ".year", required(year, base + ".year", "the year of the figures, 1900–2100", at), 1900, 2100,
                "the year of the figures, 1900–2100", at);
    }

    private static void bands(String prop, List<Integer> bands, ConfigParser.Locator at) {
        required(bands, prop, "first ages, ascending, from 18 or below", at);
        if (bands.isEmpty() || bands.get(0) == null || bands.get(0) > 18) {
            throw at.error(prop, "does not cover adults from 18", bands.toString(),
                    "a first band starting at 18 or below");
        }
        for (int i = 1; i < bands.size(); i++) {
            Integer b = required(bands.get(i), prop + "." + i, "an age", at);
            if (b <= bands.get(i - 1) || b > ConfigValidator.MAX_AGE) {
                throw at.error(prop + "." + i, "is not above the previous band's first age", String.valueOf(b),
                        "ages ascending, up to " + ConfigValidator.MAX_AGE);
            }
        }
    }

    /** A distribution by band and sex whose values are exactly {@code expected}, in that order. */
    private static void distribution(String base, SocialConfig.AgeDistribution d, List<String> expected,
            ConfigParser.Locator at) {
        required(d, base, "{ source, year, age_bands, values, female, male }", at);
        cited(base, d.source(), d.year(), at);
        bands(base + ".age_bands", d.ageBands(), at);
        if (!expected.equals(d.values())) {
            throw at.error(base + ".values", "are not the values the generator reads",
                    String.valueOf(d.values()), String.join(", ", expected) + " (in this order)");
        }
        rows(base + ".female", d.female(), d.ageBands().size(), expected.size(), at);
        rows(base + ".male", d.male(), d.ageBands().size(), expected.size(), at);
    }

    /** {@code count} rows of {@code width} percentages each summing to 100. */
    private static void rows(String prop, List<List<Double>> rows, int count, int width, ConfigParser.Locator at) {
        required(rows, prop, count + " rows of " + width + " percentages", at);
        if (rows.size() != count) {
            throw at.error(prop, "has " + rows.size() + " rows for " + count + " bands", String.valueOf(rows.size()),
                    count + " rows of " + width + " percentages");
        }
        for (int i = 0; i < rows.size(); i++) {
            percentages(prop + "." + i, rows.get(i), width, at);
        }
    }

    private static double percentages(String prop, List<Double> row, int width, ConfigParser.Locator at) {
        required(row, prop, width + " percentages summing to 100", at);
        if (row.size() != width) {
            throw at.error(prop, "has " + row.size() + " columns for " + width + " values", row.toString(),
                    width + " percentages summing to 100");
        }
        double sum = 0;
        for (int k = 0; k < width; k++) {
            double v = required(row.get(k), prop + "." + k, "a percentage 0–100", at);
            number(prop + "." + k, v, 0, 100, "a percentage 0–100", at);
            sum += v;
        }
        if (Math.abs(sum - 100) > ROW_TOLERANCE) {
            throw at.error(prop, "sums to " + Decimals.format(Decimals.round(sum, 4)) + "%", row.toString(),
                    "percentages summing to 100");
        }
        return sum;
    }

    private static void shares(String base, SocialConfig.AgeShares s, boolean allOnly, ConfigParser.Locator at) {
        required(s, base, "{ source, year, age_bands, all | female + male }", at);
        cited(base, s.source(), s.year(), at);
        bands(base + ".age_bands", s.ageBands(), at);
        int n = s.ageBands().size();
        if (s.all() != null) {
            if (s.female() != null || s.male() != null) {
                throw at.error(base + ".all", "is given with shares by sex", s.all().toString(),
                        "either all, or female and male");
            }
            perBand(base + ".all", s.all(), n, at);
        } else if (allOnly) {
            required(s.all(), base + ".all", "one " + SHARE + " per age band", at);
        } else {
            perBand(base + ".female", required(s.female(), base + ".female", "all, or female and male", at), n, at);
            perBand(base + ".male", required(s.male(), base + ".male", "all, or female and male", at), n, at);
        }
    }

    private static void perBand(String prop, List<Double> values, int bands, ConfigParser.Locator at) {
        if (values.size() != bands) {
            throw at.error(prop, "has " + values.size() + " shares for " + bands + " age bands", values.toString(),
                    "one " + SHARE + " per age band");
        }
        for (int i = 0; i < values.size(); i++) {
            share(prop + "." + i, values.get(i), at);
        }
    }

    private static void share(String prop, Double value, ConfigParser.Locator at) {
        number(prop, required(value, prop, SHARE, at), 0, 1, SHARE, at);
    }

    private static void bySex(String base, SocialConfig.BySex b, ConfigParser.Locator at) {
        required(b, base, "{ source, year, female: { mean, sd }, male: { mean, sd } }", at);
        cited(base, b.source(), b.year(), at);
        spread(base + ".female", b.female(), at);
        spread(base + ".male", b.male(), at);
    }

    private static void spread(String base, SocialConfig.Spread s, ConfigParser.Locator at) {
        required(s, base, "{ mean, sd }", at);
        number(base + ".mean", required(s.mean(), base + ".mean", "an age 14–100", at), 14, 100, "an age 14–100", at);
        number(base + ".sd", required(s.sd(), base + ".sd", "years 0.1–30", at), 0.1, 30, "years 0.1–30", at);
    }

    private static void children(SocialConfig.Children c, ConfigParser.Locator at) {
        String base = "social.children";
        required(c, base, "{ ever_had, married_lift, first_birth_age, count, spacing_months, adult_at_home, "
                + "custodial }", at);
        shares(base + ".ever_had", c.everHad(), false, at);
        share(base + ".married_lift", c.marriedLift(), at);
        bySex(base + ".first_birth_age", c.firstBirthAge(), at);
        SocialConfig.Counts count = required(c.count(), base + ".count", "{ source, year, shares }", at);
        cited(base + ".count", count.source(), count.year(), at);
        List<Double> counts = required(count.shares(), base + ".count.shares", "percentages for 1, 2, 3, … children",
                at);
        if (counts.isEmpty()) {
            throw at.error(base + ".count.shares", "is empty", "[]", "percentages for 1, 2, 3, … children");
        }
        percentages(base + ".count.shares", counts, counts.size(), at);
        IntRange spacing = required(c.spacingMonths(), base + ".spacing_months", "{ min: <months>, max: <months> }",
                at);
        JourneyConfigValidator.range(base + ".spacing_months", spacing, 9, 240, at);
        SocialConfig.Share home = required(c.adultAtHome(), base + ".adult_at_home", "{ source, year, share }", at);
        cited(base + ".adult_at_home", home.source(), home.year(), at);
        share(base + ".adult_at_home.share", home.share(), at);
        SocialConfig.ShareBySex custodial = required(c.custodial(), base + ".custodial",
                "{ source, year, female, male }", at);
        cited(base + ".custodial", custodial.source(), custodial.year(), at);
        share(base + ".custodial.female", custodial.female(), at);
        share(base + ".custodial.male", custodial.male(), at);
    }

    private static void household(SocialConfig.Household h, ConfigParser.Locator at) {
        String base = "social.household";
        required(h, base, "{ others, second_other, reference_mean }", at);
        shares(base + ".others", h.others(), true, at);
        share(base + ".second_other", h.secondOther(), at);
        SocialConfig.Reference r = required(h.referenceMean(), base + ".reference_mean", "{ source, year, value }",
                at);
        cited(base + ".reference_mean", r.source(), r.year(), at);
        number(base + ".reference_mean.value", required(r.value(), base + ".reference_mean.value",
                "persons 1–20", at), 1, 20, "persons 1–20", at);
    }

    private static void graduation(Map<String, SocialConfig.Graduation> g, ConfigParser.Locator at) {
        String base = "social.graduation";
        required(g, base, "{ <education level>: { min, typical } } for " + String.join(", ", Occupation.EDUCATION),
                at);
        if (!new ArrayList<>(g.keySet()).equals(Occupation.EDUCATION)) {
            throw at.error(base, "does not list the education levels", String.valueOf(g.keySet()),
                    String.join(", ", Occupation.EDUCATION) + " (in this order)");
        }
        int previous = 0;
        for (String level : Occupation.EDUCATION) {
            SocialConfig.Graduation grad = required(g.get(level), base + "." + level, "{ min, typical }", at);
            int min = required(grad.min(), base + "." + level + ".min", "an age 14–60", at);
            number(base + "." + level + ".min", min, 14, 60, "an age 14–60", at);
            int typical = required(grad.typical(), base + "." + level + ".typical", "an age min–60", at);
            number(base + "." + level + ".typical", typical, min, 60, "an age " + min + "–60", at);
            if (min < previous) {
                throw at.error(base + "." + level + ".min", "is below the previous level's", String.valueOf(min),
                        "at least " + previous);
            }
            previous = min;
        }
    }

    private static void income(SocialConfig.Income i, ConfigParser.Locator at) {
        String base = "social.income";
        required(i, base, "{ source, year, median_by_education, log_sd, bracket_upper, spouse_employed }", at);
        cited(base, i.source(), i.year(), at);
        Map<String, Double> medians = required(i.medianByEducation(), base + ".median_by_education",
                "dollars by education level", at);
        for (String level : Occupation.EDUCATION) {
            number(base + ".median_by_education." + level, required(medians.get(level),
                    base + ".median_by_education." + level, "dollars 1000–10000000", at), 1000, 1e7,
                    "dollars 1000–10000000", at);
        }
        for (String level : medians.keySet()) {
            oneOf(base + ".median_by_education." + level, level, Occupation.EDUCATION, "education level", at);
        }
        number(base + ".log_sd", required(i.logSd(), base + ".log_sd", "a number 0.05–2", at), 0.05, 2,
                "a number 0.05–2", at);
        List<Double> upper = required(i.bracketUpper(), base + ".bracket_upper",
                (Occupation.INCOME.size() - 1) + " dollar bounds, ascending", at);
        if (upper.size() != Occupation.INCOME.size() - 1) {
            throw at.error(base + ".bracket_upper", "has " + upper.size() + " bounds for "
                    + Occupation.INCOME.size() + " brackets", upper.toString(),
                    "the upper bound of each of " + String.join(", ", Occupation.INCOME.subList(0,
                            Occupation.INCOME.size() - 1)) + ", ascending");
        }
        double previous = 0;
        for (int k = 0; k < upper.size(); k++) {
            double u = required(upper.get(k), base + ".bracket_upper." + k, "dollars", at);
            if (!(u > previous)) {
                throw at.error(base + ".bracket_upper." + k, "is not above the previous bound",
                        Decimals.format(u), "dollar bounds, ascending, above 0");
            }
            previous = u;
        }
        SocialConfig.Share spouse = required(i.spouseEmployed(), base + ".spouse_employed",
                "{ source, year, share }", at);
        cited(base + ".spouse_employed", spouse.source(), spouse.year(), at);
        share(base + ".spouse_employed.share", spouse.share(), at);
    }

    private static void poverty(SocialConfig.Poverty p, ConfigParser.Locator at) {
        String base = "social.poverty";
        required(p, base, "{ source, year, first_person, each_additional }", at);
        cited(base, p.source(), p.year(), at);
        number(base + ".first_person", required(p.firstPerson(), base + ".first_person", "dollars 1–1000000", at), 1,
                1e6, "dollars 1–1000000", at);
        number(base + ".each_additional", required(p.eachAdditional(), base + ".each_additional",
                "dollars 0–1000000", at), 0, 1e6, "dollars 0–1000000", at);
    }

    /** A table of its basis; returns the row count. */
    private static void table(String base, SocialConfig.Table t, ConfigParser.Locator at) {
        required(t, base, "{ source, year, basis, bands, values, shares }", at);
        cited(base, t.source(), t.year(), at);
        String basis = required(t.basis(), base + ".basis", String.join(", ", SocialConfig.BASES), at);
        oneOf(base + ".basis", basis, SocialConfig.BASES, "basis", at);
        List<String> values = required(t.values(), base + ".values", "the values, the one without a barrier first",
                at);
        if (values.size() < 2) {
            throw at.error(base + ".values", "has fewer than two values", values.toString(),
                    "the values, the one without a barrier first");
        }
        for (int k = 0; k < values.size(); k++) {
            String v = JourneyConfigValidator.identifier(base + ".values." + k, values.get(k), "a value id", at);
            if (values.indexOf(v) != k) {
                throw at.error(base + ".values." + k, "value '" + v + "' is listed twice", v, "each value once");
            }
        }
        int rows = switch (basis) {
            case "income" -> Occupation.INCOME.size();
            case "poverty" -> {
                List<Double> bands = required(t.bands(), base + ".bands", "upper income-to-poverty ratios, ascending",
                        at);
                double previous = 0;
                for (int k = 0; k < bands.size(); k++) {
                    double b = required(bands.get(k), base + ".bands." + k, "a ratio", at);
                    if (!(b > previous)) {
                        throw at.error(base + ".bands." + k, "is not above the previous band", Decimals.format(b),
                                "ratios ascending, above 0");
                    }
                    previous = b;
                }
                yield bands.size() + 1;
            }
            default -> 1;
        };
        if (!basis.equals("poverty") && t.bands() != null) {
            throw at.error(base + ".bands", "applies only to basis poverty", t.bands().toString(),
                    "no bands for basis " + basis);
        }
        rows(base + ".shares", t.shares(), rows, values.size(), at);
    }

    private static void insurance(SocialConfig.Insurance i, ConfigParser.Locator at) {
        String base = "social.insurance";
        required(i, base, "{ table, medicaid_value, medicaid_limit, medicare_age, medicare_value }", at);
        table(base + ".table", i.table(), at);
        if (!i.table().basis().equals("poverty")) {
            throw at.error(base + ".table.basis", "insurance is drawn by income-to-poverty ratio", i.table().basis(),
                    "poverty");
        }
        String medicaid = required(i.medicaidValue(), base + ".medicaid_value", "one of the table's values", at);
        oneOf(base + ".medicaid_value", medicaid, i.table().values(), "insurance value", at);
        double limit = required(i.medicaidLimit(), base + ".medicaid_limit", "a ratio 0–10", at);
        number(base + ".medicaid_limit", limit, 0, 10, "a ratio 0–10", at);
        int column = i.table().values().indexOf(medicaid);
        List<Double> bands = i.table().bands();
        for (int k = 0; k < i.table().shares().size(); k++) {
            double lower = k == 0 ? 0 : bands.get(k - 1);
            if (lower >= limit && i.table().shares().get(k).get(column) > 0) {
                throw at.error(base + ".table.shares." + k + "." + column, "gives Medicaid at a ratio of "
                        + Decimals.format(lower) + " or more, above medicaid_limit " + Decimals.format(limit),
                        Decimals.format(i.table().shares().get(k).get(column)),
                        "0: Medicaid is means-tested");
            }
        }
        number(base + ".medicare_age", required(i.medicareAge(), base + ".medicare_age", "an age 18–120", at), 18,
                ConfigValidator.MAX_AGE, "an age 18–120", at);
        JourneyConfigValidator.identifier(base + ".medicare_value", i.medicareValue(), "an insurance value id", at);
    }

    private static void sdoh(SocialConfig.Sdoh s, ConfigParser.Locator at) {
        String base = "social.sdoh";
        required(s, base, "{ barrier_scale, fields }", at);
        SocialConfig.Scale scale = required(s.barrierScale(), base + ".barrier_scale", "{ at_zero, per_unit }", at);
        double atZero = required(scale.atZero(), base + ".barrier_scale.at_zero", "a factor 0–10", at);
        number(base + ".barrier_scale.at_zero", atZero, 0, 10, "a factor 0–10", at);
        double perUnit = required(scale.perUnit(), base + ".barrier_scale.per_unit", "a factor 0–10", at);
        number(base + ".barrier_scale.per_unit", perUnit, 0, 10, "a factor 0–10", at);
        Map<String, SocialConfig.Table> fields = required(s.fields(), base + ".fields",
                "a table for each of " + String.join(", ", sdohFields()), at);
        for (String field : sdohFields()) {
            required(fields.get(field), base + ".fields." + field, "{ source, year, basis, values, shares }", at);
        }
        for (Map.Entry<String, SocialConfig.Table> e : fields.entrySet()) {
            String prop = base + ".fields." + e.getKey();
            oneOf(prop, e.getKey(), sdohFields(), "social determinant", at);
            SocialConfig.Table t = e.getValue();
            table(prop, t, at);
            String free = SocialDeterminants.NO_BARRIER.get(e.getKey());
            if (!free.equals(t.values().get(0))) {
                throw at.error(prop + ".values.0", "is not the value without a barrier", t.values().get(0), free);
            }
            for (int k = 0; k < t.shares().size(); k++) {
                List<Double> row = t.shares().get(k);
                double barriers = 100 - row.get(0);
                if (barriers * (atZero + perUnit) > 100 + ROW_TOLERANCE) {
                    throw at.error(prop + ".shares." + k, "barrier shares of " + Decimals.format(barriers)
                            + "% exceed 100% at social_barriers 1 (barrier_scale)", row.toString(),
                            "barrier shares of at most " + Decimals.format(Decimals.round(100 / (atZero + perUnit), 2))
                                    + "%");
                }
            }
        }
    }

    /** The social determinants with a table: every field but insurance. */
    static List<String> sdohFields() {
        List<String> out = new ArrayList<>(SocialDeterminants.NO_BARRIER.keySet());
        out.remove("insurance");
        return out;
    }

    private static void genericOccupations(List<String> names, Map<String, Occupation> occupations,
            ConfigParser.Locator at) {
        String prop = "social.generic_occupations";
        required(names, prop, "occupation names", at);
        if (names.isEmpty()) {
            throw at.error(prop, "is empty", "[]", "at least one occupation name");
        }
        for (int k = 0; k < names.size(); k++) {
            String n = required(names.get(k), prop + "." + k, "an occupation name", at);
            if (n.isBlank()) {
                throw at.error(prop + "." + k, "is blank", "''", "an occupation name");
            }
        }
    }
}
