package io.github.syntheticcustomers.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.Datasets;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** report.html is well-formed, self-contained, accessible, and shows every section with its numbers. */
class ReportRendererTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    /** The page for the default customers and scenarios. */
    static String renderDefault() {
        return render(Datasets.DATASET);
    }

    static String render(List<CustomerProfile> customers) {
        return render(LoadedDataset.of(customers, Datasets.SCENARIOS));
    }

    static String render(LoadedDataset dataset) {
        return ReportRenderer.render(Analysis.of(dataset, Datasets.CONFIG), QualityChecks.run(dataset,
                Datasets.CONFIG));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element root, String ns, String name) {
        NodeList list = root.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element section(Document doc, String id) {
        return elements(doc.getDocumentElement(), XHTML, "section").stream()
                .filter(s -> s.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    @Test
    void pageIsWellFormedXhtmlWithEverySectionHeadedInOrder() throws Exception {
        Document doc = parse(render(Datasets.DEFAULT));
        Element html = doc.getDocumentElement();
        assertEquals("en", html.getAttribute("lang"));
        assertEquals(1, elements(html, XHTML, "h1").size());
        assertEquals("Synthetic Customers report", elements(html, XHTML, "title").get(0).getTextContent());
        List<String> ids = elements(html, XHTML, "section").stream().map(s -> s.getAttribute("id")).toList();
        assertEquals(ReportRenderer.SECTIONS, ids);
        for (String id : ids) {
            Element s = section(doc, id);
            Element h2 = elements(s, XHTML, "h2").get(0);
            assertEquals(id + "-heading", s.getAttribute("aria-labelledby"));
            assertEquals(id + "-heading", h2.getAttribute("id"));
            assertFalse(h2.getTextContent().isBlank(), id);
        }
    }

    @Test
    void aTableOfContentsLinksEverySectionInPageOrder() throws Exception {
        Document doc = parse(render(Datasets.DEFAULT));
        Element nav = (Element) doc.getElementsByTagNameNS(XHTML, "nav").item(0);
        assertEquals("Contents", nav.getAttribute("aria-label"));
        List<String> links = new java.util.ArrayList<>();
        for (Element a : elements(nav, XHTML, "a")) {
            links.add(a.getAttribute("href"));
        }
        assertEquals(ReportRenderer.SECTIONS.stream().map(id -> "#" + id).toList(), links);
    }

    @Test
    void everyChartIsAnAccessibleImageWithLegendAxisTitlesAndATableBehindIt() throws Exception {
        Document doc = parse(render(Datasets.DEFAULT));
        List<String> chartSections = List.of("persona-distribution", "age-decades", "risk-by-persona", "prevalence",
                "journey-funnel", "emotion-heatmap", "phase-flow");
        for (String id : chartSections) {
            Element s = section(doc, id);
            List<Element> svgs = elements(s, SVG, "svg");
            assertEquals(1, svgs.size(), id);
            Element svg = svgs.get(0);
            assertEquals("img", svg.getAttribute("role"), id);
            String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
            assertEquals(2, labelledBy.length, id);
            Element title = (Element) svg.getElementsByTagNameNS(SVG, "title").item(0);
            Element desc = (Element) svg.getElementsByTagNameNS(SVG, "desc").item(0);
            assertEquals(labelledBy[0], title.getAttribute("id"));
            assertEquals(labelledBy[1], desc.getAttribute("id"));
            assertFalse(title.getTextContent().isBlank(), id);
            assertTrue(desc.getTextContent().length() > 40, id);
            String text = svg.getTextContent();
            assertTrue(svg.getElementsByTagNameNS(SVG, "text").getLength() > 5, id);
            assertNotNull(elements(s, XHTML, "figcaption").get(0), id);
            Element table = elements(s, XHTML, "table").get(0);
            assertFalse(elements(table, XHTML, "caption").get(0).getTextContent().isBlank(), id);
            if (!id.equals("emotion-heatmap") && !id.equals("phase-flow") && !id.equals("prevalence")) {
                for (var persona : Datasets.CONFIG.personas().values()) {
                    assertTrue(table.getTextContent().contains(persona.name()), id + " table lacks "
                            + persona.name());
                }
            }
            if (id.equals("persona-distribution")) {
                assertTrue(text.contains("Actual share") && text.contains("Configured target"), "legend");
                assertTrue(text.contains("Share of customers (%)"), "axis title");
            } else if (id.equals("age-decades")) {
                assertTrue(text.contains("Age decade") && text.contains("Customers"), "axis titles");
                assertTrue(text.contains("Health-Aware Avoiders") && text.contains("30s"), "legend and labels");
            } else if (id.equals("risk-by-persona")) {
                assertTrue(text.contains("low risk") && text.contains("moderate risk"), "legend");
            } else if (id.equals("prevalence")) {
                assertTrue(text.contains("Observed") && text.contains("Population")
                        && text.contains("Share of the band's customers (%)"), "legend and axis title");
                // every referenced rate in the table, with the population, expected and observed columns
                for (var rate : Datasets.CONFIG.epidemiology().rates().values()) {
                    assertTrue(table.getTextContent().contains(rate.label()), "prevalence table lacks " + rate.label());
                }
                assertTrue(text.contains("Hypertension, 40-59"), "band labels");
            } else if (id.equals("journey-funnel")) {
                assertTrue(text.contains("Journey phase") && text.contains("Journeys reaching the phase (%)")
                        && text.contains("Overlooked Risk Group") && text.contains("Continuity"), "funnel");
            } else if (id.equals("emotion-heatmap")) {
                assertTrue(text.contains("anxious") && text.contains("Awareness")
                        && text.contains("Share of the phase's steps"), "heat map labels and legend");
            } else {
                assertTrue(text.contains("Journeys continuing to the next phase")
                        && text.contains("Journeys ending in this phase") && text.contains("Engagement"), "flow");
            }
        }
    }

    @Test
    void qualityTableListsEveryCheckWithStatusValuesAndThresholds() throws Exception {
        List<CustomerProfile> moved = Datasets.edit(c -> c.personaType().equals("health_aware_avoider")
                && c.demographics().age() >= 30, 50, c -> Datasets.withPersona(c, "structured_system_seeker"));
        Document doc = parse(render(LoadedDataset.of(moved)));
        Element s = section(doc, "quality-checks");
        String text = s.getTextContent();
        for (String check : QualityChecks.names()) {
            assertTrue(text.contains(check), check);
        }
        assertTrue(text.contains("FAIL") && text.contains("PASS") && text.contains("SKIPPED"), text);
        assertTrue(text.contains("share.health_aware_avoider = 20%") && text.contains("[28.8, 31.2]%"), text);
        assertTrue(section(doc, "summary").getTextContent().contains("1 of " + QualityChecks.names().size()
                + " quality checks failed"), section(doc, "summary").getTextContent());
    }

    @Test
    void journeySectionsSayPlainlyWhenThereAreNoScenarios() throws Exception {
        Document doc = parse(render(LoadedDataset.of(Datasets.DEFAULT)));
        for (String id : List.of("journey-funnel", "emotion-heatmap", "phase-flow", "journey-outcomes",
                "scenario-mix")) {
            assertTrue(section(doc, id).getTextContent().contains("The dataset has no scenarios"), id);
        }
    }

    @Test
    void insightsAreListed() throws Exception {
        Analysis a = Analysis.of(Datasets.DATASET, Datasets.CONFIG);
        QualityReport q = QualityChecks.run(Datasets.DATASET, Datasets.CONFIG);
        Element s = section(parse(ReportRenderer.render(a, q)), "insights");
        List<Element> items = elements(s, XHTML, "li");
        assertEquals(a.insights().size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(a.insights().get(i).text(), items.get(i).getTextContent());
        }
    }

    @Test
    void pageIsSelfContainedAndDeterministic() {
        String html = render(Datasets.DEFAULT);
        assertEquals(html, render(Datasets.DEFAULT));
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script");
        assertFalse(lower.contains("<link"), "no external style sheet");
        assertFalse(lower.contains("@import") || lower.contains("url("), "no external resources in CSS");
        assertFalse(lower.contains("@font-face"), "no web fonts");
        String withoutNamespaces = lower.replace("http://www.w3.org/1999/xhtml", "")
                .replace("http://www.w3.org/2000/svg", "");
        assertFalse(withoutNamespaces.contains("http://") || withoutNamespaces.contains("https://"),
                "no network reference");
        assertFalse(html.contains("\r"), "LF line ends");
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals(html, render(Datasets.DEFAULT), "same page under a Turkish default locale");
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals(html, render(Datasets.DEFAULT), "same page under a German default locale");
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }

    @Test
    void textFromTheDataIsEscaped() throws Exception {
        List<CustomerProfile> odd = Datasets.edit(c -> true, 1, c -> Datasets.withPersona(c, "<b>&\"x'"));
        String html = render(odd);
        parse(html);
        assertTrue(html.contains("&lt;b&gt;&amp;&quot;x&#39;"), "escaped persona id");
    }
}
