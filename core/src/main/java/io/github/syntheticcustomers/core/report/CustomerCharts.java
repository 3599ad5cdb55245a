package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.num;
import static io.github.syntheticcustomers.core.report.Html.pct;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.analysis.Analysis.DecadeRow;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaRisk;
import java.util.ArrayList;
import java.util.List;

/** The charts over customers: persona mix against target, age decades by persona, risk by persona. */
final class CustomerCharts {

    static final double WIDTH = 760;
    private static final double LABEL_WIDTH = 210;
    private static final double RIGHT = 30;

    private CustomerCharts() {
    }

    /** Horizontal bars of each persona's share with its target marked. */
    static String personaVsTarget(Analysis a) {
        List<Category> personas = a.personas();
        double max = niceMax(personas.stream().mapToDouble(c -> Math.max(c.share(), c.target())).max().orElse(0));
        double row = 34;
        double legend = 24;
        double top = 10 + legend;
        double plotW = WIDTH - LABEL_WIDTH - RIGHT;
        double height = top + personas.size() * row + 50;
        StringBuilder desc = new StringBuilder("Share of customers per persona, with the configured target: ");
        for (Category c : personas) {
            desc.append(c.name()).append(' ').append(pct(c.share())).append(" (target ").append(pct(c.target()))
                    .append("); ");
        }
        Svg svg = new Svg("chart-personas", WIDTH, height, "Persona distribution against target", desc.toString());
        svg.rect(LABEL_WIDTH, 10, 12, 12, Palette.categorical(0), null);
        svg.text(LABEL_WIDTH + 17, 20.5, "start", "legend-label", "Actual share");
        svg.line(LABEL_WIDTH + 130, 8, LABEL_WIDTH + 130, 24, "target");
        svg.text(LABEL_WIDTH + 138, 20.5, "start", "legend-label", "Configured target");
        axisX(svg, top, top + personas.size() * row, plotW, max, "Share of customers (%)");
        for (int i = 0; i < personas.size(); i++) {
            Category c = personas.get(i);
            double y = top + i * row;
            svg.text(LABEL_WIDTH - 8, y + row / 2 + 4, "end", "label", c.name());
            svg.rect(LABEL_WIDTH, y + 6, plotW * c.share() / max, row - 12, Palette.categorical(0),
                    c.name() + ": " + pct(c.share()) + " (" + c.count() + " customers), target " + pct(c.target()));
            double tx = LABEL_WIDTH + plotW * c.target() / max;
            svg.line(tx, y + 2, tx, y + row - 2, "target", c.name() + " target " + pct(c.target()));
            svg.text(LABEL_WIDTH + plotW * c.share() / max + 4, y + row / 2 + 4, "start", "value", pct(c.share()));
        }
        return svg.build();
    }

