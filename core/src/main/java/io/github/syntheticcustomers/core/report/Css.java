package io.github.syntheticcustomers.core.report;

/** The report's inline style sheet: system fonts only, readable contrast, print-friendly. */
final class Css {

    static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #ffffff; color: #1a1a1a;
              font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1000px; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.9rem; margin: 0 0 1rem; }
            h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; }
            section { margin-bottom: 1.5rem; }
            figure { margin: 0 0 1rem; overflow-x: auto; }
            figcaption { font-size: 0.9rem; color: #4a4a4a; }
            svg.chart { max-width: 100%; height: auto; font-size: 12px; }
            svg .label, svg .tick, svg .value, svg .legend-label { fill: #1a1a1a; }
            svg .tick { fill: #4a4a4a; font-size: 11px; }
            svg .axis-title { fill: #1a1a1a; font-weight: 600; }
            svg .in-bar { fill: #000000; font-weight: 600; }
            svg .cell { fill: #1a1a1a; font-size: 11px; }
            svg .cell-dark { fill: #ffffff; font-size: 11px; font-weight: 600; }
            svg .axis { stroke: #1a1a1a; stroke-width: 1; }
            svg .grid { stroke: #d0d7de; stroke-width: 1; }
            svg .target { stroke: #1a1a1a; stroke-width: 3; }
            svg .reference { stroke: #1a1a1a; stroke-width: 2; stroke-dasharray: 3 2; }
            svg .flow { stroke: #1a1a1a; stroke-width: 1; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
            caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
            details.numbers > summary { cursor: pointer; color: #1f4e79; margin: 0.3rem 0; }
            th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            thead th { background: #f3f5f7; }
            td.status { font-weight: 700; }
            td.pass { color: #0a6b2f; }
            td.fail, td.bad { color: #a4161a; }
            td.skipped { color: #5a5a5a; }
            p.verdict.pass { color: #0a6b2f; }
            p.verdict.fail { color: #a4161a; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; }
            .note { color: #4a4a4a; font-style: italic; }
            header dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
              gap: 0.3rem 1.2rem; margin: 0 0 1rem; }
            header dl.facts dt { font-size: 0.8rem; color: #4a4a4a; }
            header dl.facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            ul.failed-checks li { color: #a4161a; margin: 0.2rem 0; }
            ul.failed-checks a { color: #a4161a; }
            ul.skipped-checks { font-size: 0.85rem; color: #4a4a4a; }
            tr.check-fail > th { border-left: 4px solid #a4161a; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1rem; }
            article.card { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.6rem 0.9rem; font-size: 0.92rem; }
            article.card h3 { margin: 0 0 0.4rem; font-size: 1.1rem; }
            article.card dl div { display: flex; gap: 0.5rem; }
            article.card dt { font-weight: 600; min-width: 6.5rem; }
            article.card dd { margin: 0; }
            ol.journey { padding-left: 1.4rem; margin: 0.3rem 0; }
            ol.journey time { font-variant-numeric: tabular-nums; color: #4a4a4a; }
            li.step-abandoned em { color: #a4161a; }
            @media print { h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
            """;

    private Css() {
    }
}
