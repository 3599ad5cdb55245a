package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.DecadeRow;
import io.github.syntheticcustomers.core.analysis.Analysis.Insight;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaProfileSummary;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaRisk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plain-language findings derived from an analysis' numbers: which persona deviates from its target,
 * where customers concentrate, which persona carries the most risk or screens least. Each sentence names
 * the numbers it rests on, so a change in the data changes the text. Ties go to the earlier persona in
 * configuration order, so the wording is deterministic.
 */
final class Insights {

    /** Deviations below this many points count as "on target". */
    static final double ON_TARGET_POINTS = 0.5;

    private Insights() {
    }

    static List<Insight> derive(Analysis a) {
        List<Insight> out = new ArrayList<>();
        if (a.customers() == 0) {
            out.add(new Insight("empty_dataset", "The dataset has no customers, so there is nothing to analyse."));
            return out;
        }
        personaGap(a, out);
        dominantDecade(a, out);
        riskExtremes(a, out);
        screening(a, out);
        engagement(a, out);
        if (a.scenarios() > 0) {
            dropOff(a, out);
            completion(a, out);
            trajectory(a, out);
            transitions(a, out);
            scenarioMix(a, out);
        }
        return out;
    }

    private static void dropOff(Analysis a, List<Insight> out) {
        Analysis.DropOff worst = a.dropOffs().stream().filter(d -> d.topStep() != null)
                .max(Comparator.comparingDouble(Analysis.DropOff::topStepShare)).orElse(null);
        if (worst == null) {
            out.add(new Insight("drop_off", "No journey was abandoned."));
            return;
        }
        out.add(new Insight("drop_off", worst.name() + " drop out most at " + worst.topStepName()
                + ": " + pct(worst.topStepShare()) + " of them (" + worst.topStepCount() + " of " + worst.scenarios()
                + "); " + pct(worst.abandonedShare()) + " of their journeys are abandoned in all."));
    }

    private static void completion(Analysis a, List<Insight> out) {
        List<Analysis.PersonaFunnel> funnels = a.funnels();
        if (funnels.size() < 2) {
            return;
        }
        Comparator<Analysis.PersonaFunnel> byEnd = Comparator.comparingDouble(f -> last(f).reachShare());
        Analysis.PersonaFunnel best = funnels.stream().max(byEnd).orElseThrow();
        Analysis.PersonaFunnel worst = funnels.stream().min(byEnd).orElseThrow();
        String lastPhase = last(best).name();
        out.add(new Insight("journey_completion", best.name() + " most often reach the phase " + lastPhase + ": "
                + pct(last(best).reachShare()) + " of them, against " + pct(last(worst).reachShare()) + " of "
                + worst.name() + "."));
    }

    private static Analysis.Stage last(Analysis.PersonaFunnel f) {
        return f.phases().get(f.phases().size() - 1);
    }

    private static void trajectory(Analysis a, List<Insight> out) {
        if (a.trajectories().size() < 2) {
            return;
        }
        Analysis.Trajectory up = a.trajectories().stream()
                .max(Comparator.comparingDouble(Analysis.Trajectory::change)).orElseThrow();
        Analysis.Trajectory down = a.trajectories().stream()
                .min(Comparator.comparingDouble(Analysis.Trajectory::change)).orElseThrow();
        out.add(new Insight("emotional_trajectory", "Emotions improve most for " + up.name() + ": valence "
                + num(up.startValence()) + " at the first step, " + num(up.endValence()) + " at the last ("
                + pct(up.improvedShare()) + " end better than they started); least for " + down.name() + " ("
                + num(down.startValence()) + " to " + num(down.endValence()) + ")."));
    }

    private static void transitions(Analysis a, List<Insight> out) {
        Analysis.PhaseFlow weakest = null;
        double weakestRate = Double.MAX_VALUE;
        for (Analysis.PhaseFlow f : a.phaseFlow()) {
            if (f.reached() > 0 && f.continued() + f.ended() > 0) {
                double rate = 100.0 * f.continued() / f.reached();
                if (rate < weakestRate) {
                    weakestRate = rate;
                    weakest = f;
                }
            }
        }
        Analysis.PhaseGap slowest = a.timeBetweenPhases().stream().filter(g -> g.journeys() > 0)
                .max(Comparator.comparingDouble(Analysis.PhaseGap::meanDays)).orElse(null);
        if (weakest != null) {
            // the phase flow lists the phases in journey order, and the weakest one has a successor
            String next = a.phaseFlow().get(a.phaseFlow().indexOf(weakest) + 1).name();
            out.add(new Insight("weakest_transition", "The weakest phase transition is " + weakest.name() + " to "
                    + next + ": " + pct(weakestRate) + " of the journeys that reach " + weakest.name()
                    + " continue (" + weakest.ended() + " end there)."));
        }
        if (slowest != null) {
            out.add(new Insight("slowest_transition", "The longest wait is between " + slowest.fromName() + " and "
                    + slowest.toName() + ": " + num(slowest.meanDays()) + " days on average."));
        }
    }

