package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.internal.NormalCdf;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.timeline.Diagnosis;
import io.github.syntheticcustomers.core.timeline.ScreeningProgrammes;
import io.github.syntheticcustomers.core.timeline.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Values first, labels from values (docs/measurement-model.md): every measured value of a customer is continuous,
 * placed by the same standard normal liability {@code L} that decided the risk factors its cut-offs name
 * ({@link RiskDraw}), so a factor is present exactly when its value is at or above its cut-off, and the population
 * density is a smooth mixture across every cut-off. On the value's g scale ({@link ValueScale}):
 * <ul>
 * <li>one cut {@code c}: {@code g = g(c') + σ·(L − t)}, {@code t} the bottom of the factor's liability band and
 *     {@code σ} the population spread of the customer's age band and sex ({@code c'}: the cut less half a rounding
 *     step, so the rounded value is at least {@code c} exactly when the factor is present);</li>
 * <li>two cuts (the ordered members of one group, HbA1c, BMI): the line through both anchors
 *     {@code (t₁, g(c₁'))} and {@code (t₂, g(c₂'))};</li>
 * <li>a factor cut on two values (blood pressure): the correlated pair of {@link JointCut};</li>
 * <li>no cut: the population distribution.</li>
 * </ul>
 * Across panels a value keeps its place: its liability moves backwards in time by normal steps of
 * {@code panel_drift}, truncated (by the inverse CDF) to what the panel must show: the factor's band from the panel
 * of its diagnosis on (an undiagnosed condition in the latest panel only), below it before. A diagnosed, managed
 * condition measures lower on the panels after its diagnosis by the customer's treatment effect. Immutable and
 * thread-safe.
 */
final class MeasurementModel {

    private static final int FEMALE = 0;
    private static final int MALE = 1;
    private static final int OTHER = 2;
    /** Liability thresholds used in the value map are clamped here (probability 0 or 1 has an infinite one). */
    private static final double T_MAX = 8.3;

    private final MeasurementsConfig config;
    private final double drift;
    private final ValueScale bmiScale;
    private final List<ValueScale> scales;
    /** Per value: the index of the value it forms a joint cut with, or -1. */
    private final int[] partner;
    /** Per value that leads a pair: the joint cut by [band][gender cell]. */
    private final JointCut[][][] joints;

