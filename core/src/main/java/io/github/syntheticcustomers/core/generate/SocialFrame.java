package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Occupation;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.SocialConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.NormalQuantile;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The social frame of one customer from the cited tables of {@code social} (docs/social-frame.md), drawn in this
 * order, each stage from the facts before it: marital status by age and sex (and the dated marriage, divorce,
 * separation or widowhood it implies); children by age, sex and marital status (their birth dates); the household
 * (a spouse or partner, the children still at home, other adults); education by age and sex; the occupation among
 * the persona's that admit that education and age; personal earnings by education within the occupation's
 * brackets; insurance by the household's income-to-poverty ratio and age; the social determinants by income and
 * the social-barriers trait. Each stage draws from its own {@link Rng} stream.
 */
final class SocialFrame {

    private static final double DAYS_PER_YEAR = 365.2425;
    private static final double DAYS_PER_MONTH = 30.436875;
    private static final String MARRIED = "married";
    private static final String SINGLE = "single";
    private static final String WIDOWED = "widowed";
    private static final String DIVORCED = "divorced";
    private static final String SEPARATED = "separated";

    private final GeneratorConfig config;
    private final SocialConfig social;
    private final long seed;
    private final LocalDate reference;

    SocialFrame(GeneratorConfig config, long seed) {
        this.config = config;
        this.social = config.social();
        this.seed = seed;
        this.reference = config.referenceDate();
    }

    /**
     * One customer's frame.
     *
     * @param maritalStatus one of {@link SocialConfig#MARITAL_VALUES} or {@code partnered}
     * @param married the day of the (first) marriage, or null
     * @param ended the day the marriage ended (divorce, separation or the spouse's death), or null
     * @param births the children's birth dates, oldest first
     * @param childrenAtHome how many of them live in the customer's household
     * @param householdSize persons in the household, the customer included
     * @param education the highest level finished
     * @param graduated the day it was finished
     * @param occupation the occupation
     * @param incomeBracket the personal income bracket
     * @param povertyRatio the household's income over the poverty guideline for its size
     * @param sdoh the social determinants, insurance included
     */
    record Frame(String maritalStatus, LocalDate married, LocalDate ended, List<LocalDate> births,
            int childrenAtHome, int householdSize, String education, LocalDate graduated, String occupation,
            String incomeBracket, double povertyRatio, SocialDeterminants sdoh) {

        Frame {
            births = List.copyOf(births);
        }
    }

