package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.esc;
import static io.github.syntheticcustomers.core.report.Html.num;
import static io.github.syntheticcustomers.core.report.Html.pct;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.analysis.Analysis.DecadeRow;
import io.github.syntheticcustomers.core.analysis.Analysis.Insight;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaRisk;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.Measurement;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code report.html}: one self-contained page (inline CSS and SVG, no script, no web font, no
 * network request) that opens offline. It is also well-formed XML (XHTML syntax), so tests and tools can
 * parse it. Accessible: one {@code h1}, a heading per section, every chart an image with title and
 * description, and the numbers behind every chart in a table. Output depends only on the inputs.
 */
public final class ReportRenderer {

    /** Ids of the chart sections, in page order; each is the id of a {@code <section>}. */
    public static final List<String> SECTIONS = List.of("summary", "insights", "sample-customers",
            "persona-distribution", "age-decades", "risk-by-persona", "prevalence", "persona-profiles",
            "journey-funnel", "step-funnel", "emotion-heatmap", "phase-flow",
            "journey-outcomes", "scenario-mix", "engagement", "retention", "session-rhythm",
            "notification-open-rates", "quality-checks");

    private ReportRenderer() {
    }

    /** The complete page for an analysis and the quality checks of the same dataset. */
    public static String render(Analysis analysis, QualityReport quality) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n")
                .append("<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"").append(SyntheticDatasets.GENERATOR).append(' ')
                .append(esc(SyntheticDatasets.version())).append("\"/>\n")
                .append("<title>Synthetic Customers report</title>\n<style>\n").append(Css.STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        // what matters first: what was generated (the header), then which checks failed, then the contents
        header(sb, analysis, quality);
        StringBuilder top = new StringBuilder(8 * 1024);
        summary(top, analysis, quality);
        StringBuilder rendered = new StringBuilder(64 * 1024);
        render(rendered, analysis, quality);
        String body = collapseTablesBehindFigures(rendered.toString());
        sb.append(top);
        contents(sb, top + body);
        sb.append(body);
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static final Pattern HEADING = Pattern.compile("<h2 id=\"([a-z-]+)-heading\">([^<]*)</h2>");

    /** A table of contents: a link to every section, in page order, read from the sections' headings. */
    private static void contents(StringBuilder sb, CharSequence body) {
        sb.append("<nav aria-label=\"Contents\">\n<h2 id=\"contents-heading\">Contents</h2>\n<ol>\n");
        Matcher m = HEADING.matcher(body);
        while (m.find()) {
            sb.append("<li><a href=\"#").append(m.group(1)).append("\">").append(m.group(2)).append("</a></li>\n");
        }
        sb.append("</ol>\n</nav>\n");
    }

    /**
     * The charts first and the long tables last: the summary and insights, then every chart section, then the
     * quality checks' table of measurements.
     */
    private static void render(StringBuilder sb, Analysis analysis, QualityReport quality) {
        insights(sb, analysis);
        SampleCustomerCards.render(sb, analysis);
        personas(sb, analysis);
        decades(sb, analysis);
        risk(sb, analysis);
        prevalence(sb, analysis);
        cohorts(sb, analysis);
        profiles(sb, analysis);
        JourneySections.render(sb, analysis);
        engagement(sb, analysis);
        TimelineSections.render(sb, analysis);
        quality(sb, quality);
    }

    /**
     * Folds the table of numbers behind each chart into a {@code <details>} element: collapsed, without script,
     * still in the page for screen readers, search and print. The table runs from the first {@code <table>}
     * after the figure to the end of its section.
     */
    static String collapseTablesBehindFigures(String body) {
        StringBuilder out = new StringBuilder(body.length() + 4096);
        String figureEnd = "</figure>\n";
        int from = 0;
        for (int fig = body.indexOf(figureEnd); fig >= 0; fig = body.indexOf(figureEnd, from)) {
            int afterFigure = fig + figureEnd.length();
            int table = body.indexOf("<table", afterFigure);
            int end = body.indexOf("</section>", afterFigure);
            if (table < 0 || end < 0 || table > end) {
                out.append(body, from, afterFigure);
                from = afterFigure;
                continue;
            }
            out.append(body, from, table).append("<details class=\"numbers\">\n<summary>The numbers behind the chart"
                    + "</summary>\n").append(body, table, end).append("</details>\n");
            from = end;
        }
        return out.append(body, from, body.length()).toString();
    }

    static void open(StringBuilder sb, String id, String heading) {
        sb.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n")
                .append("<h2 id=\"").append(id).append("-heading\">").append(esc(heading)).append("</h2>\n");
    }

    /** The anchor of a check's rows in the quality-checks section, e.g. {@code check-persona_distribution}. */
    static String checkAnchor(String checkName) {
        return "check-" + checkName;
    }

    /**
     * The page's header: what the report is about, from the analysis (the dataset's manifest), never from the clock:
     * the configuration's name, seed, count, reference date, generator version, formats and parts.
     */
    private static void header(StringBuilder sb, Analysis a, QualityReport q) {
        Analysis.Dataset d = a.dataset();
        String name = d.configuration();
        sb.append("<header id=\"report-header\">\n<h1>Synthetic Customers report")
                .append(name == null ? "" : ": " + esc(name)).append("</h1>\n<dl class=\"facts\">\n");
        fact(sb, "Configuration", name == null ? "not recorded (analysed without a dataset directory)" : esc(name));
        Long seed = d.seed() != null ? d.seed() : q.seed();
        fact(sb, "Seed", seed == null ? "not recorded" : seed.toString());
        fact(sb, "Count", d.count() + " customers" + (a.customers() == d.count() ? "" : " (" + a.customers()
                + " analysed)") + ", " + a.scenarios() + " scenarios");
        fact(sb, "Reference date", d.referenceDate() == null ? "not recorded" : d.referenceDate().toString());
        fact(sb, "Generator", esc(SyntheticDatasets.GENERATOR + " " + (d.generatorVersion() == null
                ? SyntheticDatasets.version() + " (this report's; the dataset's is not recorded)"
                : d.generatorVersion())));
        fact(sb, "Formats", d.formats().isEmpty() ? "not recorded" : esc(String.join(", ", d.formats())));
        fact(sb, "Parts", d.parts().isEmpty() ? "not recorded" : esc(String.join(", ", d.parts())));
        String fingerprint = a.datasetFingerprint() != null ? a.datasetFingerprint() : q.datasetFingerprint();
        if (fingerprint != null) {
            // which dataset this page describes: the manifest's fingerprint, so a stale page can be told apart
            fact(sb, "Dataset fingerprint", "<code>" + esc(fingerprint) + "</code>");
        }
        sb.append("</dl>\n</header>\n");
    }

    private static void fact(StringBuilder sb, String term, String escapedValue) {
        sb.append("<div><dt>").append(esc(term)).append("</dt><dd>").append(escapedValue).append("</dd></div>\n");
    }

    /**
     * The quality verdict directly under the header: every failed check by name with its one-line finding, each a
     * link to its rows in the quality-checks section; the skipped ones apart, smaller; one line when all passed.
     */
    private static void summary(StringBuilder sb, Analysis a, QualityReport q) {
        open(sb, "summary", "Summary");
        List<CheckResult> failed = q.failed();
        if (failed.isEmpty()) {
            sb.append("<p class=\"verdict pass\"><strong>All ").append(q.checks().size() - q.skipped().size())
                    .append(" quality checks passed</strong>").append(q.skipped().isEmpty() ? ""
                            : " (" + q.skipped().size() + " of " + q.checks().size() + " skipped)")
                    .append(".</p>\n");
        } else {
            sb.append("<p class=\"verdict fail\"><strong>").append(failed.size()).append(" of ")
                    .append(q.checks().size()).append(" quality checks failed:</strong></p>\n")
                    .append("<ul class=\"failed-checks\">\n");
            for (CheckResult c : failed) {
                checkLink(sb, c);
            }
            sb.append("</ul>\n");
        }
        if (!q.skipped().isEmpty()) {
            sb.append("<p class=\"skipped-heading\"><small>Skipped (nothing to measure):</small></p>\n"
                    + "<ul class=\"skipped-checks\">\n");
            for (CheckResult c : q.skipped()) {
                checkLink(sb, c);
            }
            sb.append("</ul>\n");
        }
        sb.append("<p>").append(a.customers()).append(" customers and ").append(a.scenarios())
                .append(" scenarios analysed; the checks' measured values and thresholds are in <a href=\"#")
                .append("quality-checks\">Quality checks</a>.</p>\n</section>\n");
    }

    private static void checkLink(StringBuilder sb, CheckResult c) {
        sb.append("<li><a href=\"#").append(esc(checkAnchor(c.name()))).append("\"><strong>").append(esc(c.title()))
                .append("</strong> (<code>").append(esc(c.name())).append("</code>)</a>: ").append(esc(c.summary()))
                .append("</li>\n");
    }

    private static void insights(StringBuilder sb, Analysis a) {
        open(sb, "insights", "Insights");
        sb.append("<ul class=\"insights\">\n");
        for (Insight i : a.insights()) {
            sb.append("<li data-insight=\"").append(esc(i.id())).append("\">").append(esc(i.text())).append("</li>\n");
        }
        sb.append("</ul>\n</section>\n");
    }

    private static void quality(StringBuilder sb, QualityReport q) {
        open(sb, "quality-checks", "Quality checks");
        long measurements = q.checks().stream().mapToLong(c -> Math.max(1, c.measurements().size())).sum();
        // open when a check failed: then the failing values are what the reader came for
        sb.append("<details class=\"numbers\"").append(q.passed() ? "" : " open=\"open\"").append(">\n<summary>")
                .append(q.checks().size()).append(" checks, ").append(q.passed() ? "all passed"
                        : q.failed().size() + " failed").append(": every measured value (").append(measurements)
                .append(" rows) and its threshold</summary>\n");
        sb.append("<table class=\"checks\">\n<caption>Every quality check with its measured values and the "
                + "thresholds from the configuration</caption>\n<thead><tr><th scope=\"col\">Check</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\">Finding</th><th scope=\"col\">Measured value"
                + "</th><th scope=\"col\">Threshold</th></tr></thead>\n<tbody>\n");
        // the failed checks first, then the others in check order
        List<CheckResult> ordered = new java.util.ArrayList<>(q.failed());
        q.checks().stream().filter(c -> c.status() != io.github.syntheticcustomers.core.quality.CheckStatus.FAIL)
                .forEach(ordered::add);
        for (CheckResult c : ordered) {
            int span = Math.max(1, c.measurements().size());
            String status = c.status().id();
            for (int i = 0; i < span; i++) {
                sb.append(i == 0 ? "<tr id=\"" + esc(checkAnchor(c.name())) + "\" class=\"check-" + status + "\">"
                        : "<tr>");
                if (i == 0) {
                    sb.append("<th scope=\"row\" rowspan=\"").append(span).append("\" title=\"")
                            .append(esc(c.description())).append("\">").append(esc(c.title()))
                            .append("<br/><code>").append(esc(c.name())).append("</code></th>")
                            .append("<td rowspan=\"").append(span).append("\" class=\"status ").append(status)
                            .append("\">").append(status.toUpperCase(java.util.Locale.ROOT)).append("</td>")
                            .append("<td rowspan=\"").append(span).append("\">").append(esc(c.summary()));
                    for (String e : c.examples()) {
                        sb.append("<br/><small>").append(esc(e)).append("</small>");
                    }
                    sb.append("</td>");
                }
                if (c.measurements().isEmpty()) {
                    sb.append("<td>–</td><td>–</td>");
                } else {
                    Measurement m = c.measurements().get(i);
                    sb.append("<td class=\"").append(m.passed() ? "ok" : "bad").append("\"><code>")
                            .append(esc(m.subject())).append("</code> = ").append(esc(m.valueText()))
                            .append(m.passed() ? "" : " (outside)").append("</td><td>").append(esc(m.threshold()))
                            .append("</td>");
                }
                sb.append("</tr>\n");
            }
        }
        sb.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void personas(StringBuilder sb, Analysis a) {
        open(sb, "persona-distribution", "Persona distribution against target");
        figure(sb, CustomerCharts.personaVsTarget(a), "Share of customers per persona; the dark mark is the "
                + "configured target.");
        sb.append("<table>\n<caption>Persona distribution</caption>\n<thead><tr><th scope=\"col\">Persona</th>"
                + "<th scope=\"col\">Customers</th><th scope=\"col\">Share</th><th scope=\"col\">Target</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Category c : a.personas()) {
            sb.append("<tr><th scope=\"row\">").append(esc(c.name())).append("</th><td>").append(c.count())
                    .append("</td><td>").append(pct(c.share())).append("</td><td>").append(pct(c.target()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void decades(StringBuilder sb, Analysis a) {
        open(sb, "age-decades", "Age decades by persona");
        figure(sb, CustomerCharts.ageDecadesByPersona(a), "Customers per age decade, each column stacked by "
                + "persona.");
        sb.append("<table>\n<caption>Customers per age decade and persona</caption>\n<thead><tr>"
                + "<th scope=\"col\">Decade</th>");
        for (Category p : a.personas()) {
            sb.append("<th scope=\"col\">").append(esc(p.name())).append("</th>");
        }
        sb.append("<th scope=\"col\">Total</th><th scope=\"col\">Share</th><th scope=\"col\">Target</th></tr>"
                + "</thead>\n<tbody>\n");
        for (DecadeRow r : CustomerCharts.shownDecades(a)) {
            sb.append("<tr><th scope=\"row\">").append(esc(r.label())).append("</th>");
            for (Count c : r.byPersona()) {
                sb.append("<td>").append(c.count()).append("</td>");
            }
            sb.append("<td>").append(r.count()).append("</td><td>").append(pct(r.share())).append("</td><td>")
                    .append(pct(r.target())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void risk(StringBuilder sb, Analysis a) {
        open(sb, "risk-by-persona", "Risk level by persona");
        figure(sb, CustomerCharts.riskByPersona(a), "Each persona's customers split by risk level.");
        sb.append("<table>\n<caption>Risk level by persona</caption>\n<thead><tr><th scope=\"col\">Persona</th>");
        for (Category l : a.riskLevels()) {
            sb.append("<th scope=\"col\">").append(esc(l.name())).append("</th>");
        }
        sb.append("<th scope=\"col\">Above lowest level</th><th scope=\"col\">Mean risk score</th></tr></thead>\n"
                + "<tbody>\n");
        for (PersonaRisk r : a.riskByPersona()) {
            sb.append("<tr><th scope=\"row\">").append(esc(r.name())).append("</th>");
            for (Count c : r.levels()) {
                sb.append("<td>").append(c.count()).append(" (").append(pct(c.share())).append(")</td>");
            }
            sb.append("<td>").append(pct(r.elevatedShare())).append("</td><td>").append(num(r.meanRiskScore()))
                    .append("</td></tr>\n");
        }
        sb.append("<tr><th scope=\"row\">All customers</th>");
        for (Category l : a.riskLevels()) {
            sb.append("<td>").append(l.count()).append(" (").append(pct(l.share())).append(", target ")
                    .append(pct(l.target())).append(")</td>");
        }
        sb.append("<td></td><td></td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static void prevalence(StringBuilder sb, Analysis a) {
        open(sb, "prevalence", "Prevalence against the reference table");
        figure(sb, CustomerCharts.prevalenceAgainstReference(a), "Observed prevalence per age band; the solid mark "
                + "(expected) is the reference rate times the personas' multipliers, the dashed mark the population's.");
        sb.append("<table>\n<caption>Prevalence per reference rate and age band (the epidemiology check judges "
                + "observed against expected" + (a.cohorts().isEmpty() ? "" : "; over the calibrated population, "
                + "the customers of no cohort") + ")</caption>\n<thead><tr><th scope=\"col\">Rate</th>"
                + "<th scope=\"col\">Age band</th><th scope=\"col\">Customers</th><th scope=\"col\">Population"
                + "</th><th scope=\"col\">Expected</th><th scope=\"col\">Observed</th></tr></thead>\n<tbody>\n");
        for (Analysis.Prevalence p : a.prevalence()) {
            sb.append("<tr><th scope=\"row\">").append(esc(p.label())).append("</th><td>").append(esc(p.band()))
                    .append("</td><td>").append(p.customers()).append("</td><td>").append(pct(p.reference()))
                    .append("</td><td>").append(pct(p.expected())).append("</td><td>")
                    .append(p.customers() == 0 ? "–" : pct(p.observed())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * The cohorts beside the calibrated population ({@code cohorts[]}, docs/cohorts.md): one column per group, its
     * condition, size against the size asked for, ages, genders and risk levels. Absent without cohorts.
     */
    private static void cohorts(StringBuilder sb, Analysis a) {
        if (a.cohorts().isEmpty()) {
            return;
        }
        open(sb, "cohorts", "Cohorts");
        sb.append("<p>Customers generated for a cohort are drawn to its condition; the calibrated population (the "
                + "customers of no cohort) keeps the reference rates, and the prevalence above, the epidemiology and "
                + "realism checks measure it alone. The cohorts check holds each cohort to its size and condition."
                + "</p>\n");
        sb.append("<table>\n<caption>Cohorts beside the calibrated population</caption>\n<thead><tr>"
                + "<th scope=\"col\"></th>");
        for (Analysis.CohortFigures g : a.cohorts()) {
            sb.append("<th scope=\"col\">").append(esc(g.name())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        cohortRow(sb, a, "Condition", g -> esc(g.condition()));
        cohortRow(sb, a, "Customers", g -> g.count() + (g.expected() == null ? "" : " (asked " + g.expected() + ")"));
        cohortRow(sb, a, "Share of the dataset", g -> pct(g.share()));
        cohortRow(sb, a, "Mean age", g -> g.count() == 0 ? "–" : num(g.meanAge()) + " (" + g.youngest() + "–"
                + g.oldest() + ")");
        int genders = a.cohorts().get(0).genders().size();
        for (int i = 0; i < genders; i++) {
            int k = i;
            cohortRow(sb, a, Analysis.words(a.cohorts().get(0).genders().get(i).id()),
                    g -> k < g.genders().size() ? pct(g.genders().get(k).share()) : "–");
        }
        int levels = a.cohorts().get(0).riskLevels().size();
        for (int i = 0; i < levels; i++) {
            int k = i;
            cohortRow(sb, a, "Risk " + Analysis.words(a.cohorts().get(0).riskLevels().get(i).id()),
                    g -> k < g.riskLevels().size() ? pct(g.riskLevels().get(k).share()) : "–");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void cohortRow(StringBuilder sb, Analysis a, String heading,
            java.util.function.Function<Analysis.CohortFigures, String> cell) {
        sb.append("<tr><th scope=\"row\">").append(esc(heading)).append("</th>");
        for (Analysis.CohortFigures g : a.cohorts()) {
            sb.append("<td>").append(cell.apply(g)).append("</td>");
        }
        sb.append("</tr>\n");
    }

    private static void engagement(StringBuilder sb, Analysis a) {
        open(sb, "engagement", "Engagement steps");
        Analysis.Engagement e = a.engagement();
        if (e == null || e.steps() == 0) {
            sb.append("<p>The dataset has no engagement steps.</p>\n</section>\n");
            return;
        }
        sb.append("<table>\n<caption>Tier trajectories per persona: the share of steps at each tier, and the "
                + "journeys whose tier changes</caption>\n<thead><tr><th scope=\"col\">Persona</th>"
                + "<th scope=\"col\">Steps</th><th scope=\"col\">Essential</th><th scope=\"col\">Extended</th>"
                + "<th scope=\"col\">Comprehensive</th><th scope=\"col\">Journeys changing tier</th></tr></thead>\n"
                + "<tbody>\n");
        for (Analysis.PersonaTiers t : e.tiersByPersona()) {
            sb.append("<tr><th scope=\"row\">").append(esc(t.name())).append("</th><td>").append(t.steps())
                    .append("</td><td>").append(pct(t.essential())).append("</td><td>").append(pct(t.extended()))
                    .append("</td><td>").append(pct(t.comprehensive())).append("</td><td>")
                    .append(t.journeysChangingTier()).append(" of ").append(t.journeys()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n<table>\n<caption>Scaffolding by emotional state</caption>\n<thead><tr>"
                + "<th scope=\"col\">State</th><th scope=\"col\">Steps</th><th scope=\"col\">Scaffolding types"
                + "</th></tr></thead>\n<tbody>\n");
        for (Analysis.StateScaffolding st : e.scaffoldingByState()) {
            StringBuilder types = new StringBuilder();
            for (Analysis.Count c : st.types()) {
                types.append(types.length() == 0 ? "" : ", ").append(c.id()).append(' ').append(c.count())
                        .append(" (").append(pct(c.share())).append(')');
            }
            sb.append("<tr><th scope=\"row\">").append(esc(st.state())).append("</th><td>").append(st.steps())
                    .append("</td><td>").append(esc(types.toString())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n<table>\n<caption>Pattern metrics by outcome (means, 0–1)</caption>\n"
                + "<thead><tr><th scope=\"col\">Completion status</th><th scope=\"col\">Steps</th>"
                + "<th scope=\"col\">Value articulation</th><th scope=\"col\">Emotional scaffolding</th>"
                + "<th scope=\"col\">Progressive disclosure</th><th scope=\"col\">Persona alignment</th></tr>"
                + "</thead>\n<tbody>\n");
        for (Analysis.OutcomeMetrics m : e.metricsByOutcome()) {
            sb.append("<tr><th scope=\"row\">").append(esc(m.status())).append("</th><td>").append(m.steps())
                    .append("</td><td>").append(num(m.valueArticulation())).append("</td><td>")
                    .append(num(m.emotionalScaffolding())).append("</td><td>").append(num(m.progressiveDisclosure()))
                    .append("</td><td>").append(num(m.personaAlignment())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void profiles(StringBuilder sb, Analysis a) {
        open(sb, "persona-profiles", "Persona profiles");
        // the screening columns only for a product that screens: without programmes nobody has a screening on record
        boolean screens = a.personaProfiles().stream().anyMatch(p -> p.count() > 0 && p.screeningHistoryShare() > 0);
        sb.append("<table>\n<caption>Mean profile figures per persona</caption>\n<thead><tr>"
                + "<th scope=\"col\">Persona</th><th scope=\"col\">Customers</th><th scope=\"col\">Mean age</th>")
                .append(screens ? "<th scope=\"col\">With screening history</th>"
                        + "<th scope=\"col\">Mean screening completion</th>" : "")
                .append("<th scope=\"col\">Mean engagement score</th></tr></thead>\n<tbody>\n");
        for (Analysis.PersonaProfileSummary p : a.personaProfiles()) {
            sb.append("<tr><th scope=\"row\">").append(esc(p.name())).append("</th><td>").append(p.count())
                    .append("</td><td>").append(num(p.meanAge())).append("</td><td>");
            if (screens) {
                sb.append(pct(p.screeningHistoryShare())).append("</td><td>")
                        .append(pct(p.meanScreeningCompletion())).append("</td><td>");
            }
            sb.append(num(p.meanEngagementScore())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    static void figure(StringBuilder sb, String svg, String caption) {
        sb.append("<figure>\n").append(svg).append("\n<figcaption>").append(esc(caption))
                .append(" The numbers are in the table below it.</figcaption>\n</figure>\n");
    }
}
