package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.EnumSet;
import java.util.List;

/**
 * Risk factors and the risk score computed from them.
 *
 * <p>The score is {@code min(100, age points + social-barrier points + the points of every factor
 * present)}; with L levels, level {@code k} owns the score band {@code [100k/L, 100(k+1)/L)}. The
 * allocation fixes each record's level (so the level marginal is exact); the factors are drawn from
 * persona- and level-tilted prevalences and then repaired deterministically into the level's band —
 * highest-point factors dropped while the score is too high, likely factors added while it is too
 * low. So every score is computed from the factors the profile shows, and every customer of a higher
 * level scores above every customer of a lower one: the top 29% by score are exactly the moderate 29%.
 */
final class RiskModel {

    /** Social-barrier points are capped so age and social context alone stay below the first band edge. */
    static final int MAX_BARRIER_POINTS = 12;

    private RiskModel() {
    }

    static int agePoints(int age) {
        return age < 30 ? 0 : age < 40 ? 2 : age < 50 ? 5 : 8;
    }

    static int barrierPoints(int barriers) {
        return Math.min(MAX_BARRIER_POINTS, 3 * barriers);
    }

    static int score(int fixedPoints, EnumSet<RiskFactor> factors) {
        int score = fixedPoints;
        for (RiskFactor f : factors) {
            score += f.points;
        }
        return Math.min(100, score);
    }

    static int bandLow(int level, int levels) {
        return (int) Math.round(100.0 * level / levels);
    }

    static int bandHigh(int level, int levels) {
        return level == levels - 1 ? 101 : (int) Math.round(100.0 * (level + 1) / levels);
    }

    static EnumSet<RiskFactor> draw(Rng rng, Traits traits, int level, int levels, int fixedPoints) {
        double[] p = probabilities(traits, level, levels);
        EnumSet<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
        for (RiskFactor f : RiskFactor.values()) {
            if (rng.chance(p[f.ordinal()]) && !excludedBy(f, factors)) {
                factors.add(f);
            }
        }
        int low = bandLow(level, levels);
        int high = bandHigh(level, levels);
        while (score(fixedPoints, factors) >= high && !factors.isEmpty()) {
            RiskFactor biggest = null;
            for (RiskFactor f : factors) {
                if (biggest == null || f.points > biggest.points) {
                    biggest = f;
                }
            }
            factors.remove(biggest);
        }
        while (score(fixedPoints, factors) < low) {
            int current = score(fixedPoints, factors);
            double[] weights = new double[RiskFactor.values().length];
            boolean any = false;
            for (RiskFactor f : RiskFactor.values()) {
                if (factors.contains(f)) {
                    continue;
                }
                int gain = f.points - excludedPoints(f, factors);
                if (gain > 0 && current + gain < high) {
                    weights[f.ordinal()] = p[f.ordinal()];
                    any = true;
                }
            }
            if (!any) {
                break;
            }
            RiskFactor add = RiskFactor.values()[rng.weightedIndex(weights)];
            factors.removeIf(add::excludes);
            factors.add(add);
        }
        return factors;
    }

    /** Prevalence of each factor for this customer: base × persona propensity × level tilt × trait links. */
    private static double[] probabilities(Traits t, int level, int levels) {
        double propensity = 0.4 + 1.2 * t.riskPropensity();
        double tilt = levels == 1 ? 1.0 : 0.5 + 1.5 * level / (levels - 1.0);
        double[] p = new double[RiskFactor.values().length];
        for (RiskFactor f : RiskFactor.values()) {
            double link = switch (f) {
                case ANXIETY_DISORDER, HIGH_STRESS, SHORT_SLEEP -> 0.5 + t.healthAnxiety();
                case SEDENTARY, POOR_DIET -> 1.4 - 0.8 * t.organization();
                case CURRENT_SMOKER, HEAVY_DRINKING -> 1.5 - t.healthAwareness();
                case FAMILY_HEART_DISEASE, FAMILY_DIABETES, FAMILY_BREAST_CANCER, FAMILY_COLORECTAL_CANCER,
                        FAMILY_STROKE -> 1.0;
                default -> 1.0;
            };
            double tiltHere = f.kind == RiskFactor.Kind.FAMILY ? Math.sqrt(tilt) : tilt;
            p[f.ordinal()] = Math.min(0.9, f.prevalence * propensity * tiltHere * link);
        }
        return p;
    }

    /** Points of the factors present that {@code f} would replace (same group). */
    private static int excludedPoints(RiskFactor f, EnumSet<RiskFactor> factors) {
        int sum = 0;
        for (RiskFactor x : factors) {
            if (f.excludes(x)) {
                sum += x.points;
            }
        }
        return sum;
    }

    private static boolean excludedBy(RiskFactor f, EnumSet<RiskFactor> factors) {
        for (RiskFactor x : factors) {
            if (f.excludes(x)) {
                return true;
            }
        }
        return false;
    }

    static List<RiskFactor> ofKind(EnumSet<RiskFactor> factors, RiskFactor.Kind kind) {
        List<RiskFactor> result = new java.util.ArrayList<>(4);
        for (RiskFactor f : factors) {
            if (f.kind == kind) {
                result.add(f);
            }
        }
        return result;
    }
}
