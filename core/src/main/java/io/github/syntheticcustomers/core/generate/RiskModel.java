package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Risk factors and the risk score computed from them, resolved from the {@code risk} section.
 *
 * <p>The score is {@code min(100, age points + social-barrier points + the points of every factor
 * present)}; level {@code k} owns the score band from its floor to the next level's floor (by default
 * {@code [100k/L, 100(k+1)/L)}). The allocation fixes each record's level (so the level marginal is exact);
 * the factors are drawn from persona- and level-tilted prevalences and then repaired deterministically into
 * the level's band — highest-point factors dropped while the score is too high, likely factors added while it
 * is too low. So every score is computed from the factors the profile shows, and every customer of a higher
 * level scores above every customer of a lower one. Immutable and thread-safe.
 */
final class RiskModel {

    private final List<RiskFactor> factors;
    private final List<RiskConfig.AgePoints> agePoints;
    private final RiskConfig.BarrierPoints barrierPoints;
    private final RiskConfig.Link propensity;
    private final double maxProbability;
    /** The lowest score of each level, or null for equal bands. */
    private final int[] floors;

    RiskModel(RiskConfig risk, List<String> levels) {
        List<RiskFactor> list = new ArrayList<>();
        for (RiskConfig.Factor f : risk.factors()) {
            list.add(RiskFactor.of(list.size(), f));
        }
        this.factors = List.copyOf(list);
        this.agePoints = risk.agePoints() == null ? List.of() : risk.agePoints();
        this.barrierPoints = risk.socialBarrierPoints();
        this.propensity = risk.propensity();
        this.maxProbability = risk.maxProbability();
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
        int points = 0;
        for (RiskConfig.AgePoints p : agePoints) {
            if (age >= p.fromAge()) {
                points = p.points();
            }
        }
        return points;
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

    /** The factors customer of {@code level} has, in draw order. */
    List<RiskFactor> draw(Rng rng, Traits traits, int level, int levels, int fixedPoints) {
        double[] p = probabilities(traits, level, levels);
        boolean[] present = new boolean[factors.size()];
        for (RiskFactor f : factors) {
            if (rng.chance(p[f.index()]) && !excludedBy(f, present)) {
                present[f.index()] = true;
            }
        }
        int low = bandLow(level, levels);
        int high = bandHigh(level, levels);
        while (score(fixedPoints, present) >= high && any(present)) {
            RiskFactor biggest = null;
            for (RiskFactor f : factors) {
                if (present[f.index()] && (biggest == null || f.points() > biggest.points())) {
                    biggest = f;
                }
            }
            present[biggest.index()] = false;
        }
        while (score(fixedPoints, present) < low) {
            int current = score(fixedPoints, present);
            double[] weights = new double[factors.size()];
            boolean any = false;
            for (RiskFactor f : factors) {
                if (present[f.index()]) {
                    continue;
                }
                int gain = f.points() - excludedPoints(f, present);
                if (gain > 0 && current + gain < high) {
                    weights[f.index()] = p[f.index()];
                    any = true;
                }
            }
            if (!any) {
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
        List<RiskFactor> out = new ArrayList<>(4);
        for (RiskFactor f : factors) {
            if (present[f.index()]) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** Prevalence of each factor for this customer: base × persona propensity × level tilt × trait link. */
    private double[] probabilities(Traits t, int level, int levels) {
        double propensityHere = propensity.of(t);
        double tilt = levels == 1 ? 1.0 : 0.5 + 1.5 * level / (levels - 1.0);
        double[] p = new double[factors.size()];
        for (RiskFactor f : factors) {
            double link = f.link() == null ? 1.0 : f.link().of(t);
            // family history is inherited, not lived: the level tilts it less
            double tiltHere = f.kind() == RiskFactor.Kind.FAMILY_HISTORY ? Math.sqrt(tilt) : tilt;
            p[f.index()] = Math.min(maxProbability, f.prevalence() * propensityHere * tiltHere * link);
        }
        return p;
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

    private static boolean any(boolean[] present) {
        for (boolean b : present) {
            if (b) {
                return true;
            }
        }
        return false;
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

    private boolean excludedBy(RiskFactor f, boolean[] present) {
        for (RiskFactor x : factors) {
            if (present[x.index()] && f.excludes(x)) {
                return true;
            }
        }
        return false;
    }
}
