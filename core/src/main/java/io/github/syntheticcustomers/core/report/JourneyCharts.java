package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.num;
import static io.github.syntheticcustomers.core.report.Html.pct;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaFunnel;
import io.github.syntheticcustomers.core.analysis.Analysis.PhaseEmotions;
import io.github.syntheticcustomers.core.analysis.Analysis.PhaseFlow;
import io.github.syntheticcustomers.core.analysis.Analysis.Stage;
import java.util.List;

/** The journey charts: funnel per persona, emotion heat map per phase, phase-transition flow. */
final class JourneyCharts {

    private static final double WIDTH = CustomerCharts.WIDTH;

    private JourneyCharts() {
    }

    /** Grouped columns: for each phase, the share of each persona's journeys that reach it. */
    static String funnel(Analysis a) {
        List<PersonaFunnel> funnels = a.funnels();
        List<String> names = funnels.stream().map(PersonaFunnel::name).toList();
        List<String> colours = CustomerCharts.colours(names.size());
        double left = 70;
        double right = 30;
        double plotW = WIDTH - left - right;
        double top = 10 + Svg.legendHeight(plotW, names) + 12;
        double plotH = 240;
        double height = top + plotH + 55;
        StringBuilder desc = new StringBuilder("Share of each persona's journeys that reach each phase: ");
        for (PersonaFunnel f : funnels) {
            desc.append(f.name()).append(':');
            for (Stage s : f.phases()) {
                desc.append(' ').append(s.name()).append(' ').append(pct(s.reachShare()));
            }
            desc.append("; ");
        }
        Svg svg = new Svg("chart-funnel", WIDTH, height, "Journey funnel per persona", desc.toString());
        svg.legend(left, 10, plotW, names, colours);
        CustomerCharts.axisY(svg, left, top, plotW, plotH, 100, "Journeys reaching the phase (%)");
        List<String> phases = funnels.isEmpty() ? List.of()
                : funnels.get(0).phases().stream().map(Stage::name).toList();
        double slot = phases.isEmpty() ? plotW : plotW / phases.size();
        double bar = Math.min(24, slot * 0.8 / Math.max(1, funnels.size()));
        for (int i = 0; i < phases.size(); i++) {
            double x0 = left + i * slot + (slot - bar * funnels.size()) / 2;
            for (int p = 0; p < funnels.size(); p++) {
                Stage s = funnels.get(p).phases().get(i);
                double h = plotH * s.reachShare() / 100;
                svg.rect(x0 + p * bar, top + plotH - h, bar - 2, h, colours.get(p), funnels.get(p).name() + ", "
                        + s.name() + ": " + pct(s.reachShare()) + " reach it (" + s.reached() + "), "
                        + pct(s.completionRate()) + " of them complete a step");
            }
            svg.text(left + i * slot + slot / 2, top + plotH + 16, "middle", "label", phases.get(i));
        }
        svg.text(left + plotW / 2, top + plotH + 40, "middle", "axis-title", "Journey phase");
        return svg.build();
    }

    /**
     * One row of bars per path: each bar a step of the path, its height the journeys of the path that passed it
     * (against the path's journeys), so a path's drop-off reads left to right.
     */
    static String pathFunnels(Analysis a) {
        List<Analysis.PathFunnel> paths = a.pathFunnels();
        double left = 30;
        double rowH = 120;
        double top = 20;
        double height = top + paths.size() * rowH + 10;
        StringBuilder desc = new StringBuilder("Journeys passing each step, per path: ");
        for (Analysis.PathFunnel p : paths) {
            desc.append(p.name()).append(" (").append(p.journeys()).append(" journeys):");
            for (Analysis.PathStage st : p.steps()) {
                desc.append(' ').append(st.name()).append(' ').append(st.reached());
            }
            desc.append("; ");
        }
        Svg svg = new Svg("chart-paths", WIDTH, height, "Journey funnel per path", desc.toString());
        for (int r = 0; r < paths.size(); r++) {
            Analysis.PathFunnel p = paths.get(r);
            double y0 = top + r * rowH;
            double barMax = rowH - 50;
            svg.text(left, y0 + 4, "start", "label", p.name() + ": " + p.journeys() + " journeys, " + p.finished()
                    + " finished");
            int n = Math.max(1, p.steps().size());
            double slot = (WIDTH - 2 * left) / n;
            for (int i = 0; i < p.steps().size(); i++) {
                Analysis.PathStage st = p.steps().get(i);
                double h = p.journeys() == 0 ? 0 : barMax * st.reached() / p.journeys();
                double x = left + i * slot;
                svg.rect(x + 2, y0 + 12 + barMax - h, slot - 4, h, Palette.categorical(r % 6), p.name() + ", "
                        + st.name() + ": " + st.reached() + " of " + p.journeys() + " journeys passed, "
                        + st.completed() + " completed");
                svg.text(x + slot / 2, y0 + 12 + barMax + 14, "middle", "tick", String.valueOf(st.reached()));
            }
        }
        return svg.build();
    }

