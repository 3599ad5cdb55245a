package io.github.syntheticcustomers.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.Datasets;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The report leads with what matters (issue 33): the header names what was generated, the failed checks come
 * directly under it with links that land on their rows, the failed checks' rows come first, and the funnel, step
 * chart and sample customers show the analysis's figures.
 */
class ReportLayoutTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @TempDir
    Path dir;

    /**
     * The default dataset with 50 avoiders of 30 or older moved to another persona: persona_distribution fails, and
     * scenario_consistency (the scenarios still name the old persona).
     */
    static LoadedDataset failingDataset() {
        List<CustomerProfile> moved = Datasets.edit(c -> c.personaType().equals("health_aware_avoider")
                && c.demographics().age() >= 30, 50, c -> Datasets.withPersona(c, "structured_system_seeker"));
        return LoadedDataset.of(moved, Datasets.SCENARIOS);
    }

    static String render(LoadedDataset d) {
        return ReportRenderer.render(Analysis.of(d, Datasets.CONFIG), QualityChecks.run(d, Datasets.CONFIG));
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> all(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(XHTML, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element byId(Document doc, String id) {
        for (Element e : all(doc.getDocumentElement(), "*")) {
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    @Test
    void headerThenFailedChecksWithLinksThatLandOnTheirRowsThenContents() throws Exception {
        LoadedDataset d = failingDataset();
        QualityReport q = QualityChecks.run(d, Datasets.CONFIG);
        List<String> failedNames = q.failed().stream().map(c -> c.name()).toList();
        assertEquals(List.of("persona_distribution", "scenario_consistency"), failedNames);
        Document doc = ReportRendererTest.parse(render(d));
        Element main = all(doc.getDocumentElement(), "main").get(0);
        List<Element> top = children(main);
        assertEquals("header", top.get(0).getLocalName(), "the header comes first");
        assertEquals("summary", top.get(1).getAttribute("id"), "the checks' verdict directly under the header");
        assertEquals("nav", top.get(2).getLocalName(), "the contents after the verdict");

        Element summary = top.get(1);
        List<Element> failed = all(summary, "ul").stream()
                .filter(u -> u.getAttribute("class").equals("failed-checks")).toList();
        assertEquals(1, failed.size());
        List<Element> links = all(failed.get(0), "a");
        assertEquals(failedNames.stream().map(n -> "#check-" + n).toList(),
                links.stream().map(a -> a.getAttribute("href")).toList(), "every failed check, linked, in order");
        for (int i = 0; i < links.size(); i++) {
            assertTrue(links.get(i).getTextContent().contains(failedNames.get(i)));
            // the one-line finding beside the link
            String item = all(failed.get(0), "li").get(i).getTextContent();
            assertTrue(item.contains(q.check(failedNames.get(i)).summary()), item);
        }
        // the first link after the header is the failed check's
        assertEquals(links.get(0), all(summary, "a").get(0));

        Element target = byId(doc, "check-persona_distribution");
        assertNotNull(target, "the link's target exists");
        assertEquals("tr", target.getLocalName());
        assertTrue(target.getTextContent().contains("FAIL"));

        // the skipped checks apart, each linked too, and every link of the summary has its target
        for (Element a : all(summary, "a")) {
            String href = a.getAttribute("href");
            assertTrue(href.startsWith("#") && byId(doc, href.substring(1)) != null, "no target for " + href);
        }
        assertEquals(q.skipped().size(), all(summary, "ul").stream()
                .filter(u -> u.getAttribute("class").equals("skipped-checks"))
                .mapToInt(u -> all(u, "li").size()).sum());
    }

    @Test
    void theFailedChecksRowsComeFirstInTheQualitySection() throws Exception {
        Document doc = ReportRendererTest.parse(render(failingDataset()));
        List<String> rows = all(byId(doc, "quality-checks"), "tr").stream().map(r -> r.getAttribute("id"))
                .filter(id -> id.startsWith("check-")).toList();
        assertEquals(List.of("check-persona_distribution", "check-scenario_consistency"), rows.subList(0, 2));
        assertEquals(QualityChecks.names().size(), rows.size(), "every check has its anchor");
        List<String> inCheckOrder = new ArrayList<>(QualityChecks.names().stream().map(n -> "check-" + n).toList());
        inCheckOrder.removeAll(rows.subList(0, 2));
        assertEquals(inCheckOrder, rows.subList(2, rows.size()), "the others in check order");
    }

    @Test
    void whenEveryCheckPassesOneLineSaysSoWithTheCount() throws Exception {
        QualityReport q = QualityChecks.run(Datasets.DATASET, Datasets.CONFIG);
        assertTrue(q.passed() && q.skipped().isEmpty(), q.failureMessage());
        Document doc = ReportRendererTest.parse(ReportRendererTest.renderDefault());
        Element summary = byId(doc, "summary");
        assertEquals("All " + q.checks().size() + " quality checks passed.",
                all(summary, "p").get(0).getTextContent());
        assertTrue(all(summary, "ul").isEmpty(), "no list when nothing failed or was skipped");
    }

    @Test
    void theHeaderShowsTheManifestsFiguresNotTheClocks() throws Exception {
        Path config = dir.resolve("programme.yaml");
        Files.writeString(config, "reference_date: 2025-06-30\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG.withReferenceDate(
                java.time.LocalDate.of(2025, 6, 30)), 77, 120, Format.parseList("f", "jsonl,csv"), out, 1)
                .withConfigSource(ConfigSource.read(config).withoutDirectories()));
        ReportFiles.Written w = ReportFiles.report(out, ConfigSource.read(config).load());
        Manifest m = DatasetReader.readManifest(out);
        Analysis.Dataset d = w.analysis().dataset();
        assertEquals("programme.yaml", d.configuration());
        assertEquals(77L, d.seed());
        assertEquals(120, d.count());
        assertEquals(java.time.LocalDate.of(2025, 6, 30), d.referenceDate());
        assertEquals(m.generatorVersion(), d.generatorVersion());
        assertEquals(m.formats(), d.formats());
        assertEquals(2, d.formats().size());
        assertTrue(d.parts().containsAll(List.of("customers", "scenarios")), d.parts().toString());

        Document doc = ReportRendererTest.parse(Files.readString(w.reportFile(), StandardCharsets.UTF_8));
        Element header = all(doc.getDocumentElement(), "header").get(0);
        String text = header.getTextContent();
        assertEquals("Synthetic Customers report: programme.yaml", all(header, "h1").get(0).getTextContent());
        for (String expected : List.of("Seed77", "Count120 customers, 120 scenarios", "Reference date2025-06-30",
                "Generatorsynthetic-customers " + m.generatorVersion(), "Formats" + String.join(", ", m.formats()), m.fingerprint())) {
            assertTrue(text.contains(expected), "header lacks " + expected + ": " + text);
        }
    }

    @Test
    void theBuiltInDefaultsAreNamedSo() {
        Path out = dir.resolve("built-in");
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 30, Format.parseList("f", "jsonl"), out,
                1));
        ReportFiles.Written w = ReportFiles.report(out, Datasets.CONFIG);
        assertEquals(Analysis.Dataset.BUILT_IN, w.analysis().dataset().configuration());
    }

    @Test
    void theFunnelExplainsJourneysThatStartLaterWithTheAnalysisFigures() throws Exception {
        Analysis a = Analysis.of(Datasets.DATASET, Datasets.CONFIG);
        assertTrue(a.phaseFlow().get(0).reached() < a.phaseFlow().get(1).reached(),
                "the seed's dataset has a first phase lower than its second: the case to explain");
        Element s = byId(ReportRendererTest.parse(ReportRendererTest.renderDefault()), "journey-funnel");
        String text = s.getTextContent();
        assertTrue(text.contains("That is why the first phase can be reached by fewer journeys than the second"),
                text);
        List<Element> items = all(s, "li");
        assertEquals(a.phaseFlow().size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Analysis.PhaseFlow f = a.phaseFlow().get(i);
            assertEquals(f.name() + ": " + f.reached() + " journeys reached it = " + f.entered() + " started here + "
                    + f.arrived() + " continued from an earlier phase", items.get(i).getTextContent());
        }
    }

    @Test
    void theStepChartDrawsEveryStepInFrameworkOrderWithItsNumbersAsText() throws Exception {
        Analysis a = Analysis.of(Datasets.DATASET, Datasets.CONFIG);
        Document doc = ReportRendererTest.parse(ReportRendererTest.renderDefault());
        Element svg = byIdAny(doc, "chart-steps");
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("chart-steps-title chart-steps-desc", svg.getAttribute("aria-labelledby"));
        String text = svg.getTextContent();
        int from = 0;
        for (Analysis.StepFunnel st : a.stepFunnel()) {
            int at = text.indexOf(st.name(), from);
            assertTrue(at >= from, "step " + st.name() + " missing or out of order");
            from = at;
            for (String value : List.of(st.reached() + " reached", st.completed() + " completed",
                    st.abandoned() + " abandoned")) {
                assertTrue(text.contains(value), st.name() + " lacks " + value);
            }
        }
        assertEquals(Datasets.CONFIG.journey().phases().stream().mapToInt(p -> p.steps().size()).sum(),
                a.stepFunnel().size());
    }

    private static Element byIdAny(Document doc, String id) {
        NodeList list = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Test
    void sampleCustomerCardsShowTheChosenCustomersAndTheirJourneys() throws Exception {
        Analysis a = Analysis.of(Datasets.DATASET, Datasets.CONFIG);
        Element s = byId(ReportRendererTest.parse(ReportRendererTest.renderDefault()), "sample-customers");
        List<Element> cards = all(s, "article");
        assertEquals(a.sampleCustomers().size(), cards.size());
        assertTrue(cards.size() >= 3, "a few cards");
        assertTrue(s.getTextContent().contains(Analysis.SAMPLE_CUSTOMER_RULE), "the rule is stated");
        for (int i = 0; i < cards.size(); i++) {
            Analysis.SampleCustomer c = a.sampleCustomers().get(i);
            String card = cards.get(i).getTextContent();
            for (String fact : List.of(c.name(), c.id(), c.personaName(), String.valueOf(c.age()),
                    "score " + c.riskScore())) {
                assertTrue(card.contains(fact), "card " + i + " lacks " + fact);
            }
            List<Element> steps = all(cards.get(i), "li");
            assertEquals(c.journey().size(), steps.size());
            for (int k = 0; k < steps.size(); k++) {
                Analysis.SampleStep st = c.journey().get(k);
                String li = steps.get(k).getTextContent();
                assertTrue(li.startsWith(st.date().toString()) && li.contains(st.name()) && li.endsWith(st.status()),
                        li);
            }
        }
    }

    @Test
    void cardTextFromTheDataIsEscaped() throws Exception {
        // the first customer of the largest persona is the first card: give them a hostile name
        Analysis plain = Analysis.of(Datasets.DATASET, Datasets.CONFIG);
        String first = plain.sampleCustomers().get(0).id();
        List<CustomerProfile> odd = Datasets.edit(c -> c.id().equals(first), 1, c -> Datasets.withDemographics(c,
                d -> new io.github.syntheticcustomers.core.model.Demographics("<script>alert(1)</script>", "O'Brien & \"Co\"",
                        d.gender(), d.age(), d.dateOfBirth(), d.email(), d.phone(), d.streetAddress(), d.city(),
                        d.county(), d.state(), d.postalCode(), d.occupation(), d.education(), d.maritalStatus(),
                        d.householdSize(), d.incomeBracket())));
        String html = render(LoadedDataset.of(odd, Datasets.SCENARIOS));
        assertFalse(html.contains("<script>"), "no markup from the data");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; &quot;Co&quot;"));
        Element card = byId(ReportRendererTest.parse(html), "sample-1");
        assertTrue(all(card, "h3").get(0).getTextContent().startsWith("<script>alert(1)</script> O'Brien & \"Co\""));
    }

    @Test
    void theSameInputsGiveTheSamePage() {
        String once = render(failingDataset());
        assertEquals(once, render(failingDataset()));
        Matcher m = Pattern.compile("20\\d\\d-\\d\\d-\\d\\dT").matcher(once);
        assertFalse(m.find(), "no time stamp in the page");
    }
}
