package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.FamilyHistory;
import io.github.syntheticcustomers.core.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values first, labels from values (docs/measurement-model.md), measured over many customers and several seeds: the
 * density of every value is continuous across its cut-offs, blood pressure has isolated systolic and isolated
 * diastolic elevations with a sex and age gradient, treated values are partly at goal, BMI has its underweight and
 * severe-obesity tails, asthma may begin in childhood, and family histories name plausible relatives.
 */
class MeasurementModelTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();

    /** What the tests measure over one dataset, printed for the record. */
    record Figures(int customers, int measured, int[][] aroundCuts, int isolatedSystolic, int isolatedDiastolic,
            int isolatedDiastolicUnder40, int isolatedSystolicUnder40, double menSystolicUnder60,
            double womenSystolicUnder60, double[] systolicByBand, int treatedDiabeticsBelow, int treatedDiabeticsAbove,
            int treatedHypertensivesAtGoal, int treatedHypertensivesAbove, double underweight, double severeObesity,
            double bmiOver60, int childhoodAsthma, int asthma, int breastCancerFamily, int breastCancerFather,
            int earlyDiagnoses, CheckStatus epidemiology) {

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "customers %d, measured %d%n", customers, measured));
            for (int i = 0; i < CUTS.length; i++) {
                s.append(String.format(Locale.ROOT, "  %s %s: %d just below, %d just above (window %s)%n",
                        CUTS[i].code, CUTS[i].cut, aroundCuts[i][0], aroundCuts[i][1], CUTS[i].window));
            }
            s.append(String.format(Locale.ROOT, "  isolated systolic %d (under 40: %d), isolated diastolic %d "
                    + "(under 40: %d)%n", isolatedSystolic, isolatedSystolicUnder40, isolatedDiastolic,
                    isolatedDiastolicUnder40));
            s.append(String.format(Locale.ROOT, "  mean systolic under 60: men %.1f, women %.1f; by band %.1f %.1f "
                    + "%.1f%n", menSystolicUnder60, womenSystolicUnder60, systolicByBand[0], systolicByBand[1],
                    systolicByBand[2]));
            s.append(String.format(Locale.ROOT, "  treated diabetics: %d below 6.5, %d at or above; treated "
                    + "hypertensives: %d below 130/80, %d not%n", treatedDiabeticsBelow, treatedDiabeticsAbove,
                    treatedHypertensivesAtGoal, treatedHypertensivesAbove));
            s.append(String.format(Locale.ROOT, "  BMI under 18.5: %.2f %%, 40+: %.2f %%, 60+: %.2f %%%n",
                    100 * underweight, 100 * severeObesity, 100 * bmiOver60));
            s.append(String.format(Locale.ROOT, "  asthma %d, diagnosed in childhood %d; any childhood diagnosis %d; "
                    + "family breast cancer %d, of a father %d; epidemiology %s", asthma, childhoodAsthma,
                    earlyDiagnoses, breastCancerFamily, breastCancerFather, epidemiology));
            return s.toString();
        }
    }

    /** A cut-off and the window either side of it in which the densities are compared. */
    record Cut(String code, double cut, double window) {
    }

    static final Cut[] CUTS = {new Cut("hba1c", 5.7, 0.1), new Cut("hba1c", 6.5, 0.1),
        new Cut("systolic_bp", 130, 3), new Cut("diastolic_bp", 80, 2), new Cut("total_cholesterol", 240, 6),
        new Cut("bmi", 25, 0.5), new Cut("bmi", 30, 0.5)};

    static Figures figures(long seed, int count) {
        DatasetGenerator generator = new DatasetGenerator(CONFIG, seed, count);
        List<CustomerProfile> all = new ArrayList<>(count);
        int measured = 0;
        int[][] around = new int[CUTS.length][2];
        int isoS = 0;
        int isoD = 0;
        int isoSYoung = 0;
        int isoDYoung = 0;
        double[] sys = new double[2];
        int[] sysN = new int[2];
        double[] band = new double[3];
        int[] bandN = new int[3];
        int dmBelow = 0;
        int dmAbove = 0;
        int htGoal = 0;
        int htAbove = 0;
        int under = 0;
        int severe = 0;
        int over60 = 0;
        int asthma = 0;
        int childAsthma = 0;
        int early = 0;
        int breast = 0;
        int father = 0;
        for (long i = 0; i < count; i++) {
            CustomerProfile c = generator.customer(i);
            all.add(c);
            double bmi = c.healthProfile().lifestyle().bmi();
            under += bmi < 18.5 ? 1 : 0;
            severe += bmi >= 40 ? 1 : 0;
            over60 += bmi >= 60 ? 1 : 0;
            int born = c.demographics().dateOfBirth().getYear();
            for (Condition k : c.healthProfile().conditions()) {
                early += k.diagnosedYear() < born + 18 ? 1 : 0;
                if (k.name().equals("Asthma")) {
                    asthma++;
                    childAsthma += k.diagnosedYear() < born + 18 ? 1 : 0;
                }
            }
            for (FamilyHistory f : c.healthProfile().familyHistory()) {
                if (f.condition().equals("Breast cancer")) {
                    breast++;
                    father += f.relative().equals("father") ? 1 : 0;
                }
            }
            Observation s = c.healthProfile().measurement("systolic_bp");
            if (s == null) {
                continue;
            }
            measured++;
            for (int k = 0; k < CUTS.length; k++) {
                Cut cut = CUTS[k];
                double v = cut.code.equals("bmi") ? bmi : c.healthProfile().measurement(cut.code).value();
                if (v >= cut.cut - cut.window - 1e-9 && v < cut.cut - 1e-9) {
                    around[k][0]++;
                } else if (v >= cut.cut - 1e-9 && v < cut.cut + cut.window - 1e-9) {
                    around[k][1]++;
                }
            }
            double d = c.healthProfile().measurement("diastolic_bp").value();
            int age = c.demographics().age();
            if (s.value() >= 130 && d < 80) {
                isoS++;
                isoSYoung += age < 40 ? 1 : 0;
            }
            if (s.value() < 130 && d >= 80) {
                isoD++;
                isoDYoung += age < 40 ? 1 : 0;
            }
            if (age < 60 && !c.demographics().gender().equals("non_binary")) {
                int sex = c.demographics().gender().equals("male") ? 0 : 1;
                sys[sex] += s.value();
                sysN[sex]++;
            }
            int b = CONFIG.epidemiology().band(age);
            band[b] += s.value();
            bandN[b]++;
            double a1c = c.healthProfile().measurement("hba1c").value();
            for (Condition k : c.healthProfile().conditions()) {
                if (k.managed() && k.diagnosedYear() < s.date().getYear()) {
                    if (k.name().equals("Type 2 diabetes")) {
                        dmBelow += a1c < 6.5 ? 1 : 0;
                        dmAbove += a1c >= 6.5 ? 1 : 0;
                    }
                    if (k.name().equals("Hypertension")) {
                        htGoal += s.value() < 130 && d < 80 ? 1 : 0;
                        htAbove += s.value() >= 130 || d >= 80 ? 1 : 0;
                    }
                }
            }
        }
        CheckResult epi = new EpidemiologyCheck().run(LoadedDataset.of(all, List.of()), CONFIG);
        return new Figures(count, measured, around, isoS, isoD, isoDYoung, isoSYoung, sys[0] / sysN[0],
                sys[1] / sysN[1], new double[] {band[0] / Math.max(1, bandN[0]), band[1] / Math.max(1, bandN[1]),
                    band[2] / Math.max(1, bandN[2])}, dmBelow, dmAbove, htGoal, htAbove, (double) under / count,
                (double) severe / count, (double) over60 / count, childAsthma, asthma, breast, father, early,
                epi.status());
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void valuesAreContinuousAcrossTheirCutOffsAndLabelsFollowThem(long seed) {
        Figures f = figures(seed, 2000);
        System.out.println("seed " + seed + ": " + f);
        for (int k = 0; k < CUTS.length; k++) {
            int below = f.aroundCuts()[k][0];
            int above = f.aroundCuts()[k][1];
            double ratio = (double) below / Math.max(1, above);
            assertTrue(below >= 5 && above >= 5 && ratio >= 0.5 && ratio <= 2, CUTS[k] + ": " + below + " vs "
                    + above);
        }
        assertEquals(CheckStatus.PASS, f.epidemiology());
        // blood pressure: both isolated patterns, isolated diastolic the commoner under 40; men above women under
        // 60; rising with age
        assertTrue(f.isolatedSystolic() > 20 && f.isolatedDiastolic() > 20, f.toString());
        assertTrue(f.isolatedDiastolicUnder40() > f.isolatedSystolicUnder40(), f.toString());
        assertTrue(f.menSystolicUnder60() > f.womenSystolicUnder60() + 2, f.toString());
        assertTrue(f.systolicByBand()[1] > f.systolicByBand()[0] + 3, f.toString());
        // treated values partly at goal, partly not
        assertTrue(f.treatedDiabeticsBelow() >= 10 && f.treatedDiabeticsAbove() >= 10, f.toString());
        assertTrue(f.treatedHypertensivesAtGoal() >= 20 && f.treatedHypertensivesAbove() >= 20, f.toString());
        // BMI: an underweight tail of 1-3 %, a severe-obesity tail of about 9 %, few extreme values
        assertTrue(f.underweight() >= 0.01 && f.underweight() <= 0.03, f.toString());
        assertTrue(f.severeObesity() >= 0.06 && f.severeObesity() <= 0.13, f.toString());
        assertTrue(f.bmiOver60() <= 0.015, f.toString());
        // asthma begins in childhood for about the configured share of its diagnoses
        double childhood = (double) f.childhoodAsthma() / f.asthma();
        assertTrue(childhood > 0.3 && childhood < 0.6, f.toString());
        // a father with breast cancer only at the configured small share (1 in 101 of the weights)
        assertTrue(f.breastCancerFather() <= Math.max(5, 0.03 * f.breastCancerFamily()), f.toString());
    }

    /** Ten thousand customers: the same shapes with narrower noise (long: about 20 s). */
    @Tag("long")
    @Test
    void tenThousandCustomers() {
        Figures f = figures(2026, 10_000);
        System.out.println("seed 2026: " + f);
        for (int k = 0; k < CUTS.length; k++) {
            double ratio = (double) f.aroundCuts()[k][0] / Math.max(1, f.aroundCuts()[k][1]);
            assertTrue(ratio >= 0.5 && ratio <= 2, CUTS[k] + ": " + f);
        }
        assertEquals(CheckStatus.PASS, f.epidemiology());
        assertTrue(f.underweight() >= 0.01 && f.underweight() <= 0.03, f.toString());
        assertTrue(f.isolatedDiastolicUnder40() > f.isolatedSystolicUnder40(), f.toString());
    }

    @Test
    void relativesFollowTheConfiguredWeightsBySex() {
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 42, 3000);
        int breast = 0;
        int male = 0;
        int heartSiblings = 0;
        int heart = 0;
        for (long i = 0; i < 3000; i++) {
            for (FamilyHistory h : generator.customer(i).healthProfile().familyHistory()) {
                if (h.condition().equals("Breast cancer")) {
                    breast++;
                    male += List.of("father", "brother", "grandfather").contains(h.relative()) ? 1 : 0;
                }
                if (h.condition().equals("Heart disease")) {
                    heart++;
                    heartSiblings += List.of("brother", "sister", "sibling").contains(h.relative()) ? 1 : 0;
                }
            }
        }
        assertTrue(breast > 200 && male <= 0.04 * breast, male + " men of " + breast);
        assertTrue(heart > 300 && heartSiblings <= 0.1 * heart, heartSiblings + " siblings of " + heart);
    }

    /**
     * Every measured value is exactly its rounding to the value's decimals, so it reads back from JSON as the value the
     * generator holds (a value placed one step below a cut once came out as 5.6000000000000005).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 1234})
    void everyValueIsExactlyRounded(long seed) {
        java.util.Map<String, Integer> decimals = new java.util.HashMap<>();
        decimals.put(CONFIG.measurements().bmi().code(), CONFIG.measurements().bmi().decimals());
        CONFIG.measurements().values().forEach(v -> decimals.put(v.code(), v.decimals()));
        DatasetGenerator generator = new DatasetGenerator(CONFIG, seed, 2000);
        for (long i = 0; i < 2000; i++) {
            CustomerProfile c = generator.customer(i);
            for (Observation o : c.healthProfile().measurements()) {
                int places = decimals.getOrDefault(o.code(), 1);
                assertEquals(io.github.syntheticcustomers.core.internal.Decimals.round(o.value(), places), o.value(),
                        0.0, () -> c.id() + " " + o);
                assertEquals(Double.toString(o.value()), Double.toString(Double.parseDouble(
                        java.math.BigDecimal.valueOf(o.value()).setScale(places, java.math.RoundingMode.HALF_UP)
                                .toPlainString())), () -> c.id() + " " + o);
            }
        }
    }
}