    MeasurementModel(GeneratorConfig generator) {
        this.config = generator.measurements();
        this.drift = config.panelDrift();
        this.bmiScale = new ValueScale(config.bmi());
        List<MeasurementsConfig.Value> values = config.values();
        List<ValueScale> list = new ArrayList<>(values.size());
        for (MeasurementsConfig.Value v : values) {
            list.add(new ValueScale(v));
        }
        this.scales = List.copyOf(list);
        this.partner = new int[values.size()];
        this.joints = new JointCut[values.size()][][];
        int bands = generator.epidemiology().ageBands().size();
        for (int i = 0; i < values.size(); i++) {
            partner[i] = -1;
        }
        for (int i = 0; i < values.size(); i++) {
            MeasurementsConfig.Value v = values.get(i);
            if (v.cuts().size() != 1) {
                continue;
            }
            for (int j = i + 1; j < values.size(); j++) {
                MeasurementsConfig.Value w = values.get(j);
                if (w.cuts().size() == 1 && w.cuts().get(0).factor().equals(v.cuts().get(0).factor())) {
                    partner[i] = j;
                    partner[j] = i;
                    double r = v.correlation() != null ? v.correlation().r() : w.correlation().r();
                    joints[i] = new JointCut[bands][3];
                    for (int band = 0; band < bands; band++) {
                        for (int cell = 0; cell < 3; cell++) {
                            double[] n1 = population(v, scales.get(i), band, cell);
                            double[] n2 = population(w, scales.get(j), band, cell);
                            double a = (scales.get(i).cutBoundary(v.cuts().get(0).at()) - n1[0]) / n1[1];
                            double b = (scales.get(j).cutBoundary(w.cuts().get(0).at()) - n2[0]) / n2[1];
                            joints[i][band][cell] = new JointCut(a, b, r);
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether value {@code v} is measured at {@code visit}: a kept visit that screens the programme recording the
     * value ({@code timeline.screening.programmes[].measures}).
     */
    static boolean measuredAt(MeasurementsConfig.Value v, Visit visit, ScreeningProgrammes programmes) {
        return visit.attended() && visit.measures(v.code(), programmes);
    }

    /** The kept visits that measure {@code v}, oldest first. */
    private static List<Visit> measuring(MeasurementsConfig.Value v, List<Visit> kept, ScreeningProgrammes programmes) {
        List<Visit> out = new ArrayList<>(kept.size());
        for (Visit visit : kept) {
            if (measuredAt(v, visit, programmes)) {
                out.add(visit);
            }
        }
        return out;
    }

    private static int cell(String gender) {
        return switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> FEMALE;
            case EpidemiologyConfig.GENDER_MALE -> MALE;
            default -> OTHER;
        };
    }

    /** The population mean and spread on the g scale, {@code {mean, sd}}, of a band and gender cell. */
    private static double[] population(MeasurementsConfig.Value v, ValueScale scale, int band, int cell) {
        MeasurementsConfig.Normal f = v.population().female().get(band);
        MeasurementsConfig.Normal m = v.population().male().get(band);
        double mean = cell == FEMALE ? f.mean() : cell == MALE ? m.mean() : (f.mean() + m.mean()) / 2;
        double sd = cell == FEMALE ? f.sd() : cell == MALE ? m.sd() : (f.sd() + m.sd()) / 2;
        return new double[] {scale.g(mean), sd * scale.slope(mean)};
    }

    /**
     * The lifestyle BMI (one decimal), placed by the weight group's liability, or NaN when a present factor sets a
     * BMI range the BMI's cuts do not name (the factor's range then decides).
     */
    double bmi(RiskDraw draw, int band, String gender, Rng rng) {
        return bmi(draw, band, gender, rng, java.util.Map.of());
    }

    /**
     * The lifestyle BMI of a customer whose latest BMI is conditioned on {@code ranges} (by code, {@code
     * where.measurements}): with cuts the liability was placed already ({@link MeasurementConditions}); without, the
     * fresh normal's uniform is mapped into the range's interval.
     */
    double bmi(RiskDraw draw, int band, String gender, Rng rng,
            java.util.Map<String, io.github.syntheticcustomers.core.config.CohortConfig.ValueRange> ranges) {
        MeasurementsConfig.Value v = config.bmi();
        for (RiskFactor f : draw.present()) {
            if (f.lifestyle() != null && "bmi".equals(f.lifestyle().field()) && cutIndex(v, f.id()) < 0) {
                return Double.NaN;
            }
        }
        Cuts cuts = Cuts.of(v, bmiScale, draw, population(v, bmiScale, band, cell(gender)));
        double l = cuts.factors.length == 0 ? rng.gaussian(0, 1) : draw.liability(cuts.factors[0]);
        if (cuts.factors.length == 0 && ranges.containsKey(v.code())) {
            l = inRange(cuts, bmiScale, l, ranges.get(v.code()));
        }
        return cuts.value(l, bmiScale);
    }

    private static int cutIndex(MeasurementsConfig.Value v, String factor) {
        for (int i = 0; i < v.cuts().size(); i++) {
            if (v.cuts().get(i).factor().equals(factor)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One panel per kept visit, oldest first: height by sex and weight from the BMI (the same at every visit of an
     * adult), the BMI, and every configured value measured at the visit ({@link #measuredAt}). A value's series runs
     * over the visits that measure it, so its latest measurement is the one that shows an undiagnosed condition; the
     * two values of a correlated pair run over the visits measuring the first, the second written where it is
     * measured too.
     */
    List<Observation> panels(RiskDraw draw, List<Diagnosis> diagnoses, List<Visit> visits, int band, String gender,
            double bmi, ScreeningProgrammes programmes, Rng rng) {
        return panels(draw, diagnoses, visits, band, gender, bmi, programmes, rng, java.util.Map.of());
    }

    /**
     * The panels of a customer whose latest values are conditioned on {@code ranges} (by code; empty for none): the
     * latest measurement of a ranged value lies in its range by construction ({@link MeasurementConditions}).
     */
    List<Observation> panels(RiskDraw draw, List<Diagnosis> diagnoses, List<Visit> visits, int band, String gender,
            double bmi, ScreeningProgrammes programmes, Rng rng,
            java.util.Map<String, io.github.syntheticcustomers.core.config.CohortConfig.ValueRange> ranges) {
        List<Visit> kept = visits.stream().filter(Visit::attended).toList();
        if (kept.isEmpty()) {
            return List.of();
        }
        MeasurementsConfig.Normal h = switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> config.height().female();
            case EpidemiologyConfig.GENDER_MALE -> config.height().male();
            default -> new MeasurementsConfig.Normal((config.height().female().mean() + config.height().male().mean())
                    / 2, (config.height().female().sd() + config.height().male().sd()) / 2);
        };
        double heightCm = io.github.syntheticcustomers.core.internal.Decimals.round(
                rng.gaussian(h.mean(), h.sd(), h.mean() - 3 * h.sd(), h.mean() + 3 * h.sd()), 1);
        double metres = heightCm / 100;
        double weightKg = io.github.syntheticcustomers.core.internal.Decimals.round(bmi * metres * metres, 1);
        List<MeasurementsConfig.Value> values = config.values();
        int panels = kept.size();
        // value[i][k]: value i at kept visit k, NaN where it is not measured
        double[][] value = new double[values.size()][];
        int cell = cell(gender);
        for (int i = 0; i < values.size(); i++) {
            if (value[i] != null) {
                continue;
            }
            List<Visit> at = measuring(values.get(i), kept, programmes);
            if (partner[i] >= 0) {
                double[][] pair = at.isEmpty() ? new double[2][0]
                        : jointSeries(i, partner[i], draw, diagnoses, at, band, cell, rng,
                                ranges.get(values.get(i).code()), ranges.get(values.get(partner[i]).code()));
                value[i] = spread(pair[0], at, kept);
                value[partner[i]] = spread(pair[1], at, kept);
                for (int k = 0; k < panels; k++) {
                    if (!measuredAt(values.get(partner[i]), kept.get(k), programmes)) {
                        value[partner[i]][k] = Double.NaN;
                    }
                }
            } else {
                value[i] = spread(at.isEmpty() ? new double[0]
                        : series(values.get(i), scales.get(i), draw, diagnoses, at, band, cell, rng,
                                ranges.get(values.get(i).code())), at, kept);
            }
        }
        List<Observation> out = new ArrayList<>(panels * (3 + values.size()));
        for (int k = 0; k < panels; k++) {
            LocalDate date = kept.get(k).date();
            out.add(new Observation(config.height().code(), heightCm, config.height().unit(), date));
            out.add(new Observation(config.weight().code(), weightKg, config.weight().unit(), date));
            out.add(new Observation(config.bmi().code(), bmi, config.bmi().unit(), date));
            for (int i = 0; i < values.size(); i++) {
                if (!Double.isNaN(value[i][k])) {
                    MeasurementsConfig.Value v = values.get(i);
                    out.add(new Observation(v.code(), value[i][k], v.unit(), date));
                }
            }
        }
        return out;
    }

    /** A series over {@code at} (a sub-list of {@code kept}) laid out over {@code kept}: NaN at the visits between. */
    private static double[] spread(double[] series, List<Visit> at, List<Visit> kept) {
        double[] out = new double[kept.size()];
        int j = 0;
        for (int k = 0; k < kept.size(); k++) {
            out[k] = j < at.size() && at.get(j) == kept.get(k) ? series[j++] : Double.NaN;
        }
        return out;
    }

    /** One value's series over the kept visits (rounded), univariate: no cut, one cut, or a group's two cuts. */
    private double[] series(MeasurementsConfig.Value v, ValueScale scale, RiskDraw draw, List<Diagnosis> diagnoses,
            List<Visit> kept, int band, int cell, Rng rng,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range) {
        Cuts cuts = Cuts.of(v, scale, draw, population(v, scale, band, cell));
        double fresh = rng.gaussian(0, 1);
        if (range != null && cuts.factors.length == 0) {
            fresh = inRange(cuts, scale, fresh, range);
        }
        double treatmentShare = rng.nextDouble();
        double[] liability = new double[kept.size()];
        RiskFactor on = cuts.present(draw);
        for (int k = kept.size() - 1; k >= 0; k--) {
            if (k == kept.size() - 1) {
                liability[k] = cuts.factors.length == 0 ? fresh : draw.liability(cuts.factors[0]);
            } else {
                double lo = Double.NEGATIVE_INFINITY;
                double hi = Double.POSITIVE_INFINITY;
                if (cuts.factors.length > 0) {
                    if (on != null && shows(on, diagnoses, kept.get(k).date(), false)) {
                        lo = draw.lower(on);
                        hi = draw.upper(on);
                    } else {
                        hi = draw.lower(on != null ? on : cuts.factors[0]);
                    }
                }
                liability[k] = NormalCdf.truncated(liability[k + 1], drift, lo, hi, rng.nextDouble());
            }
        }
        double[] out = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            double x = cuts.value(liability[k], scale);
            out[k] = treated(v, scale, x, diagnoses, kept.get(k).date(), treatmentShare);
        }
        return out;
    }

    /** The value lowered by the customer's treatment effect on a panel after a managed diagnosis, else itself. */
    private static double treated(MeasurementsConfig.Value v, ValueScale scale, double x, List<Diagnosis> diagnoses,
            LocalDate date, double share) {
        MeasurementsConfig.Treatment t = v.treatment();
        if (t == null || !treatedOn(t.factor(), diagnoses, date)) {
            return x;
        }
        double effect = t.min() + share * (t.max() - t.min());
        double lowered = Boolean.TRUE.equals(t.relative()) ? x * (1 + effect / 100) : x + effect;
        return scale.round(scale.limitedValue(lowered));
    }

    private static boolean treatedOn(String factor, List<Diagnosis> diagnoses, LocalDate date) {
        for (Diagnosis d : diagnoses) {
            if (d.factor().equals(factor) && d.managed() && d.date().isBefore(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether condition {@code f} shows in the panel of {@code date}: diagnosed by then, or undiagnosed and in the
     * latest panel; a lifestyle factor always shows.
     */
    private static boolean shows(RiskFactor f, List<Diagnosis> diagnoses, LocalDate date, boolean latest) {
        if (f.kind() != RiskFactor.Kind.CONDITION) {
            return true;
        }
        for (Diagnosis d : diagnoses) {
            if (d.factor().equals(f.id())) {
                return !d.date().isAfter(date);
            }
        }
        return latest;
    }

    /** The series of a correlated pair one factor cuts (rounded): {@code {first's, second's}}. */
    private double[][] jointSeries(int i, int j, RiskDraw draw, List<Diagnosis> diagnoses, List<Visit> kept, int band,
            int cell, Rng rng, io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range1,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range2) {
        MeasurementsConfig.Value v1 = config.values().get(i);
        MeasurementsConfig.Value v2 = config.values().get(j);
        ValueScale s1 = scales.get(i);
        ValueScale s2 = scales.get(j);
        double[] n1 = population(v1, s1, band, cell);
        double[] n2 = population(v2, s2, band, cell);
        JointCut joint = joints[Math.min(i, j)][band][cell];
        RiskFactor f = draw.factor(v1.cuts().get(0).factor());
        double t = draw.lower(f);
        double delta = joint.delta(draw.probability(f));
        double w = rng.gaussian(0, 1);
        double treatmentShare = rng.nextDouble();
        boolean present = draw.has(f);
        int n = kept.size();
        double[] liability = new double[n];
        double[] shape = new double[n];
        boolean[] showing = new boolean[n];
        for (int k = n - 1; k >= 0; k--) {
            if (k == n - 1) {
                liability[k] = draw.liability(f);
                shape[k] = w;
                showing[k] = present;
            } else {
                showing[k] = present && shows(f, diagnoses, kept.get(k).date(), false);
                double lo = showing[k] ? t : Double.NEGATIVE_INFINITY;
                double hi = showing[k] ? Double.POSITIVE_INFINITY : t;
                liability[k] = NormalCdf.truncated(liability[k + 1], drift, lo, hi, rng.nextDouble());
                shape[k] = NormalCdf.truncated(shape[k + 1], drift, Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY, rng.nextDouble());
            }
        }
        double cut1 = v1.cuts().get(0).at();
        double cut2 = v2.cuts().get(0).at();
        double[] first = new double[n];
        double[] second = new double[n];
        for (int k = 0; k < n; k++) {
            double u = showing[k] ? 1 - NormalCdf.of(-liability[k]) / NormalCdf.of(-Math.min(t, T_MAX))
                    : NormalCdf.of(liability[k]) / NormalCdf.of(Math.max(t, -T_MAX));
            u = Math.max(0, Math.min(1, u));
            double vShape = NormalCdf.of(shape[k]);
            if (k == n - 1 && (range1 != null || range2 != null)) {
                double[] uv = pairInRange(joint, delta, showing[k], u, vShape, s1, s2, n1, n2, cut1, cut2, range1,
                        range2);
                u = uv[0];
                vShape = uv[1];
            }
            double[] xy = joint.pair(delta, showing[k], u, vShape);
            double x1 = s1.round(s1.limited(n1[0] + n1[1] * (xy[0] + delta)));
            double x2 = s2.round(s2.limited(n2[0] + n2[1] * (xy[1] + delta)));
            // rounding never moves a pair across the factor's region (a boundary draw has probability 0)
            if (showing[k] && x1 < cut1 && x2 < cut2) {
                if (xy[0] - (joint.a() - delta) >= xy[1] - (joint.b() - delta)) {
                    x1 = cut1;
                } else {
                    x2 = cut2;
                }
            } else if (!showing[k]) {
                x1 = Math.min(x1, s1.round(cut1 - s1.step()));
                x2 = Math.min(x2, s2.round(cut2 - s2.step()));
            }
            first[k] = treated(v1, s1, x1, diagnoses, kept.get(k).date(), treatmentShare);
            second[k] = treated(v2, s2, x2, diagnoses, kept.get(k).date(), treatmentShare);
        }
        return new double[][] {first, second};
    }

    /**
     * The uniforms {@code (u, v)} of a blood-pressure pair moved into the intervals whose rounded values lie in the
     * ranges (docs/cohorts.md, "Measurements and attributes"): {@code u} (the first value's place in its state) mapped
     * into the u-interval of the first value's range, then {@code v} (the second given the first) into the
     * v-interval of the second's. Present with the second's range below its cut-off, the first must reach its own.
     * Each value is monotone in its uniform, so the interval is found by bisection and the uniform placed in it by
     * its own value: the draw conditioned, never repeated.
     */
    private static double[] pairInRange(JointCut joint, double delta, boolean present, double u, double v,
            ValueScale s1, ValueScale s2, double[] n1, double[] n2, double cut1, double cut2,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range1,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range2) {
        Double lo1 = range1 == null ? null : range1.atLeast();
        Double hi1 = range1 == null ? null : range1.atMost();
        if (present && range2 != null && range2.atMost() != null && range2.atMost() < cut2) {
            lo1 = lo1 == null ? cut1 : Math.max(lo1, cut1);
        }
        java.util.function.DoubleUnaryOperator first = uu -> {
            double x = s1.round(s1.limited(n1[0] + n1[1] * (joint.pair(delta, present, uu, 0.5)[0] + delta)));
            return present ? x : Math.min(x, s1.round(cut1 - s1.step()));
        };
        double[] w = window(first, 0, 1, lo1, hi1);
        double uu = w == null ? u : w[0] + u * (w[1] - w[0]);
        if (range2 == null) {
            return new double[] {uu, v};
        }
        java.util.function.DoubleUnaryOperator second = vv -> {
            double y = s2.round(s2.limited(n2[0] + n2[1] * (joint.pair(delta, present, uu, vv)[1] + delta)));
            return present ? y : Math.min(y, s2.round(cut2 - s2.step()));
        };
        double[] wv = window(second, 0, 1, range2.atLeast(), range2.atMost());
        return new double[] {uu, wv == null ? v : wv[0] + v * (wv[1] - wv[0])};
    }

    /**
     * The interval {@code [a', b']} of {@code [a, b]} on which the non-decreasing {@code f} lies within
     * {@code [atLeast, atMost]} (either open when null), each end a point where it does; null when none does. Found by
     * bisection (a computation on the configuration, not a draw).
     */
    static double[] window(java.util.function.DoubleUnaryOperator f, double a, double b, Double atLeast,
            Double atMost) {
        double lo = a;
        if (atLeast != null && f.applyAsDouble(a) < atLeast) {
            if (f.applyAsDouble(b) < atLeast) {
                return null;
            }
            double x = a;
            double y = b;
            for (int i = 0; i < 80 && y - x > 0; i++) {
                double m = x + (y - x) / 2;
                if (m <= x || m >= y) {
                    break;
                }
                if (f.applyAsDouble(m) < atLeast) {
                    x = m;
                } else {
                    y = m;
                }
            }
            lo = y;
        }
        double hi = b;
        if (atMost != null && f.applyAsDouble(b) > atMost) {
            if (f.applyAsDouble(lo) > atMost) {
                return null;
            }
            double x = lo;
            double y = b;
            for (int i = 0; i < 80 && y - x > 0; i++) {
                double m = x + (y - x) / 2;
                if (m <= x || m >= y) {
                    break;
                }
                if (f.applyAsDouble(m) > atMost) {
                    y = m;
                } else {
                    x = m;
                }
            }
            hi = x;
        }
        return new double[] {lo, hi};
    }

    /** Liabilities are searched within ±this (beyond it every value is at its limit). */
    static final double L_SPAN = 12;

    /**
     * A standard normal liability {@code l} moved into the interval (within {@code (bandLow, bandHigh]}) whose value
     * lies in {@code range}: its place in the band, {@code Φ} of it, becomes its place in the interval (the inverse
     * CDF of the normal truncated to it), so a member's draw is the population's conditioned on the range.
     * {@code l} itself when no liability of the band gives a value in range.
     */
    private static double placed(java.util.function.DoubleUnaryOperator value, double l, double bandLow,
            double bandHigh, io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range) {
        double a = Math.max(bandLow, -L_SPAN);
        double b = Math.min(bandHigh, L_SPAN);
        if (a == bandLow) {
            a = Math.nextUp(a);
        }
        double[] w = window(value, a, b, range.atLeast(), range.atMost());
        if (w == null) {
            return l;
        }
        double lo = w[0] == a && bandLow < -L_SPAN ? bandLow : w[0];
        double hi = w[1] == b && bandHigh > L_SPAN ? bandHigh : w[1];
        double pLo = NormalCdf.of(bandLow);
        double pHi = NormalCdf.of(bandHigh);
        double u = pHi > pLo ? (NormalCdf.of(l) - pLo) / (pHi - pLo) : 0.5;
        u = Math.max(0, Math.min(1, u));
        double x = NormalCdf.truncated(0, 1, lo, hi, u);
        // a value at the interval's very ends can round across them: the ends found by the bisection read in range
        double got = value.applyAsDouble(x);
        if (!range.contains(got)) {
            x = range.atLeast() != null && got < range.atLeast() ? w[0] : w[1];
        }
        return x;
    }

    private static double inRange(Cuts cuts, ValueScale scale, double l,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range) {
        return placed(x -> cuts.value(x, scale), l, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, range);
    }

    /** The value of {@code code} ({@code bmi} or one of {@code values}), or null. */
    MeasurementsConfig.Value value(String code) {
        if (config.bmi().code().equals(code)) {
            return config.bmi();
        }
        for (MeasurementsConfig.Value v : config.values()) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        return null;
    }

    /** Whether {@code code} is one of a correlated pair one factor cuts (blood pressure). */
    boolean paired(String code) {
        for (int i = 0; i < config.values().size(); i++) {
            if (config.values().get(i).code().equals(code)) {
                return partner[i] >= 0;
            }
        }
        return false;
    }

    /**
     * The liability of a cohort member's value {@code code} (univariate, with cuts) placed inside the interval of its
     * state's band whose untreated value lies in {@code range}; the draw's own liability when the value has no cut.
     */
    double placeLiability(String code, RiskDraw draw, int band, String gender,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range) {
        MeasurementsConfig.Value v = value(code);
        ValueScale scale = v == config.bmi() ? bmiScale : scales.get(config.values().indexOf(v));
        Cuts cuts = Cuts.of(v, scale, draw, population(v, scale, band, cell(gender)));
        if (cuts.factors.length == 0) {
            return Double.NaN;
        }
        RiskFactor on = cuts.present(draw);
        double lo = on == null ? Double.NEGATIVE_INFINITY : draw.lower(on);
        double hi = on == null ? draw.lower(cuts.factors[0]) : draw.upper(on);
        if (on == null) {
            for (RiskFactor f : cuts.factors) {
                hi = Math.min(hi, draw.lower(f));
            }
        }
        return placed(x -> cuts.value(x, scale), draw.liability(cuts.factors[0]), lo, hi, range);
    }

    /**
     * The probability mass, under the standard normal, of the liabilities in each state of value {@code code}'s cut
     * factors whose untreated value lies in {@code range}: {@code [absent, first cut's factor, second's, …]} (factors
     * by ascending cut). {@code prior} carries the customer's thresholds ({@link RiskModel#prior}).
     */
    double[] stateMasses(String code, RiskDraw prior, int band, String gender,
            io.github.syntheticcustomers.core.config.CohortConfig.ValueRange range) {
        MeasurementsConfig.Value v = value(code);
        ValueScale scale = v == config.bmi() ? bmiScale : scales.get(config.values().indexOf(v));
        Cuts cuts = Cuts.of(v, scale, prior, population(v, scale, band, cell(gender)));
        double[] out = new double[cuts.factors.length + 1];
        double[] w = window(x -> cuts.value(x, scale), -L_SPAN, L_SPAN, range.atLeast(), range.atMost());
        if (w == null) {
            return out;
        }
        double lo = w[0] == -L_SPAN ? Double.NEGATIVE_INFINITY : w[0];
        double hi = w[1] == L_SPAN ? Double.POSITIVE_INFINITY : w[1];
        for (int s = 0; s <= cuts.factors.length; s++) {
            double bLo = s == 0 ? Double.NEGATIVE_INFINITY : prior.lower(cuts.factors[s - 1]);
            double bHi = s == cuts.factors.length ? Double.POSITIVE_INFINITY : prior.lower(cuts.factors[s]);
            if (s > 0) {
                bHi = Math.min(bHi, prior.upper(cuts.factors[s - 1]));
            }
            double a = Math.max(lo, bLo);
            double b = Math.min(hi, bHi);
            out[s] = b > a ? NormalCdf.of(b) - NormalCdf.of(a) : 0;
        }
        return out;
    }

    /** The factors value {@code code} cuts, by ascending cut, that the configuration's risk factors name. */
    List<String> cutFactors(String code) {
        List<String> out = new ArrayList<>();
        for (MeasurementsConfig.Cut c : value(code).cuts()) {
            out.add(c.factor());
        }
        return out;
    }

    /** A value's cut-offs resolved for one customer: the factors, their liability thresholds and g anchors. */
    private static final class Cuts {

        /** The cut factors, lowest cut first. */
        private final RiskFactor[] factors;
        private final double[] at;
        private final double[] thresholds;
        private final double[] anchors;
        /** The population mean and spread on the g scale. */
        private final double mean;
        private final double sd;

        private Cuts(RiskFactor[] factors, double[] at, double[] thresholds, double[] anchors, double mean, double sd) {
            this.factors = factors;
            this.at = at;
            this.thresholds = thresholds;
            this.anchors = anchors;
            this.mean = mean;
            this.sd = sd;
        }

        static Cuts of(MeasurementsConfig.Value v, ValueScale scale, RiskDraw draw, double[] population) {
            List<RiskFactor> fs = new ArrayList<>();
            List<Double> ats = new ArrayList<>();
            for (MeasurementsConfig.Cut c : v.cuts()) {
                RiskFactor f = draw.factor(c.factor());
                if (f != null) {
                    fs.add(f);
                    ats.add(c.at());
                }
            }
            int n = fs.size();
            double[] at = new double[n];
            double[] thresholds = new double[n];
            double[] anchors = new double[n];
            for (int k = 0; k < n; k++) {
                at[k] = ats.get(k);
                thresholds[k] = Math.max(-T_MAX, Math.min(T_MAX, draw.lower(fs.get(k))));
                anchors[k] = scale.cutBoundary(at[k]);
            }
            return new Cuts(fs.toArray(new RiskFactor[0]), at, thresholds, anchors, population[0], population[1]);
        }

        /** The present cut factor, or null. */
        RiskFactor present(RiskDraw draw) {
            for (RiskFactor f : factors) {
                if (draw.has(f)) {
                    return f;
                }
            }
            return null;
        }

        /** The untreated value of liability {@code l}, rounded and in the band {@code l} lies in. */
        double value(double l, ValueScale scale) {
            double y;
            if (factors.length == 0) {
                y = mean + sd * l;
            } else if (factors.length == 1) {
                y = anchors[0] + sd * (l - thresholds[0]);
            } else {
                double span = thresholds[1] - thresholds[0];
                double slope = span >= 0.05 ? (anchors[1] - anchors[0]) / span : sd;
                if (l <= thresholds[0]) {
                    y = anchors[0] + slope * (l - thresholds[0]);
                } else if (l > thresholds[1]) {
                    y = anchors[1] + slope * (l - thresholds[1]);
                } else {
                    y = span > 0 ? anchors[0] + (anchors[1] - anchors[0]) * (l - thresholds[0]) / span : anchors[1];
                }
            }
            double x = scale.round(scale.limited(y));
            // the band of l fixes the rounded value's range (a draw on a boundary has probability 0)
            int bandIndex = 0;
            for (double t : thresholds) {
                bandIndex += l > t ? 1 : 0;
            }
            if (bandIndex < at.length && x >= at[bandIndex]) {
                // rounded: 5.7 - 0.1 is 5.6000000000000005, which would not read back as the value written
                x = scale.round(at[bandIndex] - scale.step());
            }
            if (bandIndex > 0 && x < at[bandIndex - 1]) {
                x = at[bandIndex - 1];
            }
            return x;
        }
    }
}