    Frame draw(long index, PersonaConfig persona, Traits traits, String gender, int age, LocalDate dob) {
        // marital status, and the dated events it implies
        Rng rng = Rng.of(seed, index, "marital");
        LocalDate lastDay = reference.minusDays(1);
        String status = SocialConfig.MARITAL_VALUES.get(rng.weightedIndex(row(social.maritalStatus(), age, gender)));
        LocalDate adult = ProfileGenerator.birthday(dob, 18);
        if (!status.equals(SINGLE) && ChronoUnit.DAYS.between(adult, lastDay) < 2) {
            status = SINGLE; // turned 18 in the last days: no time for a marriage and its end
        }
        boolean everMarried = !status.equals(SINGLE);
        if (status.equals(SINGLE) && rng.chance(share(social.partnered(), age, gender))) {
            status = SocialConfig.PARTNERED;
        }
        LocalDate married = null;
        LocalDate ended = null;
        if (everMarried) {
            married = dayAtAge(dob, truncatedNormal(spread(social.firstMarriageAge(), gender), 18,
                    years(dob, lastDay.minusDays(1)), rng), adult, lastDay.minusDays(1));
            long span = ChronoUnit.DAYS.between(married, reference);
            if (status.equals(SEPARATED)) {
                // a separation is a recent state: within the last three years of the marriage
                long recent = Math.min(span - 1, 3 * 365);
                ended = reference.minusDays(1 + rng.nextInt((int) recent));
            } else if (status.equals(DIVORCED) || status.equals(WIDOWED)) {
                ended = married.plusDays(1 + rng.nextInt((int) span - 1));
            }
        }

        // children
        rng = Rng.of(seed, index, "children");
        double[] maritalRow = row(social.maritalStatus(), age, gender);
        double total = sum(maritalRow);
        double m = total <= 0 ? 0 : 1 - maritalRow[0] / total;
        double p = share(social.children().everHad(), age, gender);
        double delta = m <= 0 || m >= 1 ? 0
                : social.children().marriedLift() * Math.min(1 - p, p * (1 - m) / m);
        double pChild = everMarried ? p + delta : p - delta * m / (1 - m);
        List<LocalDate> births = new ArrayList<>();
        if (rng.chance(pChild) && ChronoUnit.DAYS.between(adult, lastDay) >= 1) {
            LocalDate first = dayAtAge(dob, truncatedNormal(spread(social.children().firstBirthAge(), gender), 18,
                    years(dob, lastDay), rng), adult, lastDay);
            births.add(first);
            List<Double> counts = social.children().count().shares();
            int wanted = 1 + rng.weightedIndex(counts.stream().mapToDouble(Double::doubleValue).toArray());
            LocalDate previous = first;
            int lo = social.children().spacingMonths().min();
            int hi = social.children().spacingMonths().max();
            for (int k = 1; k < wanted; k++) {
                int months = lo + rng.nextInt(hi - lo + 1);
                LocalDate next = previous.plusDays(Math.round(months * DAYS_PER_MONTH));
                if (!next.isBefore(reference)) {
                    break; // the family is not complete yet on the reference date
                }
                births.add(next);
                previous = next;
            }
        }
        boolean withPartner = status.equals(MARRIED) || status.equals(SocialConfig.PARTNERED);
        boolean custody = withPartner || status.equals(WIDOWED) || rng.chance(bySex(social.children().custodial(),
                gender));
        int atHome = 0;
        for (LocalDate birth : births) {
            int childAge = Period.between(birth, reference).getYears();
            if (custody && (childAge < 18 || childAge <= 24 && rng.chance(social.children().adultAtHome().share()))) {
                atHome++;
            }
        }

        // the household: the customer, a spouse or partner, the children at home, other adults
        rng = Rng.of(seed, index, "household");
        int others = rng.chance(share(social.household().others(), age, gender))
                ? 1 + (rng.chance(social.household().secondOther()) ? 1 : 0) : 0;
        int household = 1 + (withPartner ? 1 : 0) + atHome + others;

        // education, then the occupation that admits it
        rng = Rng.of(seed, index, "education");
        int level = rng.weightedIndex(row(social.education(), age, gender));
        // the age on the last day before the reference date, the latest a degree can be dated
        int lastAge = Period.between(dob, lastDay).getYears();
        while (level > 0 && graduation(level).min() > lastAge) {
            level--; // too young to have finished it: the level below
        }
        List<String> occupations = persona.occupations() == null ? social.genericOccupations()
                : persona.occupations();
        List<String> open = occupations.stream().filter(o -> fitsAge(o, age)).toList();
        if (open.isEmpty()) {
            open = occupations;
        }
        int chosenLevel = admittedLevel(open, level, lastAge);
        String education = Occupation.EDUCATION.get(chosenLevel);
        List<String> admitting = open.stream().filter(o -> admits(o, education)).toList();
        String occupation = rng.pick(admitting.isEmpty() ? open : admitting);
        LocalDate graduated = graduationDay(dob, age, graduation(chosenLevel), rng);

        // earnings and the household's income-to-poverty ratio
        rng = Rng.of(seed, index, "income");
        double mu = Math.log(social.income().medianByEducation().get(education));
        double sigma = social.income().logSd();
        Occupation requirements = config.occupations() == null ? null : config.occupations().get(occupation);
        double earnings = earnings(mu, sigma, requirements == null ? Occupation.INCOME : requirements.income(), rng);
        String bracket = Occupation.INCOME.get(bracketOf(earnings));
        double householdIncome = earnings;
        if (status.equals(MARRIED) && rng.chance(social.income().spouseEmployed().share())) {
            householdIncome += Math.exp(mu + sigma * rng.gaussian(0, 1));
        }
        int taxHousehold = 1 + (status.equals(MARRIED) ? 1 : 0) + atHome;
        double ratio = householdIncome / (social.poverty().firstPerson()
                + (taxHousehold - 1) * social.poverty().eachAdditional());

        // insurance by income-to-poverty ratio and age; the social determinants by income and the trait
        rng = Rng.of(seed, index, "insurance");
        SocialConfig.Insurance ins = social.insurance();
        String insurance;
        if (age >= ins.medicareAge()) {
            insurance = ins.medicareValue();
        } else {
            double[] w = row(ins.table(), bracketOf(householdIncome), ratio);
            if (ratio >= ins.medicaidLimit()) {
                w[ins.table().values().indexOf(ins.medicaidValue())] = 0; // means-tested
            }
            insurance = ins.table().values().get(rng.weightedIndex(w));
        }
        rng = Rng.of(seed, index, "sdoh");
        double factor = social.sdoh().barrierScale().atZero()
                + social.sdoh().barrierScale().perUnit() * traits.socialBarriers();
        List<String> values = new ArrayList<>();
        for (String field : SocialDeterminants.NO_BARRIER.keySet()) {
            if (field.equals("insurance")) {
                continue;
            }
            SocialConfig.Table t = social.sdoh().fields().get(field);
            double[] w = row(t, bracketOf(householdIncome), ratio);
            double barriers = 0;
            for (int k = 1; k < w.length; k++) {
                w[k] *= factor;
                barriers += w[k];
            }
            w[0] = Math.max(0, 100 - barriers);
            values.add(t.values().get(rng.weightedIndex(w)));
        }
        SocialDeterminants sdoh = new SocialDeterminants(values.get(0), values.get(1), values.get(2), values.get(3),
                values.get(4), values.get(5), insurance);
        return new Frame(status, married, ended, births, atHome, household, education, graduated, occupation,
                bracket, ratio, sdoh);
    }

