package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lists registered to merge by id in issue 30's last round (item 6): {@code life_events.types} and
 * {@code attributes}; and the scenario types, a mapping keyed by id, which merge key by key.
 */
class MergeByIdRegistrationsTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    private static List<String> lifeEventIds(GeneratorConfig config) {
        return config.lifeEvents().ids();
    }

    @Test
    void oneLifeEventTypeIsAddedWithoutRestatingTheOthers() {
        GeneratorConfig config = ConfigLoader.load("more.yaml", """
                life_events:
                  types:
                    - { id: quit_attempt, description: Tried to quit smoking, impact: mixed, repeatable: true,
                        rates: { "18": 0.05 } }
                    - { id: relapse, description: Started smoking again, impact: negative, after: quit_attempt,
                        rates: { "18": 0.2 } }
                """);
        List<String> ids = new ArrayList<>(lifeEventIds(DEFAULTS));
        ids.add("quit_attempt");
        ids.add("relapse");
        assertEquals(ids, lifeEventIds(config), "the defaults kept, the new types at the end");
        LifeEventsConfig.Type relapse = config.lifeEvents().types().get(ids.size() - 1);
        assertEquals("quit_attempt", relapse.after(), "after is a life event's own field (its dependency)");
    }

    @Test
    void oneFieldOfALifeEventTypeIsReplaced() {
        GeneratorConfig config = ConfigLoader.load("change.yaml", """
                life_events:
                  types:
                    - { id: job_loss, description: Was laid off }
                """);
        assertEquals(lifeEventIds(DEFAULTS), lifeEventIds(config));
        LifeEventsConfig.Type before = type(DEFAULTS, "job_loss");
        LifeEventsConfig.Type after = type(config, "job_loss");
        assertEquals("Was laid off", after.description());
        assertEquals(before.impact(), after.impact(), "the fields not given stay");
        assertEquals(before.rates(), after.rates());
        assertEquals(before.maxAge(), after.maxAge());
    }

    @Test
    void aLifeEventTypeIsRemovedAndTheDefaultRulesNamingItGoWithIt() {
        GeneratorConfig config = ConfigLoader.load("less.yaml", """
                life_events:
                  types:
                    - { id: health_scare, remove: true }
                """);
        List<String> ids = new ArrayList<>(lifeEventIds(DEFAULTS));
        ids.remove("health_scare");
        assertEquals(ids, lifeEventIds(config));
        assertEquals(DEFAULTS.scenarios().types().get("risk_follow_up").eligible().any().size() - 1,
                config.scenarios().types().get("risk_follow_up").eligible().any().size(),
                "the default scenario type's alternative naming the removed type is dropped");
    }

    @Test
    void removingALifeEventTypeTheFileStillNamesIsAnErrorNamingBoth() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("gone.yaml", """
                life_events:
                  types:
                    - { id: first_child, remove: true }
                scenarios:
                  types:
                    new_parents: { weight: 1, completion_bias: 0, eligible: { life_event: first_child } }
                """));
        assertEquals("gone.yaml:3:9: life_events.types.0.id: removes 'first_child', but"
                + " scenarios.types.new_parents.eligible.life_event still refers to it (was: first_child; allowed:"
                + " remove or change that reference too, or keep the entry)", e.getMessage());
    }

    @Test
    void aDuplicateIdIsOneErrorAndHidesNoOther() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", """
                attributes:
                  - { id: a, type: boolean, probability: 3 }
                  - { id: a, type: colour }
                life_events:
                  types:
                    - { id: job_loss, description: Laid off }
                    - { id: job_loss, impact: negative }
                    - { id: nobody_has_this, remove: true }
                """));
        assertEquals("""
                5 configuration errors in mine.yaml:
                  - mine.yaml:2:29: attributes.0.probability: is out of range (was: 3; allowed: a probability 0–1)
                  - mine.yaml:3:7: attributes.1.id: the id is given twice in this list (was: a; allowed: each id once\
                 per list)
                  - mine.yaml:3:14: attributes.1.type: unknown attribute type (was: colour; allowed: enumeration, number,\
                 boolean, date)
                  - mine.yaml:7:9: life_events.types.1.id: the id is given twice in this list (was: job_loss; allowed:\
                 each id once per list)
                  - mine.yaml:8:9: life_events.types.2.id: removes an id the list does not have (was: nobody_has_this;\
                 allowed: graduated, marriage, divorce, separation, first_child, bereavement, new_job, moved_city,\
                 promotion, job_loss, health_scare, caregiving_started, bought_home, turned_30, started_business)""",
                e.getMessage());
    }

    /** The defaults declare no attributes: the merge is shown over a base that has some, as a product's would. */
    @Test
    void attributesMergeById() {
        JsonNode base = tree("""
                attributes:
                  - { id: cigarettes_per_day, type: number, min: 1, max: 60, mean: 12, sd: 7 }
                  - { id: vapes, type: boolean, probability: 0.2 }
                  - { id: quit_date, type: date }
                """);
        String file = """
                attributes:
                  - { id: cigarettes_per_day, mean: 15 }
                  - { id: vapes, remove: true }
                  - { id: nicotine_product, type: enumeration, values: { cigarettes: 60, vape: 40 } }
                """;
        ListMerge merge = new ListMerge(user(file));
        JsonNode merged = merge.merge(base, tree(file));
        assertEquals(List.of(), merge.errors());
        List<String> ids = new ArrayList<>();
        merged.path("attributes").forEach(a -> ids.add(a.path("id").asText()));
        assertEquals(List.of("cigarettes_per_day", "quit_date", "nicotine_product"), ids);
        JsonNode cigarettes = merged.at("/attributes/0");
        assertEquals(15, cigarettes.path("mean").asInt(), "the field given changes");
        assertEquals(60, cigarettes.path("max").asInt(), "the fields not given stay");
        assertEquals(7, cigarettes.path("sd").asInt());
    }

    @Test
    void aFileAddsAScenarioTypeWithoutRestatingTheOthersAndRemovesOneWithNull() {
        GeneratorConfig config = ConfigLoader.load("types.yaml", """
                scenarios:
                  types:
                    vip: { weight: 1, completion_bias: 0.1, eligible: { persona: [healthcare_professional] } }
                    lapsed_user: null
                """);
        List<String> ids = new ArrayList<>(DEFAULTS.scenarios().types().keySet());
        ids.remove("lapsed_user");
        ids.add("vip");
        assertEquals(ids, List.copyOf(config.scenarios().types().keySet()));
        for (Map.Entry<String, ScenarioConfig.ScenarioType> e : DEFAULTS.scenarios().types().entrySet()) {
            if (!e.getKey().equals("lapsed_user")) {
                assertEquals(e.getValue(), config.scenarios().types().get(e.getKey()), e.getKey() + " is kept as it was");
            }
        }
        assertFalse(config.scenarios().types().containsKey("lapsed_user"));
        assertTrue(config.scenarios().types().containsKey("vip"));
    }

    private static LifeEventsConfig.Type type(GeneratorConfig config, String id) {
        return config.lifeEvents().types().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode tree(String yaml) {
        try {
            return JsonMappers.configYaml().readTree(yaml);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigParser.ParsedFile user(String yaml) {
        return new ConfigParser.ParsedFile("user.yaml", tree(yaml), Map.of(), List.of());
    }
}