    /**
     * Horizontal bars, one group per step of the framework in order: journeys that reached it, completed it and
     * abandoned it, each bar labelled with its number and its word (not told apart by colour alone), on one scale.
     */
    static String stepFunnel(Analysis a) {
        List<Analysis.StepFunnel> steps = a.stepFunnel();
        double left = 230;
        double right = 200;
        double top = 34;
        double barH = 9;
        double rowH = 3 * barH + 14;
        double plotW = WIDTH - left - right;
        double height = top + steps.size() * rowH + 10;
        long max = Math.max(1, steps.stream().mapToLong(Analysis.StepFunnel::reached).max().orElse(1));
        List<String> series = List.of("reached", "completed", "abandoned");
        List<String> colours = List.of(Palette.categorical(0), Palette.categorical(2), Palette.categorical(5));
        StringBuilder desc = new StringBuilder("Journeys per step, in framework order: ");
        for (Analysis.StepFunnel st : steps) {
            desc.append(st.name()).append(" (").append(st.phaseName()).append(") ").append(st.reached())
                    .append(" reached, ").append(st.completed()).append(" completed, ").append(st.abandoned())
                    .append(" abandoned; ");
        }
        Svg svg = new Svg("chart-steps", WIDTH, height, "Journey funnel per step", desc.toString());
        svg.legend(left, 6, plotW + right, List.of("Reached", "Completed", "Abandoned"), colours);
        for (int i = 0; i < steps.size(); i++) {
            Analysis.StepFunnel st = steps.get(i);
            double y = top + i * rowH;
            svg.text(left - 8, y + barH + 4, "end", "label", st.name());
            svg.text(left - 8, y + 2 * barH + 8, "end", "tick", st.phaseName());
            long[] values = {st.reached(), st.completed(), st.abandoned()};
            for (int k = 0; k < 3; k++) {
                double w = plotW * values[k] / max;
                double by = y + k * barH;
                svg.rect(left, by, w, barH - 1, colours.get(k), st.name() + ": " + values[k] + " journeys "
                        + series.get(k));
                svg.text(left + w + 4, by + barH - 1, "start", "tick", values[k] + " " + series.get(k));
            }
        }
        return svg.build();
    }