    /**
     * Horizontal bars of each referenced rate's observed prevalence per age band (bands with customers only), with
     * the rate the customers' traits imply (solid mark) and the population's rate (dashed mark).
     */
    static String prevalenceAgainstReference(Analysis a) {
        List<Analysis.Prevalence> rows = a.prevalence().stream().filter(p -> p.customers() > 0).toList();
        double max = niceMax(rows.stream().mapToDouble(p -> Math.max(p.observed(), Math.max(p.expected(),
                p.reference()))).max().orElse(0));
        double row = 24;
        double top = 34;
        double labels = 270; // "High total cholesterol, 40-59" needs more room than the persona names
        double plotW = WIDTH - labels - RIGHT;
        double height = top + rows.size() * row + 50;
        StringBuilder desc = new StringBuilder("Prevalence per age band: observed, expected from the personas, "
                + "population reference: ");
        for (Analysis.Prevalence p : rows) {
            desc.append(p.label()).append(' ').append(p.band()).append(' ').append(pct(p.observed())).append(" (")
                    .append(pct(p.expected())).append(", ").append(pct(p.reference())).append("); ");
        }
        Svg svg = new Svg("chart-prevalence", WIDTH, height, "Prevalence against the reference table",
                desc.toString());
        svg.rect(labels, 10, 12, 12, Palette.categorical(0), null);
        svg.text(labels + 17, 20.5, "start", "legend-label", "Observed");
        svg.line(labels + 95, 8, labels + 95, 24, "target");
        svg.text(labels + 103, 20.5, "start", "legend-label", "Expected");
        svg.line(labels + 190, 8, labels + 190, 24, "reference");
        svg.text(labels + 198, 20.5, "start", "legend-label", "Population");
        axisX(svg, labels, top, top + rows.size() * row, plotW, max, "Share of the band's customers (%)");
        for (int i = 0; i < rows.size(); i++) {
            Analysis.Prevalence p = rows.get(i);
            double y = top + i * row;
            String name = p.label() + ", " + p.band();
            svg.text(labels - 8, y + row / 2 + 4, "end", "label", name);
            svg.rect(labels, y + 4, plotW * p.observed() / max, row - 8, Palette.categorical(0),
                    name + ": " + pct(p.observed()) + " of " + p.customers() + " customers");
            double ex = labels + plotW * p.expected() / max;
            svg.line(ex, y + 1, ex, y + row - 1, "target", name + " expected " + pct(p.expected()));
            double rx = labels + plotW * p.reference() / max;
            svg.line(rx, y + 1, rx, y + row - 1, "reference", name + " population " + pct(p.reference()));
        }
        return svg.build();
    }

    /**
     * The age decades the report shows: those with a target or with customers. A decade whose configured target is 0
     * and that has no customer says nothing about the product (a product for 25 to 59 year-olds has no sixties).
     */
    static List<DecadeRow> shownDecades(Analysis a) {
        return a.ageDecades().stream().filter(r -> r.target() > 0 || r.count() > 0).toList();
    }

    /** Columns per age decade, stacked by persona (customer counts). */
    static String ageDecadesByPersona(Analysis a) {
        List<DecadeRow> rows = shownDecades(a);
        List<String> names = a.personas().stream().map(Category::name).toList();
        List<String> colours = colours(names.size());
        double left = 70;
        double plotW = WIDTH - left - RIGHT;
        double legend = Svg.legendHeight(plotW, names);
        double top = 10 + legend + 24;
        double plotH = 260;
        double height = top + plotH + 55;
        double max = niceMax(rows.stream().mapToDouble(DecadeRow::count).max().orElse(0));
        StringBuilder desc = new StringBuilder("Customers per age decade, stacked by persona: ");
        for (DecadeRow r : rows) {
            desc.append(r.label()).append(' ').append(r.count()).append(" (").append(pct(r.share())).append("); ");
        }
        Svg svg = new Svg("chart-age-decades", WIDTH, height, "Age decades stacked by persona", desc.toString());
        svg.legend(left, 10, plotW, names, colours);
        axisY(svg, left, top, plotW, plotH, max, "Customers");
        double slot = rows.isEmpty() ? plotW : plotW / rows.size();
        double barW = Math.min(90, slot * 0.6);
        for (int i = 0; i < rows.size(); i++) {
            DecadeRow r = rows.get(i);
            double x = left + i * slot + (slot - barW) / 2;
            double y = top + plotH;
            for (int p = 0; p < r.byPersona().size(); p++) {
                Count c = r.byPersona().get(p);
                double h = max == 0 ? 0 : plotH * c.count() / max;
                y -= h;
                if (c.count() > 0) {
                    svg.rect(x, y, barW, h, colours.get(p), r.label() + ", " + names.get(p) + ": " + c.count()
                            + " customers");
                }
            }
            svg.text(x + barW / 2, y - 4, "middle", "value", Long.toString(r.count()));
            svg.text(x + barW / 2, top + plotH + 16, "middle", "label", r.label());
        }
        svg.text(left + plotW / 2, top + plotH + 40, "middle", "axis-title", "Age decade");
        return svg.build();
    }

