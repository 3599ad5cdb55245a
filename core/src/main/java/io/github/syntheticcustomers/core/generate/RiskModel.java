package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.NormalQuantile;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk factors and the risk score computed from them, resolved from the {@code risk} section.
 *
 * <p>The score is {@code min(100, age points + social-barrier points + the points of every factor present)}; level
 * {@code k} owns the score band from its floor to the next level's floor (by default {@code [100k/L, 100(k+1)/L)}).
 * The allocation fixes each record's level, so the level marginal is exact. The factors are drawn by a one-factor
 * liability model: the customer's latent risk {@code Z} is a standard normal quantile drawn inside the quantile
 * band of their level (within their persona and decade, {@link Allocation#levelQuantiles}), and factor {@code f} with
 * probability {@code p} is present when {@code √ρ·Z + √(1−ρ)·ε > Φ⁻¹(1 − p)}, {@code ε} a fresh normal draw. Over
 * the population {@code Z} is standard normal, so each factor keeps its probability {@code p}
 * ({@link RiskConfig#probabilities}: the reference rate by age band and sex times the persona's multipliers), while
 * higher levels carry more factors: a gradient, not two kinds of people. The members of a group are ordered
 * categories of one liability. Then the factors are repaired deterministically into the level's band, those without
 * a reference rate first (highest points dropped while the score is too high, likely factors added while it is too
 * low), so the reference rates stay as drawn wherever the other factors can absorb the level. Every score is
 * computed from the factors the profile shows, and every customer of a higher level scores above every customer of
 * a lower one. The draw keeps every factor's liability ({@link RiskDraw}): a factor the repair added or dropped has
 * its liability redrawn inside the band its new state implies, so the measured values the liabilities place
 * (docs/measurement-model.md) agree with the factors. Immutable and thread-safe.
 */
final class RiskModel {

    private final RiskConfig config;
    private final EpidemiologyConfig epidemiology;
    /** The lower members of value-cut ordered pairs, whose band keeps its reference width. */
    private final java.util.Set<String> banded;
    private final List<RiskFactor> factors;
    private final RiskConfig.BarrierPoints barrierPoints;
    private final double sharedWeight;
    private final double ownWeight;
    /** The lowest score of each level, or null for equal bands. */
    private final int[] floors;

    RiskModel(RiskConfig risk, EpidemiologyConfig epidemiology, List<String> levels, java.util.Set<String> banded) {
        this.config = risk;
        this.banded = banded;
        this.epidemiology = epidemiology;
        List<RiskFactor> list = new ArrayList<>();
        for (RiskConfig.Factor f : risk.factors()) {
            list.add(RiskFactor.of(list.size(), f));
        }
        this.factors = List.copyOf(list);
        this.barrierPoints = risk.socialBarrierPoints();
        this.sharedWeight = StrictMath.sqrt(risk.latentCorrelation());
        this.ownWeight = StrictMath.sqrt(1 - risk.latentCorrelation());
        if (risk.levelFloors() == null) {
            this.floors = null;
        } else {
            this.floors = new int[levels.size()];
            for (int i = 0; i < floors.length; i++) {
                floors[i] = risk.levelFloors().get(levels.get(i));
            }
        }
    }

    /** The configured factors, in draw order. */
    List<RiskFactor> factors() {
        return factors;
    }

    int agePoints(int age) {
        return config.agePointsAt(age);
    }

    int barrierPoints(int barriers) {
        return Math.min(barrierPoints.atMost(), barrierPoints.each() * barriers);
    }

    static int score(int fixedPoints, List<RiskFactor> present) {
        int score = fixedPoints;
        for (RiskFactor f : present) {
            score += f.points();
        }
        return Math.min(100, score);
    }

    int bandLow(int level, int levels) {
        return floors != null ? floors[level] : (int) Math.round(100.0 * level / levels);
    }

    int bandHigh(int level, int levels) {
        if (level == levels - 1) {
            return 101;
        }
        return floors != null ? floors[level + 1] : (int) Math.round(100.0 * (level + 1) / levels);
    }

    /**
     * The factors a customer has, in draw order, with the liability of every factor (present or absent). A factor the
     * repair adds or drops gets its liability redrawn inside the band its new state implies (inverse CDF on the
     * truncated normal, never by rejection), so the liability always agrees with the factors.
     *
     * @param quantiles the quantile band of the customer's level
     */
    RiskDraw draw(Rng rng, Traits traits, int age, String gender, int level, int levels, int fixedPoints,
            Allocation.QuantileBand quantiles) {
        return draw(rng, traits, age, gender, level, levels, fixedPoints, quantiles, Pins.NONE);
    }

    /**
     * The factors of a cohort member ({@link CohortAllocation}): as {@link #draw(Rng, Traits, int, String, int, int,
     * int, Allocation.QuantileBand)}, with the pinned factors held present or absent. A pinned factor is set before
     * the repair, which then treats it like a certain (or impossible) one, and its liability is redrawn inside the band
     * its state implies: the draw conditioned on the cohort, never a retry.
     */
    RiskDraw draw(Rng rng, Traits traits, int age, String gender, int level, int levels, int fixedPoints,
            Allocation.QuantileBand quantiles, Pins pins) {
        double[] p = config.probabilities(epidemiology, traits, age, gender, banded);
        double z = NormalQuantile.of(quantiles.low() + rng.nextDouble() * (quantiles.high() - quantiles.low()));
        boolean[] present = new boolean[factors.size()];
        double[] liabilities = new double[factors.size()];
        double[] aboveOf = new double[factors.size()];
        Map<String, double[]> groups = new HashMap<>(); // group -> {liability, probability used so far}
        for (RiskFactor f : factors) {
            double liability;
            double above;
            if (f.group() == null) {
                liability = sharedWeight * z + ownWeight * rng.gaussian(0, 1);
                above = 0;
            } else {
                double[] g = groups.get(f.group());
                if (g == null) {
                    g = new double[] {sharedWeight * z + ownWeight * rng.gaussian(0, 1), 0};
                    groups.put(f.group(), g);
                }
                liability = g[0];
                above = g[1];
                g[1] = above + p[f.index()];
            }
            liabilities[f.index()] = liability;
            aboveOf[f.index()] = above;
            // present when the liability lies between the thresholds of (above + p) and (above)
            double pHere = p[f.index()];
            present[f.index()] = pHere > 0 && liability > RiskDraw.threshold(above + pHere)
                    && liability <= RiskDraw.threshold(above);
        }
        boolean[] pinned = new boolean[factors.size()];
        for (RiskFactor f : factors) {
            if (pins.absent().contains(f.id())) {
                present[f.index()] = false;
                pinned[f.index()] = true;
            }
        }
        for (RiskFactor f : factors) {
            if (pins.present().contains(f.id())) {
                for (RiskFactor x : factors) {
                    if (f.excludes(x)) {
                        present[x.index()] = false;
                    }
                }
                present[f.index()] = true;
                pinned[f.index()] = true;
            }
        }
        repair(rng, p, present, pinned, level, levels, fixedPoints);
        agree(rng, p, present, liabilities, aboveOf);
        List<RiskFactor> out = new ArrayList<>(4);
        for (RiskFactor f : factors) {
            if (present[f.index()]) {
                out.add(f);
            }
        }
        return new RiskDraw(factors, out, liabilities, aboveOf, p);
    }

    /**
     * Redraws the liability of every factor (or group) whose repaired state disagrees with it: uniformly in
     * probability inside the band the state implies (the present member's band, or below every member's), which is
     * the standard normal conditioned on that band.
     */
    private void agree(Rng rng, double[] p, boolean[] present, double[] liabilities, double[] aboveOf) {
        Map<String, Boolean> done = new HashMap<>();
        for (RiskFactor f : factors) {
            String key = f.group() == null ? "factor:" + f.id() : "group:" + f.group();
            if (done.put(key, Boolean.TRUE) != null) {
                continue;
            }
            List<RiskFactor> members = new ArrayList<>();
            for (RiskFactor m : factors) {
                if (m == f || f.group() != null && f.group().equals(m.group())) {
                    members.add(m);
                }
            }
            double total = 0;
            RiskFactor on = null;
            for (RiskFactor m : members) {
                total += p[m.index()];
                on = present[m.index()] ? m : on;
            }
            // the band, computed as the draw computed its thresholds (the same floating-point sums)
            double lo = on == null ? Double.NEGATIVE_INFINITY
                    : RiskDraw.threshold(aboveOf[on.index()] + p[on.index()]);
            double hi = on == null ? RiskDraw.threshold(total) : RiskDraw.threshold(aboveOf[on.index()]);
            double l = liabilities[f.index()];
            if (l > lo && l <= hi) {
                continue;
            }
            double lowCdf = on == null ? 0 : Math.max(0, 1 - (aboveOf[on.index()] + p[on.index()]));
            double highCdf = on == null ? Math.max(0, 1 - total) : Math.min(1, 1 - aboveOf[on.index()]);
            double redrawn = NormalQuantile.of(lowCdf + rng.nextDouble() * (highCdf - lowCdf));
            // a band of width 0 (a factor of probability 0 added by the repair) is its threshold itself
            redrawn = Math.max(lo, Math.min(hi, redrawn));
            if (!(redrawn > lo)) {
                redrawn = Math.nextUp(lo);
            }
            for (RiskFactor m : members) {
                liabilities[m.index()] = redrawn;
            }
        }
    }

    /**
     * Moves the score into the level's band: factors without a reference rate first. A certain factor (probability 1)
     * is never dropped nor replaced, an impossible one (a configured prevalence of 0) never added: they hold for every
     * customer, like age points (the configuration is refused when they leave a level no room, RiskConfigValidator).
     */
    private void repair(Rng rng, double[] p, boolean[] present, boolean[] pinned, int level, int levels,
            int fixedPoints) {
        int low = bandLow(level, levels);
        int high = bandHigh(level, levels);
        while (score(fixedPoints, present) >= high) {
            RiskFactor drop = biggestPresent(p, present, pinned, false);
            if (drop == null) {
                drop = biggestPresent(p, present, pinned, true);
            }
            if (drop == null) {
                break;
            }
            present[drop.index()] = false;
        }
        while (score(fixedPoints, present) < low) {
            int current = score(fixedPoints, present);
            double[] weights = addable(p, present, pinned, current, high, false);
            if (weights == null) {
                weights = addable(p, present, pinned, current, high, true);
            }
            if (weights == null) {
                break;
            }
            RiskFactor add = factors.get(rng.weightedIndex(weights));
            for (RiskFactor f : factors) {
                if (add.excludes(f)) {
                    present[f.index()] = false;
                }
            }
            present[add.index()] = true;
        }
    }

    /**
     * The present factor with the most points, among those with ({@code referenced}) or without a reference, that is
     * not certain.
     */
    private RiskFactor biggestPresent(double[] p, boolean[] present, boolean[] pinned, boolean referenced) {
        RiskFactor biggest = null;
        for (RiskFactor f : factors) {
            if (present[f.index()] && p[f.index()] < 1 && !pinned[f.index()] && (f.reference() != null) == referenced
                    && (biggest == null || f.points() > biggest.points())) {
                biggest = f;
            }
        }
        return biggest;
    }

    /**
     * Weights of the absent factors (with or without a reference) that raise the score and keep it below
     * {@code high}, each its probability (at least a small floor, so a factor of probability 0 can still repair);
     * null when there is none.
     */
    private double[] addable(double[] p, boolean[] present, boolean[] pinned, int current, int high,
            boolean referenced) {
        double[] weights = new double[factors.size()];
        boolean any = false;
        for (RiskFactor f : factors) {
            if (present[f.index()] || pinned[f.index()] || (f.reference() != null) != referenced || impossible(f, p)
                    || replacesCertain(f, p, present) || replacesPinned(f, present, pinned)) {
                continue;
            }
            int gain = f.points() - excludedPoints(f, present);
            if (gain > 0 && current + gain < high) {
                weights[f.index()] = Math.max(p[f.index()], 1e-6);
                any = true;
            }
        }
        return any ? weights : null;
    }

    /**
     * A factor of a fixed prevalence whose probability is 0 (a prevalence of 0, or a link that cancels it): no customer
     * has it. (A reference rate of 0 in one age band may still be added by the repair: the table is an estimate.)
     */
    private static boolean impossible(RiskFactor f, double[] p) {
        return f.reference() == null && p[f.index()] <= 0;
    }

    /** Whether adding {@code f} would replace a present certain factor of its group. */
    private boolean replacesCertain(RiskFactor f, double[] p, boolean[] present) {
        for (RiskFactor x : factors) {
            if (present[x.index()] && p[x.index()] >= 1 && f.excludes(x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether adding {@code f} would replace a present pinned factor of its group. */
    private boolean replacesPinned(RiskFactor f, boolean[] present, boolean[] pinned) {
        for (RiskFactor x : factors) {
            if (present[x.index()] && pinned[x.index()] && f.excludes(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The probabilities and bands a customer's draw would have, with no factor present and every liability 0: what a
     * cohort member's measurement range is mapped through before the draw ({@link MeasurementConditions}), the
     * thresholds being those of {@link #draw} (the same probabilities, the same sums).
     */
    RiskDraw prior(Traits traits, int age, String gender) {
        double[] p = config.probabilities(epidemiology, traits, age, gender, banded);
        double[] aboveOf = new double[factors.size()];
        Map<String, Double> used = new HashMap<>();
        for (RiskFactor f : factors) {
            if (f.group() != null) {
                double above = used.getOrDefault(f.group(), 0.0);
                aboveOf[f.index()] = above;
                used.put(f.group(), above + p[f.index()]);
            }
        }
        return new RiskDraw(factors, List.of(), new double[factors.size()], aboveOf, p);
    }

    /**
     * Factors a cohort holds present or absent in a customer's draw (risk.factors ids).
     *
     * @param present the factors the customer has
     * @param absent the factors the customer does not have
     */
    record Pins(java.util.Set<String> present, java.util.Set<String> absent) {

        /** No factor pinned: an ordinary customer. */
        static final Pins NONE = new Pins(java.util.Set.of(), java.util.Set.of());

        Pins {
            present = java.util.Set.copyOf(present);
            absent = java.util.Set.copyOf(absent);
        }
    }

    private int score(int fixedPoints, boolean[] present) {
        int score = fixedPoints;
        for (RiskFactor f : factors) {
            if (present[f.index()]) {
                score += f.points();
            }
        }
        return Math.min(100, score);
    }

    /** Points of the factors present that {@code f} would replace (same group). */
    private int excludedPoints(RiskFactor f, boolean[] present) {
        int sum = 0;
        for (RiskFactor x : factors) {
            if (present[x.index()] && f.excludes(x)) {
                sum += x.points();
            }
        }
        return sum;
    }
}