    /**
     * The level the occupation is chosen with: the drawn one when an open occupation admits it, else the closest
     * level an open occupation admits and the customer is old enough to have finished (the lower on a tie).
     */
    private int admittedLevel(List<String> open, int drawn, int age) {
        if (open.stream().anyMatch(o -> admits(o, Occupation.EDUCATION.get(drawn)))) {
            return drawn;
        }
        int best = -1;
        for (boolean ageMatters : new boolean[] {true, false}) {
            for (int l = 0; l < Occupation.EDUCATION.size(); l++) {
                String level = Occupation.EDUCATION.get(l);
                boolean admitted = open.stream().anyMatch(o -> admits(o, level));
                if (admitted && (!ageMatters || graduation(l).min() <= age)
                        && (best < 0 || Math.abs(l - drawn) < Math.abs(best - drawn))) {
                    best = l;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return drawn;
    }

    private boolean fitsAge(String occupation, int age) {
        Occupation o = config.occupations() == null ? null : config.occupations().get(occupation);
        return o == null || age >= o.minAge();
    }

    private boolean admits(String occupation, String education) {
        Occupation o = config.occupations() == null ? null : config.occupations().get(occupation);
        return o == null || o.education().contains(education);
    }

    private SocialConfig.Graduation graduation(int level) {
        return social.graduation().get(Occupation.EDUCATION.get(level));
    }

    /**
     * The day a level was finished: at the usual age plus a delay (the whole years of a half-normal of sd 1.5), or,
     * when that lies beyond today's age, at an age uniform from the youngest to today's; a day of that year of life
     * before the reference date.
     */
    private LocalDate graduationDay(LocalDate dob, int age, SocialConfig.Graduation g, Rng rng) {
        LocalDate last = reference.minusDays(1);
        int oldest = ProfileGenerator.birthday(dob, age).isAfter(last) ? age - 1 : age;
        int lo = Math.min(g.min(), oldest);
        int at = g.typical() + (int) Math.abs(rng.gaussian(0, 1.5));
        if (at > oldest) {
            at = lo + rng.nextInt(oldest - lo + 1);
        }
        LocalDate from = ProfileGenerator.birthday(dob, at);
        LocalDate to = ProfileGenerator.birthday(dob, at + 1).minusDays(1);
        to = to.isAfter(last) ? last : to;
        return from.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /**
     * Personal earnings, log-normal (mu, sigma) restricted to the {@code allowed} brackets: a bracket with its
     * probability under the log-normal, then a value within it by the inverse distribution function.
     */
    private double earnings(double mu, double sigma, List<String> allowed, Rng rng) {
        List<Double> upper = social.income().bracketUpper();
        double[] lo = new double[Occupation.INCOME.size()];
        double[] hi = new double[lo.length];
        double[] mass = new double[lo.length];
        double sum = 0;
        for (int k = 0; k < lo.length; k++) {
            lo[k] = k == 0 ? 0 : cdf((Math.log(upper.get(k - 1)) - mu) / sigma);
            hi[k] = k == lo.length - 1 ? 1 : cdf((Math.log(upper.get(k)) - mu) / sigma);
            mass[k] = allowed.contains(Occupation.INCOME.get(k)) ? hi[k] - lo[k] : 0;
            sum += mass[k];
        }
        if (!(sum > 1e-12)) {
            for (int k = 0; k < lo.length; k++) {
                mass[k] = allowed.contains(Occupation.INCOME.get(k)) ? 1 : 0;
            }
        }
        int k = rng.weightedIndex(mass);
        double bottom = k == 0 ? 0 : upper.get(k - 1);
        double top = k == lo.length - 1 ? Double.POSITIVE_INFINITY : upper.get(k);
        double value = Math.exp(mu + sigma * NormalQuantile.of(lo[k] + rng.nextDouble() * (hi[k] - lo[k])));
        // far in a tail the inverse function may land a rounding step outside its bracket: keep it inside
        if (!(value >= bottom && value < top)) {
            value = Double.isInfinite(top) ? bottom * 1.2 : (bottom + top) / 2;
        }
        return value;
    }

    private int bracketOf(double income) {
        List<Double> upper = social.income().bracketUpper();
        int k = 0;
        while (k < upper.size() && income >= upper.get(k)) {
            k++;
        }
        return k;
    }

    /** The weights of a table's row for a household income bracket or income-to-poverty ratio. */
    private static double[] row(SocialConfig.Table t, int incomeBracket, double ratio) {
        int r = switch (t.basis()) {
            case "income" -> incomeBracket;
            case "poverty" -> {
                int k = 0;
                while (k < t.bands().size() && ratio >= t.bands().get(k)) {
                    k++;
                }
                yield k;
            }
            default -> 0;
        };
        return t.shares().get(r).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The row of an age and sex (a non-binary customer's: the mean of both sexes' rows). */
    static double[] row(SocialConfig.AgeDistribution d, int age, String gender) {
        int band = SocialConfig.band(d.ageBands(), age);
        double[] f = d.female().get(band).stream().mapToDouble(Double::doubleValue).toArray();
        double[] m = d.male().get(band).stream().mapToDouble(Double::doubleValue).toArray();
        return switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> f;
            case EpidemiologyConfig.GENDER_MALE -> m;
            default -> {
                double[] mean = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    mean[i] = (f[i] + m[i]) / 2;
                }
                yield mean;
            }
        };
    }

    /** The share of an age and sex. */
    static double share(SocialConfig.AgeShares s, int age, String gender) {
        int band = SocialConfig.band(s.ageBands(), age);
        if (s.all() != null) {
            return s.all().get(band);
        }
        return switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> s.female().get(band);
            case EpidemiologyConfig.GENDER_MALE -> s.male().get(band);
            default -> (s.female().get(band) + s.male().get(band)) / 2;
        };
    }

    private static double bySex(SocialConfig.ShareBySex s, String gender) {
        return switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> s.female();
            case EpidemiologyConfig.GENDER_MALE -> s.male();
            default -> (s.female() + s.male()) / 2;
        };
    }

    private static SocialConfig.Spread spread(SocialConfig.BySex b, String gender) {
        return switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> b.female();
            case EpidemiologyConfig.GENDER_MALE -> b.male();
            default -> new SocialConfig.Spread((b.female().mean() + b.male().mean()) / 2,
                    (b.female().sd() + b.male().sd()) / 2);
        };
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }

