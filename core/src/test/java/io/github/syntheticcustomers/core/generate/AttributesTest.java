package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The product's own attributes (docs/attributes.md) over the custom product {@code custom-attributes.yaml}. */
class AttributesTest {

    static final GeneratorConfig CONFIG = load();
    private static final int COUNT = 1500;

    private static GeneratorConfig load() {
        return TestResources.config("custom-attributes.yaml");
    }

    private static List<CustomerProfile> customers(long seed, int count) {
        DatasetGenerator g = new DatasetGenerator(CONFIG, seed, count);
        List<CustomerProfile> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            out.add(g.customer(i));
        }
        return out;
    }

    @Test
    void theSeedDeclaresNoAttributes() {
        assertEquals(List.of(), ConfigLoader.defaults().attributes());
        assertEquals(Map.of(), new DatasetGenerator(ConfigLoader.defaults(), 42, 10).customer(3).attributes());
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void everyCustomerHasEveryAttributeInOrderWithItsType(long seed) {
        LocalDate ref = CONFIG.referenceDate();
        for (CustomerProfile c : customers(seed, COUNT)) {
            assertEquals(List.of("cigarettes_per_day", "quit_attempts", "nicotine_product", "uses_vape", "quit_date",
                    "weekly_spend"), List.copyOf(c.attributes().keySet()));
            long cigarettes = assertInstanceOf(Long.class, c.attribute("cigarettes_per_day"));
            assertTrue(cigarettes >= 1 && cigarettes <= 60, c.id() + " " + cigarettes);
            long quits = assertInstanceOf(Long.class, c.attribute("quit_attempts"));
            assertTrue(quits >= 0 && quits <= 15, c.id() + " " + quits);
            assertTrue(List.of("cigarettes", "vape", "pouches", "cigars")
                    .contains(assertInstanceOf(String.class, c.attribute("nicotine_product"))));
            assertInstanceOf(Boolean.class, c.attribute("uses_vape"));
            LocalDate quit = assertInstanceOf(LocalDate.class, c.attribute("quit_date"));
            assertTrue(!quit.isBefore(ref.minusYears(2)) && quit.isBefore(ref), c.id() + " " + quit);
            double spend = assertInstanceOf(Double.class, c.attribute("weekly_spend"));
            assertTrue(spend >= 0 && spend <= 200 && Math.abs(spend * 100 - Math.round(spend * 100)) < 1e-6, "" + spend);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void distributionsMeetTheirTargetsPerOverride(long seed) {
        List<CustomerProfile> cs = customers(seed, COUNT);
        // enumeration: under 30 the override's weights, otherwise the attribute's
        Map<String, Double> young = Map.of("cigarettes", 0.30, "vape", 0.55, "pouches", 0.12, "cigars", 0.03);
        Map<String, Double> older = Map.of("cigarettes", 0.60, "vape", 0.25, "pouches", 0.10, "cigars", 0.05);
        for (boolean isYoung : new boolean[] {true, false}) {
            List<CustomerProfile> group = cs.stream().filter(c -> c.demographics().age() <= 29 == isYoung).toList();
            Map<String, Double> target = isYoung ? young : older;
            for (Map.Entry<String, Double> e : target.entrySet()) {
                double share = group.stream().filter(c -> e.getKey().equals(c.attribute("nicotine_product"))).count()
                        / (double) group.size();
                double tolerance = 4 * Math.sqrt(e.getValue() * (1 - e.getValue()) / group.size()) + 0.005;
                assertEquals(e.getValue(), share, tolerance, seed + " young=" + isYoung + " " + e.getKey());
            }
        }
        // boolean: healthcare professionals 10 %, others 30 %
        for (boolean hcp : new boolean[] {true, false}) {
            List<CustomerProfile> group = cs.stream()
                    .filter(c -> c.personaType().equals("healthcare_professional") == hcp).toList();
            double p = hcp ? 0.1 : 0.3;
            double share = group.stream().filter(c -> (Boolean) c.attribute("uses_vape")).count() / (double) group.size();
            assertEquals(p, share, 4 * Math.sqrt(p * (1 - p) / group.size()) + 0.005, seed + " hcp=" + hcp);
        }
        // number: the overlooked risk group smokes more (mean 20 vs 12, truncated to 1–60)
        double overlooked = mean(cs.stream().filter(c -> c.personaType().equals("overlooked_risk_group")).toList());
        double others = mean(cs.stream().filter(c -> !c.personaType().equals("overlooked_risk_group")
                && !(c.demographics().gender().equals("female") && c.demographics().age() <= 34)).toList());
        assertEquals(20, overlooked, 2.5, "overlooked " + seed);
        assertEquals(12, others, 1.2, "others " + seed);
        // uniform weekly spend: mean 100
        double spend = cs.stream().mapToDouble(c -> (Double) c.attribute("weekly_spend")).average().orElseThrow();
        assertEquals(100, spend, 5, "spend " + seed);
    }

    private static double mean(List<CustomerProfile> cs) {
        return cs.stream().mapToLong(c -> (Long) c.attribute("cigarettes_per_day")).average().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void attributesFollowTheirTraitWithinEachPersona(long seed) {
        List<CustomerProfile> cs = customers(seed, COUNT);
        for (String persona : CONFIG.personaIds()) {
            List<CustomerProfile> p = cs.stream().filter(c -> c.personaType().equals(persona)
                    && !(c.demographics().gender().equals("female") && c.demographics().age() <= 34)).toList();
            double r = correlation(p, c -> c.traits().riskPropensity(),
                    c -> ((Long) c.attribute("cigarettes_per_day")).doubleValue());
            assertTrue(r > 0.3, seed + " " + persona + " cigarettes r=" + r);
            double v = correlation(p, c -> c.traits().riskPropensity(), c -> (Boolean) c.attribute("uses_vape") ? 1 : 0);
            assertTrue(v < -0.2, seed + " " + persona + " vape r=" + v);
            double q = correlation(p, c -> c.traits().actionTendency(),
                    c -> ((Long) c.attribute("quit_attempts")).doubleValue());
            assertTrue(q > 0.2, seed + " " + persona + " quits r=" + q);
        }
    }

    private static double correlation(List<CustomerProfile> cs, java.util.function.ToDoubleFunction<CustomerProfile> x,
            java.util.function.ToDoubleFunction<CustomerProfile> y) {
        double mx = cs.stream().mapToDouble(x).average().orElseThrow();
        double my = cs.stream().mapToDouble(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (CustomerProfile c : cs) {
            double dx = x.applyAsDouble(c) - mx;
            double dy = y.applyAsDouble(c) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void eligibilityOnAnAttributeSelectsTheRightCustomers(long seed) {
        io.github.syntheticcustomers.core.journey.CustomerPredicates predicates =
                io.github.syntheticcustomers.core.journey.CustomerPredicates.of(CONFIG);
        var heavy = rule(new io.github.syntheticcustomers.core.config.ScenarioConfig.NumberBound("cigarettes_per_day",
                20.0, null));
        var vaper = rule(new io.github.syntheticcustomers.core.config.ScenarioConfig.NumberBound("uses_vape", 1.0, null));
        int selected = 0;
        for (CustomerProfile c : customers(seed, 500)) {
            assertEquals((Long) c.attribute("cigarettes_per_day") >= 20, predicates.holds(heavy, c), c.id());
            assertEquals(c.attribute("uses_vape"), predicates.holds(vaper, c), c.id());
            selected += predicates.holds(heavy, c) ? 1 : 0;
        }
        assertTrue(selected > 25 && selected < 250, "heavy smokers " + selected);
    }

    private static io.github.syntheticcustomers.core.config.ScenarioConfig.Eligibility rule(
            io.github.syntheticcustomers.core.config.ScenarioConfig.NumberBound number) {
        return new io.github.syntheticcustomers.core.config.ScenarioConfig.Eligibility(null, null, null, null, null,
                null, null, null, null, number, null, null, null, null, null, null, null);
    }

    @Test
    void eachAttributeHasItsOwnStream() {
        GeneratorConfig fewer = ConfigLoader.load("fewer.yaml", """
                attributes:
                  - { id: nicotine_product, type: enumeration, values: { cigarettes: 60, vape: 25, pouches: 10, cigars: 5 },
                      overrides: [ { age: { max: 29 }, values: { cigarettes: 30, vape: 55, pouches: 12, cigars: 3 } } ] }
                """);
        DatasetGenerator all = new DatasetGenerator(CONFIG, 42, 200);
        DatasetGenerator one = new DatasetGenerator(fewer, 42, 200);
        for (long i = 0; i < 200; i++) {
            assertEquals(all.customer(i).attribute("nicotine_product"), one.customer(i).attribute("nicotine_product"));
            assertEquals(all.customer(i).demographics(), one.customer(i).demographics());
        }
    }

    @Test
    void jsonAndJsonlReadBackEqualAndCsvHasAColumnPerAttribute(@TempDir Path dir) throws IOException {
        for (Format format : List.of(Format.JSON, Format.JSONL)) {
            Path out = dir.resolve(format.name());
            SyntheticDatasets.generate(new GenerationRequest(CONFIG, 7, 60, EnumSet.of(format, Format.CSV), out, 1)
                    .withParts(EnumSet.of(Part.CUSTOMERS)));
            assertEquals(customers(7, 60), LoadedDataset.read(out).customers(), format.name());
            List<String> csv = Files.readAllLines(out.resolve("customers.csv"));
            List<String> header = List.of(csv.get(0).split(","));
            int col = header.indexOf("attribute_cigarettes_per_day");
            assertTrue(col > 0, header.toString());
            assertEquals(List.of("attribute_cigarettes_per_day", "attribute_quit_attempts", "attribute_nicotine_product",
                    "attribute_uses_vape", "attribute_quit_date", "attribute_weekly_spend"),
                    header.subList(col, col + 6));
            CustomerProfile first = customers(7, 1).get(0);
            List<String> row = List.of(csv.get(1).split(","));
            assertEquals(String.valueOf(first.attribute("nicotine_product")), row.get(col + 2));
            assertEquals(String.valueOf(first.attribute("uses_vape")), row.get(col + 3));
            assertEquals(first.attribute("quit_date").toString(), row.get(col + 4));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            attributes: [ { id: a, type: colour } ]                                                  | attributes.0.type | unknown attribute type | colour | enumeration, number, boolean, date
            attributes: [ { id: Bad, type: boolean, probability: 0.5 } ]                             | attributes.0.id | invalid id | Bad | lower-case letters, digits and '_', starting with a letter
            attributes: [ { id: a, type: boolean, probability: 1.5 } ]                               | attributes.0.probability | is out of range | 1.5 | a probability 0–1
            attributes: [ { id: a, type: number, min: 5, max: 1, distribution: uniform } ]           | attributes.0.max | must be above min 5 | 1 | a number above 5
            attributes: [ { id: a, type: number, min: 0, max: 9, distribution: gamma } ]             | attributes.0.distribution | unknown distribution | gamma | normal, lognormal, uniform
            attributes: [ { id: a, type: number, min: 0, max: 9, distribution: normal, mean: 3 } ]   | attributes.0.sd | is required |  | a number above 0
            attributes: [ { id: a, type: enumeration, values: { x: 0, y: 0 } } ]                     | attributes.0.values | weights are all 0 | {x=0.0, y=0.0} | at least one weight above 0
            attributes: [ { id: a, type: enumeration, values: { x: -1 } } ]                         | attributes.0.values.x | invalid weight | -1.0 | a weight of 0 or more
            attributes: [ { id: a, type: boolean, probability: 0.5, trait: { name: courage, coefficient: 0.5 } } ] | attributes.0.trait.name | unknown trait | courage | health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers
            attributes: [ { id: a, type: boolean, probability: 0.5, trait: { name: organization, coefficient: 2 } } ] | attributes.0.trait.coefficient | is out of range | 2 | a number from -1 to 1
            attributes: [ { id: a, type: boolean, probability: 0.5, overrides: [ { personas: [pilots], probability: 0.2 } ] } ] | attributes.0.overrides.0.personas | unknown persona | pilots | health_aware_avoider, structured_system_seeker, balanced_life_integrator, healthcare_professional, overlooked_risk_group
            attributes: [ { id: a, type: date, window: { from_years_ago: 2, to_years_ago: 3 } } ]     | attributes.0.window.to_years_ago | must be 0 or more and below from_years_ago 2 | 3 | 0 to 1
            """)
    void errorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String property, String problem, String value,
            String allowed) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(value, e.value(), e.getMessage());
        assertTrue(e.getMessage().contains(allowed), e.getMessage());
        assertEquals("mine.yaml", e.source(), e.getMessage());
        assertEquals(1, e.line(), e.getMessage());
    }

    @Test
    void everyAttributesErrorsComeTogether() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", """
                attributes:
                  - { id: a, type: boolean, probability: 3 }
                  - { id: a, type: colour }
                """));
        assertEquals(List.of("attributes.0.probability", "attributes.1.id", "attributes.1.type"),
                e.errors().stream().map(ConfigException::property).toList(), e.getMessage());
    }
}
