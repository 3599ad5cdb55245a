package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementRanges;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer's latest measured values conditioned on ranges ({@code where.measurements}, docs/cohorts.md,
 * "Measurements and attributes"), by construction: nothing is drawn twice.
 *
 * <ol>
 *   <li>Before the risk draw, the state of each ranged value's factors (none, or one of the group) is pinned: the one
 *       state the range allows, or, when it allows several, one chosen with the probability the customer's own
 *       liability bands give the range within each ({@link MeasurementModel#stateMasses}: the draw conditioned on
 *       the range). The repair then keeps it ({@link RiskModel.Pins}).</li>
 *   <li>After it, the value's liability is moved into the part of its state's band whose untreated value lies in the
 *       range: its place in the band becomes its place in that interval (inverse CDF). A value without cut-offs maps
 *       its own normal the same way, and blood pressure its pair's uniforms ({@link MeasurementModel}).</li>
 *   <li>A condition whose value a treatment lowers (a managed diagnosis) is held unmanaged, so the latest value is the
 *       untreated one and lies in the range as measured.</li>
 *   <li>The screening programme measuring the value is followed and its latest visit kept ({@code HealthModel}); the
 *       allocation gives the cohort only ages at which such a programme applies to every member
 *       ({@link MeasurementRanges#measurable}).</li>
 * </ol>
 */
final class MeasurementConditions {

    private final GeneratorConfig config;
    private final MeasurementModel model;

    MeasurementConditions(GeneratorConfig config, MeasurementModel model) {
        this.config = config;
        this.model = model;
    }

    /**
     * The pins of a member's risk draw: the cohort's own ({@code base}) and each ranged value's state. {@code prior}
     * carries the customer's bands ({@link RiskModel#prior}); {@code rng} the member's own stream.
     */
    RiskModel.Pins pins(Map<String, CohortConfig.ValueRange> ranges, CohortConfig.Where where, RiskModel.Pins base,
            RiskDraw prior, int band, String gender, Rng rng) {
        if (ranges.isEmpty()) {
            return base;
        }
        Set<String> present = new HashSet<>(base.present());
        Set<String> absent = new HashSet<>(base.absent());
        Set<String> done = new HashSet<>();
        for (Map.Entry<String, CohortConfig.ValueRange> e : ranges.entrySet()) {
            String code = e.getKey();
            MeasurementsConfig.Value v = model.value(code);
            if (v == null || v.cuts().isEmpty() || !done.add(v.cuts().get(0).factor())) {
                continue;
            }
            List<String> allowed = MeasurementRanges.states(config, where, code);
            List<String> factors = model.cutFactors(code);
            String state;
            if (model.paired(code)) {
                // blood pressure: one allowed state is pinned; both leave it to the draw, either can hold the ranges
                if (allowed.size() != 1) {
                    continue;
                }
                state = allowed.get(0);
            } else {
                double[] masses = model.stateMasses(code, prior, band, gender, e.getValue());
                double[] weights = new double[masses.length];
                boolean any = false;
                for (int s = 0; s < masses.length; s++) {
                    String id = s == 0 ? null : factors.get(s - 1);
                    weights[s] = allowed.contains(id) ? masses[s] : 0;
                    any |= weights[s] > 0;
                }
                if (!any) {
                    // the range's mass underflows in every allowed state: the first allowed one
                    state = allowed.isEmpty() ? null : allowed.get(0);
                } else {
                    int s = rng.weightedIndex(weights);
                    state = s == 0 ? null : factors.get(s - 1);
                }
            }
            for (String f : factors) {
                if (f.equals(state)) {
                    present.add(f);
                    absent.remove(f);
                } else if (!present.contains(f)) {
                    absent.add(f);
                }
            }
            if (model.paired(code) && state == null) {
                absent.add(v.cuts().get(0).factor());
            }
        }
        return new RiskModel.Pins(present, absent);
    }

    /** The draw with each ranged univariate value's liability placed in its range (step 2 of the class comment). */
    RiskDraw place(Map<String, CohortConfig.ValueRange> ranges, RiskDraw draw, int band, String gender) {
        RiskDraw out = draw;
        for (Map.Entry<String, CohortConfig.ValueRange> e : ranges.entrySet()) {
            MeasurementsConfig.Value v = model.value(e.getKey());
            if (v == null || v.cuts().isEmpty() || model.paired(e.getKey())) {
                continue;
            }
            double l = model.placeLiability(e.getKey(), out, band, gender, e.getValue());
            RiskFactor f = out.factor(v.cuts().get(0).factor());
            if (!Double.isNaN(l) && f != null) {
                out = out.withLiability(f, l);
            }
        }
        return out;
    }

    /** Whether condition {@code factor} is held unmanaged: a ranged value's treatment names it. */
    boolean untreated(Map<String, CohortConfig.ValueRange> ranges, String factor) {
        for (String code : ranges.keySet()) {
            MeasurementsConfig.Value v = model.value(code);
            if (v != null && v.treatment() != null && factor.equals(v.treatment().factor())) {
                return true;
            }
        }
        return false;
    }
}