    private static void scenarioMix(Analysis a, List<Insight> out) {
        Analysis.Count top = a.scenarioMix().stream().max(Comparator.comparingLong(Analysis.Count::count))
                .orElse(null);
        if (top != null && top.count() > 0) {
            out.add(new Insight("scenario_mix", "The most common scenario type is " + Analysis.words(top.id()) + ": "
                    + pct(top.share()) + " of scenarios (" + top.count() + " of " + a.scenarios() + ")."));
        }
    }

    private static void personaGap(Analysis a, List<Insight> out) {
        Category worst = a.personas().stream()
                .max(Comparator.comparingDouble(c -> Math.abs(c.share() - c.target()))).orElseThrow();
        double gap = Math.abs(worst.share() - worst.target());
        if (gap < ON_TARGET_POINTS) {
            out.add(new Insight("persona_mix", "The persona mix matches its targets: every persona is within "
                    + num(ON_TARGET_POINTS) + " points of its configured share."));
        } else {
            out.add(new Insight("persona_mix", worst.name() + " are " + (worst.share() > worst.target()
                    ? "over" : "under") + "-represented: " + pct(worst.share()) + " of customers against a target of "
                    + pct(worst.target()) + "."));
        }
    }

    private static void dominantDecade(Analysis a, List<Insight> out) {
        DecadeRow top = a.ageDecades().stream().max(Comparator.comparingLong(DecadeRow::count)).orElseThrow();
        out.add(new Insight("dominant_age_decade", "Most customers are in their " + top.label() + ": "
                + pct(top.share()) + " (" + top.count() + " of " + a.customers() + ")."));
    }

    private static void riskExtremes(Analysis a, List<Insight> out) {
        List<PersonaRisk> present = a.riskByPersona().stream().filter(r -> r.count() > 0).toList();
        if (present.size() < 2 || a.riskLevels().size() < 2) {
            return;
        }
        String lowest = a.riskLevels().get(0).name();
        double overall = 100 - a.riskLevels().get(0).share();
        PersonaRisk most = present.stream().max(Comparator.comparingDouble(PersonaRisk::elevatedShare)).orElseThrow();
        PersonaRisk least = present.stream().min(Comparator.comparingDouble(PersonaRisk::elevatedShare)).orElseThrow();
        if (most.elevatedShare() == least.elevatedShare()) {
            out.add(new Insight("risk_by_persona", "Risk is spread evenly: every persona has " + pct(overall)
                    + " of its customers above " + lowest + " risk."));
            return;
        }
        out.add(new Insight("riskiest_persona", most.name() + " carry the most risk: " + pct(most.elevatedShare())
                + " of them are above " + lowest + " risk, against " + pct(overall) + " overall (mean risk score "
                + num(most.meanRiskScore()) + ")."));
        out.add(new Insight("safest_persona", least.name() + " carry the least risk: " + pct(least.elevatedShare())
                + " of them are above " + lowest + " risk."));
    }

    private static void screening(Analysis a, List<Insight> out) {
        List<PersonaProfileSummary> present = a.personaProfiles().stream().filter(p -> p.count() > 0).toList();
        if (present.size() < 2 || !screens(a)) {
            return;
        }
        PersonaProfileSummary low = present.stream()
                .min(Comparator.comparingDouble(PersonaProfileSummary::meanScreeningCompletion)).orElseThrow();
        PersonaProfileSummary high = present.stream()
                .max(Comparator.comparingDouble(PersonaProfileSummary::meanScreeningCompletion)).orElseThrow();
        out.add(new Insight("screening_gap", low.name() + " complete the fewest recommended screenings: "
                + pct(low.meanScreeningCompletion()) + " on average, against " + pct(high.meanScreeningCompletion())
                + " for " + high.name() + "."));
    }

    private static void engagement(Analysis a, List<Insight> out) {
        List<PersonaProfileSummary> present = a.personaProfiles().stream().filter(p -> p.count() > 0).toList();
        if (present.size() < 2) {
            return;
        }
        PersonaProfileSummary low = present.stream()
                .min(Comparator.comparingDouble(PersonaProfileSummary::meanEngagementScore)).orElseThrow();
        out.add(new Insight("least_engaged_persona", low.name() + " have the lowest engagement score: "
                + num(low.meanEngagementScore()) + " of 1 on average."));
    }

    /**
     * Whether any customer has a screening on record: a product without screening programmes has none, and then
     * nothing is said about screenings (issue 30: nothing of the seed in a product of its own).
     */
    static boolean screens(Analysis a) {
        return a.personaProfiles().stream().anyMatch(p -> p.count() > 0 && p.screeningHistoryShare() > 0);
    }

    /** Whole percent, e.g. {@code 31%}; locale-independent. */
    static String pct(double percent) {
        return Math.round(percent) + "%";
    }

    /** At most two decimals, whole numbers without: {@code -1}, {@code 0.91}. */
    static String num(double value) {
        double v = io.github.syntheticcustomers.core.internal.Decimals.round2(value);
        return v == Math.rint(v) ? Long.toString((long) v) : io.github.syntheticcustomers.core.internal.Decimals
                .format(v);
    }
}