    /** Emotional states (rows) by phase (columns), shaded by the share of the phase's steps. */
    static String heatMap(Analysis a) {
        List<PhaseEmotions> phases = a.emotionsByPhase();
        List<String> states = phases.isEmpty() ? List.of()
                : phases.get(0).states().stream().map(Count::id).toList();
        double left = 130;
        double top = 44;
        double cellW = Math.min(140, (WIDTH - left - 120) / Math.max(1, phases.size()));
        double cellH = 26;
        double height = top + states.size() * cellH + 60;
        double max = phases.stream().flatMap(p -> p.states().stream()).mapToDouble(Count::share).max().orElse(1);
        StringBuilder desc = new StringBuilder("Share of each phase's steps in each emotional state: ");
        for (PhaseEmotions p : phases) {
            desc.append(p.name()).append(':');
            for (Count c : p.states()) {
                if (c.count() > 0) {
                    desc.append(' ').append(c.id()).append(' ').append(pct(c.share()));
                }
            }
            desc.append("; ");
        }
        Svg svg = new Svg("chart-emotions", WIDTH, height, "Emotional states per journey phase", desc.toString());
        for (int j = 0; j < phases.size(); j++) {
            svg.text(left + j * cellW + cellW / 2, top - 10, "middle", "label", phases.get(j).name());
        }
        for (int i = 0; i < states.size(); i++) {
            double y = top + i * cellH;
            svg.text(left - 8, y + cellH / 2 + 4, "end", "label", states.get(i));
            for (int j = 0; j < phases.size(); j++) {
                Count c = phases.get(j).states().get(i);
                double t = max <= 0 ? 0 : c.share() / max;
                svg.rect(left + j * cellW, y, cellW - 2, cellH - 2, shade(t), phases.get(j).name() + ", "
                        + states.get(i) + ": " + pct(c.share()) + " of steps (" + c.count() + ")");
                svg.text(left + j * cellW + cellW / 2, y + cellH / 2 + 3, "middle", t > 0.85 ? "cell-dark" : "cell",
                        pct(c.share()));
            }
        }
        double ly = top + states.size() * cellH + 16;
        double lx = left;
        svg.text(lx, ly + 10, "start", "legend-label", "Share of the phase's steps:");
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            svg.rect(lx + 170 + k * 56, ly, 54, 14, shade(t), null);
            svg.text(lx + 170 + k * 56 + 27, ly + 28, "middle", "tick", pct(max * t));
        }
        return svg.build();
    }

    /** White to the report's blue, for {@code t} in 0…1. */
    static String shade(double t) {
        double c = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(255 + (0x00 - 255) * c);
        int g = (int) Math.round(255 + (0x72 - 255) * c);
        int b = (int) Math.round(255 + (0xB2 - 255) * c);
        return "#" + hex(r) + hex(g) + hex(b);
    }

    private static String hex(int v) {
        String h = Integer.toHexString(v);
        return h.length() == 1 ? "0" + h : h;
    }

    /** Phase nodes sized by journeys reaching them, bands for those continuing and for those ending. */
    static String flow(Analysis a) {
        List<PhaseFlow> flow = a.phaseFlow();
        double left = 30;
        double nodeW = 26;
        double gap = (WIDTH - 2 * left - nodeW * flow.size()) / Math.max(1, flow.size() - 1);
        double top = 40;
        double maxH = 200;
        double total = Math.max(1, a.scenarios());
        double height = top + maxH + 110;
        StringBuilder desc = new StringBuilder("Journeys through the phases: ");
        for (PhaseFlow f : flow) {
            desc.append(f.name()).append(" reached by ").append(f.reached());
            if (f.continued() + f.ended() > 0) {
                desc.append(", ").append(f.continued()).append(" continue, ").append(f.ended()).append(" end there");
            } else {
                desc.append(", ").append(f.finished()).append(" finish");
            }
            desc.append("; ");
        }
        Svg svg = new Svg("chart-flow", WIDTH, height, "Phase-transition flow", desc.toString());
        svg.rect(left, 8, 12, 12, Palette.categorical(0), null);
        svg.text(left + 17, 18.5, "start", "legend-label", "Journeys continuing to the next phase");
        svg.rect(left + 290, 8, 12, 12, Palette.categorical(5), null);
        svg.text(left + 307, 18.5, "start", "legend-label", "Journeys ending in this phase");
        for (int i = 0; i < flow.size(); i++) {
            PhaseFlow f = flow.get(i);
            double x = left + i * (nodeW + gap);
            double h = maxH * f.reached() / total;
            svg.rect(x, top, nodeW, h, "#1a1a1a", f.name() + ": reached by " + f.reached() + " journeys ("
                    + pct(f.reachShare()) + ")");
            svg.text(x + nodeW / 2, top + maxH + 66, "middle", "label", f.name());
            svg.text(x + nodeW / 2, top + maxH + 82, "middle", "value", f.reached() + " (" + pct(f.reachShare()) + ")");
            if (i + 1 < flow.size()) {
                double cont = maxH * f.continued() / total;
                double x1 = x + nodeW;
                double x2 = x + nodeW + gap;
                double mid = (x1 + x2) / 2;
                String d = "M" + num(x1) + " " + num(top) + " C" + num(mid) + " " + num(top) + " " + num(mid) + " "
                        + num(top) + " " + num(x2) + " " + num(top) + " L" + num(x2) + " " + num(top + cont) + " C"
                        + num(mid) + " " + num(top + cont) + " " + num(mid) + " " + num(top + cont) + " " + num(x1)
                        + " " + num(top + cont) + " Z";
                svg.path(d, Palette.categorical(0), 0.55, f.name() + " to " + flow.get(i + 1).name() + ": "
                        + f.continued() + " journeys continue");
                double end = h - cont;
                if (f.ended() > 0 && end > 0) {
                    double ex = x1 + gap * 0.35;
                    String e = "M" + num(x1) + " " + num(top + cont) + " C" + num(ex) + " " + num(top + cont) + " "
                            + num(ex) + " " + num(top + maxH + 4) + " " + num(ex + 14) + " " + num(top + maxH + 4)
                            + " L" + num(ex + 14) + " " + num(top + maxH + 4 + Math.max(2, end)) + " C" + num(ex - 4)
                            + " " + num(top + maxH + 4 + end) + " " + num(x1) + " " + num(top + h) + " " + num(x1)
                            + " " + num(top + h) + " Z";
                    svg.path(e, Palette.categorical(5), 0.7, f.ended() + " journeys end in " + f.name()
                            + " (" + f.abandoned() + " abandoned)");
                    svg.text(ex + 18, top + maxH + 14, "start", "value", f.ended() + " end");
                }
            }
        }
        return svg.build();
    }
}
