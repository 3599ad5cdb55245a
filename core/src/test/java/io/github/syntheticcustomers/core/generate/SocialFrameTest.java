package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.SocialConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.quality.CoherenceRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The social frame over many customers and seeds agrees with its cited tables (configuration {@code social}):
 * marriage by age band, widowed and separated customers, ever having had a child at 40–49, the mean household, the
 * education the occupations allow, Medicaid only where income qualifies, food insecurity at high incomes, and life
 * events whose ages fit them. The figures measured are printed.
 */
class SocialFrameTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final SocialConfig SOCIAL = CONFIG.social();

    @ParameterizedTest
    @CsvSource({"42, 2000", "7, 2000", "1234, 2000", "2026, 5000"})
    void theSocialFrameFollowsItsTables(long seed, int count) {
        List<CustomerProfile> all = AllocationTest.all(new DatasetGenerator(CONFIG, seed, count));
        StringBuilder report = new StringBuilder("seed " + seed + " x " + count + ":\n");

        // married share by age band: within 8 points of the table for the same ages and sexes
        for (int[] band : new int[][] {{25, 34}, {35, 44}, {45, 54}}) {
            List<CustomerProfile> of = inAges(all, band[0], band[1]);
            double measured = share(of, c -> c.demographics().maritalStatus().equals("married"));
            double expected = of.stream().mapToDouble(c -> tableShare(c.demographics(), "married")).average()
                    .orElseThrow();
            report.append(String.format(Locale.ROOT, "  married %d-%d: %.1f %% (table %.1f %%, n %d)%n", band[0],
                    band[1], 100 * measured, 100 * expected, of.size()));
            assertTrue(Math.abs(measured - expected) <= 0.08, report.toString());
        }
        Map<String, Long> statuses = new LinkedHashMap<>();
        all.forEach(c -> statuses.merge(c.demographics().maritalStatus(), 1L, Long::sum));
        report.append("  statuses: ").append(statuses).append('\n');
        assertTrue(statuses.getOrDefault("widowed", 0L) > 0, report.toString());
        assertTrue(statuses.getOrDefault("separated", 0L) > 0, report.toString());
        assertTrue(statuses.getOrDefault("partnered", 0L) > 0, report.toString());

        // ever had a child at 40-49 (a first_child event): within 10 points of the table
        List<CustomerProfile> forties = inAges(all, 40, 49);
        double parents = share(forties, SocialFrameTest::hadChild);
        double expectedParents = forties.stream().mapToDouble(c -> SocialFrame.share(SOCIAL.children().everHad(),
                c.demographics().age(), c.demographics().gender())).average().orElseThrow();
        report.append(String.format(Locale.ROOT, "  ever had a child 40-49: %.1f %% (table %.1f %%)%n",
                100 * parents, 100 * expectedParents));
        assertTrue(Math.abs(parents - expectedParents) <= 0.10, report.toString());

        // mean household size within 0.4 of the reference figure; a one-person household has no spouse
        double household = all.stream().mapToInt(c -> c.demographics().householdSize()).average().orElseThrow();
        double target = SOCIAL.household().referenceMean().value();
        report.append(String.format(Locale.ROOT, "  mean household %.2f (target %.2f); one-person %.1f %%%n",
                household, target, 100 * share(all, c -> c.demographics().householdSize() == 1)));
        assertTrue(Math.abs(household - target) <= 0.4, report.toString());

        // bachelor's or higher, per persona; never above what the persona's occupations allow
        for (String persona : CONFIG.personaIds()) {
            List<CustomerProfile> of = all.stream().filter(c -> c.personaType().equals(persona)).toList();
            double degree = share(of, SocialFrameTest::degree);
            report.append(String.format(Locale.ROOT, "  bachelor's or higher, %s: %.1f %%%n", persona,
                    100 * degree));
        }
        double degree = share(all, SocialFrameTest::degree);
        report.append(String.format(Locale.ROOT, "  bachelor's or higher, all: %.1f %%%n", 100 * degree));
        // the table's share for the same ages and sexes; the occupations can only raise it (a persona whose
        // occupations admit no lower level), by at most 10 points over the default personas
        double tableDegree = all.stream().mapToDouble(c -> {
            double[] row = SocialFrame.row(SOCIAL.education(), c.demographics().age(), c.demographics().gender());
            return (row[2] + row[3] + row[4]) / (row[0] + row[1] + row[2] + row[3] + row[4]);
        }).average().orElseThrow();
        report.append(String.format(Locale.ROOT, "  bachelor's or higher, table for these ages: %.1f %%%n",
                100 * tableDegree));
        assertTrue(degree >= tableDegree - 0.05 && degree <= tableDegree + 0.10, report.toString());

        // insurance: no Medicaid at 100k+; food insecurity at 100k+ at most the table's figure above 185 % + 3
        List<CustomerProfile> rich = all.stream().filter(c -> c.demographics().incomeBracket().equals("100k_150k")
                || c.demographics().incomeBracket().equals("over_150k")).toList();
        assertEquals(0, rich.stream().filter(c -> c.sdoh().insurance().equals("medicaid")).count());
        double insecure = share(rich, c -> c.sdoh().foodSecurity().equals("insecure"));
        SocialConfig.Table food = SOCIAL.sdoh().fields().get("food_security");
        double top = food.shares().get(food.shares().size() - 1).get(2) / 100;
        Map<String, Long> insurance = new LinkedHashMap<>();
        all.forEach(c -> insurance.merge(c.sdoh().insurance(), 1L, Long::sum));
        report.append(String.format(Locale.ROOT, "  food insecure at 100k+: %.1f %% (table %.1f %%, n %d); "
                + "insurance %s%n", 100 * insecure, 100 * top, rich.size(), insurance));
        assertTrue(insecure <= top + 0.03, report.toString());

        // every record keeps the coherence rules (marriage, graduation, household, Medicaid among them)
        List<String> violations = new ArrayList<>();
        for (CustomerProfile c : all) {
            violations.addAll(CoherenceRule.violations(c, CONFIG));
        }
        assertEquals(List.of(), violations.subList(0, Math.min(10, violations.size())));
        System.out.print(report);
    }

    private static boolean hadChild(CustomerProfile c) {
        return c.lifeEvents().stream().map(LifeEvent::type).anyMatch("first_child"::equals);
    }

    private static boolean degree(CustomerProfile c) {
        String e = c.demographics().education();
        return e.equals("bachelors") || e.equals("masters") || e.equals("doctorate");
    }

    private static double tableShare(Demographics d, String status) {
        double[] row = SocialFrame.row(SOCIAL.maritalStatus(), d.age(), d.gender());
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        return row[SocialConfig.MARITAL_VALUES.indexOf(status)] / sum;
    }

    private static List<CustomerProfile> inAges(List<CustomerProfile> all, int from, int to) {
        return all.stream().filter(c -> c.demographics().age() >= from && c.demographics().age() <= to).toList();
    }

    private static double share(List<CustomerProfile> of, Predicate<CustomerProfile> p) {
        return of.stream().filter(p).count() / (double) of.size();
    }
}