    /** One 100% bar per persona, split by risk level. */
    static String riskByPersona(Analysis a) {
        List<PersonaRisk> rows = a.riskByPersona();
        List<String> levels = a.riskLevels().stream().map(Category::name).toList();
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            colours.add(Palette.ordered(i));
        }
        double plotW = WIDTH - LABEL_WIDTH - RIGHT;
        double legend = Svg.legendHeight(plotW, levels);
        double top = 10 + legend + 6;
        double row = 34;
        double height = top + rows.size() * row + 50;
        StringBuilder desc = new StringBuilder("Risk levels within each persona: ");
        for (PersonaRisk r : rows) {
            desc.append(r.name()).append(':');
            for (Count c : r.levels()) {
                desc.append(' ').append(c.id()).append(' ').append(pct(c.share()));
            }
            desc.append("; ");
        }
        Svg svg = new Svg("chart-risk", WIDTH, height, "Risk level by persona", desc.toString());
        svg.legend(LABEL_WIDTH, 10, plotW, levels.stream().map(l -> l + " risk").toList(), colours);
        axisX(svg, top, top + rows.size() * row, plotW, 100, "Share of the persona's customers (%)");
        for (int i = 0; i < rows.size(); i++) {
            PersonaRisk r = rows.get(i);
            double y = top + i * row;
            svg.text(LABEL_WIDTH - 8, y + row / 2 + 4, "end", "label", r.name());
            double x = LABEL_WIDTH;
            for (int l = 0; l < r.levels().size(); l++) {
                Count c = r.levels().get(l);
                double w = plotW * c.share() / 100;
                svg.rect(x, y + 6, w, row - 12, colours.get(l), r.name() + ", " + c.id() + " risk: "
                        + pct(c.share()) + " (" + c.count() + " customers)");
                if (w > 34) {
                    svg.text(x + w / 2, y + row / 2 + 4, "middle", "in-bar", pct(c.share()));
                }
                x += w;
            }
        }
        return svg.build();
    }

    static List<String> colours(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Palette.categorical(i));
        }
        return out;
    }

    /** A horizontal value axis under rows from {@code top} to {@code bottom}, 0…max with gridlines. */
    static void axisX(Svg svg, double top, double bottom, double plotW, double max, String title) {
        axisX(svg, LABEL_WIDTH, top, bottom, plotW, max, title);
    }

    /** The value axis of a bar chart whose plot starts at {@code left}. */
    static void axisX(Svg svg, double left, double top, double bottom, double plotW, double max, String title) {
        for (int t = 0; t <= 5; t++) {
            double v = max * t / 5;
            double x = left + plotW * t / 5;
            svg.line(x, top, x, bottom, t == 0 ? "axis" : "grid");
            svg.text(x, bottom + 16, "middle", "tick", num(v));
        }
        svg.text(left + plotW / 2, bottom + 38, "middle", "axis-title", title);
    }

    /** A vertical value axis 0…max with gridlines. */
    static void axisY(Svg svg, double left, double top, double plotW, double plotH, double max, String title) {
        for (int t = 0; t <= 5; t++) {
            double v = max * t / 5;
            double y = top + plotH - plotH * t / 5;
            svg.line(left, y, left + plotW, y, t == 0 ? "axis" : "grid");
            svg.text(left - 6, y + 4, "end", "tick", num(v));
        }
        svg.verticalText(18, top + plotH / 2, "axis-title", title);
    }

    /** A round axis maximum at or above {@code value}: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceMax(double value) {
        if (value <= 0) {
            return 1;
        }
        double pow = StrictMath.pow(10, Math.floor(StrictMath.log10(value)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * pow >= value - 1e-9) {
                return m * pow;
            }
        }
        return 10 * pow;
    }
}