    /** Exact age in years (fractional) on {@code date}. */
    private static double years(LocalDate dob, LocalDate date) {
        return ChronoUnit.DAYS.between(dob, date) / DAYS_PER_YEAR;
    }

    /** The day at fractional age {@code years}, kept within [from, to]. */
    private static LocalDate dayAtAge(LocalDate dob, double years, LocalDate from, LocalDate to) {
        LocalDate day = dob.plusDays(Math.round(years * DAYS_PER_YEAR));
        return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }

    /**
     * A normal draw restricted to [lo, hi] by the inverse distribution function (no rejection loop): a uniform
     * draw between Φ of both bounds, mapped back.
     */
    private static double truncatedNormal(SocialConfig.Spread s, double lo, double hi, Rng rng) {
        double a = cdf((lo - s.mean()) / s.sd());
        double b = cdf((Math.max(lo, hi) - s.mean()) / s.sd());
        double x = s.mean() + s.sd() * NormalQuantile.of(a + rng.nextDouble() * (b - a));
        return Math.max(lo, Math.min(Math.max(lo, hi), x));
    }

    /**
     * The standard normal distribution function Φ(z) from the complementary error function by its Chebyshev
     * approximation (Press et al., Numerical Recipes, erfcc: fractional error below 1.2e-7), with
     * {@link StrictMath} so every JVM gives the same bits.
     */
    static double cdf(double z) {
        double x = -z / StrictMath.sqrt(2);
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double erfc = t * StrictMath.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
                + t * 0.17087277)))))))));
        double erfcX = x >= 0 ? erfc : 2 - erfc;
        return 0.5 * erfcX;
    }
}
