package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.esc;
import static io.github.syntheticcustomers.core.report.Html.num;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.SampleCustomer;
import io.github.syntheticcustomers.core.analysis.Analysis.SampleMeasurement;
import io.github.syntheticcustomers.core.analysis.Analysis.SampleStep;

/**
 * A few customers as cards (the analysis chose them, {@link Analysis#sampleCustomers()}): who they are, their risk,
 * their latest measurements and their journey step by step, so a reader sees people and not only distributions.
 * Everything on a card comes from the records and is escaped.
 */
final class SampleCustomerCards {

    private SampleCustomerCards() {
    }

    static void render(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "sample-customers", "Sample customers");
        if (a.sampleCustomers().isEmpty()) {
            sb.append("<p class=\"note\">The dataset has no customers to show.</p>\n</section>\n");
            return;
        }
        sb.append("<p>").append(a.sampleCustomers().size()).append(" customers chosen by a fixed rule: ")
                .append(esc(Analysis.SAMPLE_CUSTOMER_RULE)).append(".</p>\n<div class=\"cards\">\n");
        int n = 0;
        for (SampleCustomer c : a.sampleCustomers()) {
            card(sb, c, ++n);
        }
        sb.append("</div>\n</section>\n");
    }

    private static void card(StringBuilder sb, SampleCustomer c, int n) {
        String id = "sample-" + n;
        sb.append("<article class=\"card\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
                .append("-name\">\n<h3 id=\"").append(id).append("-name\">").append(esc(c.name()))
                .append(" <small><code>").append(esc(c.id())).append("</code></small></h3>\n<dl>\n");
        item(sb, "Persona", esc(c.personaName()));
        item(sb, "Age", c.age() + ", " + esc(c.gender()));
        item(sb, "Risk level", esc(Analysis.words(c.riskLevel())) + " (score " + c.riskScore() + ")");
        item(sb, "Conditions", c.conditions().isEmpty() ? "none diagnosed" : esc(String.join(", ", c.conditions())));
        StringBuilder m = new StringBuilder();
        for (SampleMeasurement o : c.measurements()) {
            m.append(m.length() == 0 ? "" : ", ").append(esc(Analysis.words(o.code()))).append(' ')
                    .append(num(o.value())).append(' ').append(esc(o.unit()));
        }
        item(sb, "Latest measurements", c.measurements().isEmpty() ? "never screened"
                : m + " (" + c.measurements().get(0).date() + ")");
        sb.append("</dl>\n");
        if (c.scenarioType() == null) {
            sb.append("<p class=\"note\">The dataset has no scenario for this customer.</p>\n</article>\n");
            return;
        }
        sb.append("<p><strong>Journey</strong>: ").append(esc(Analysis.words(c.scenarioType()))).append(", ")
                .append(esc(Analysis.words(c.journeyStatus()))).append(", ").append(c.journeySteps())
                .append(" steps</p>\n<ol class=\"journey\">\n");
        for (SampleStep st : c.journey()) {
            sb.append("<li class=\"step-").append(esc(st.status())).append("\">");
            if (st.date() != null) {
                sb.append("<time datetime=\"").append(st.date()).append("\">").append(st.date()).append("</time> ");
            }
            sb.append(esc(st.name())).append(" <small>(").append(esc(st.phaseName())).append(")</small>: <em>")
                    .append(esc(st.status())).append("</em></li>\n");
        }
        sb.append("</ol>\n");
        if (c.journeySteps() > c.journey().size()) {
            sb.append("<p class=\"note\">and ").append(c.journeySteps() - c.journey().size())
                    .append(" more steps.</p>\n");
        }
        sb.append("</article>\n");
    }

    private static void item(StringBuilder sb, String term, String escapedValue) {
        sb.append("<div><dt>").append(term).append("</dt><dd>").append(escapedValue).append("</dd></div>\n");
    }
}
