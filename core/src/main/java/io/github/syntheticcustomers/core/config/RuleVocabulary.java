package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a rule ({@link ScenarioConfig.Eligibility}: scenario eligibility, narrative and engagement-text
 * {@code when}, journey action requirements) can name, as the configuration declares it: the one place the
 * validator learns which ids exist, so every form checks its ids against what is declared and names the
 * allowed ones. A new form that names declared ids (e.g. customer attributes) adds its list here.
 *
 * @param factors what {@code has} can name: the risk factor ids and the factor kinds
 * @param lifeEvents the declared life-event types ({@code life_events.types[].id})
 * @param personas the persona ids
 * @param measurementCodes the codes of the measurement values ({@code measurements.values[].code}, the height,
 *     weight and BMI codes)
 * @param occupationGroups the groups of {@code narrative.occupation_groups}
 * @param attributes the customer attributes ({@code attributes[]}) by id, in configuration order
 */
record RuleVocabulary(List<String> factors, List<String> lifeEvents, List<String> personas,
        List<String> measurementCodes, List<String> occupationGroups, Map<String, AttributeConfig> attributes) {

    RuleVocabulary {
        factors = List.copyOf(factors);
        lifeEvents = List.copyOf(lifeEvents);
        personas = List.copyOf(personas);
        measurementCodes = List.copyOf(measurementCodes);
        occupationGroups = List.copyOf(occupationGroups);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The ids of the attributes of {@code types} (any type when empty), in configuration order. */
    List<String> attributeIds(String... types) {
        List<String> ids = new ArrayList<>();
        attributes.forEach((id, a) -> {
            if (types.length == 0 || List.of(types).contains(a.type())) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The ids {@code config} declares (absent sections declare nothing). */
    static RuleVocabulary of(GeneratorConfig config) {
        List<String> factors = new ArrayList<>(RiskConfig.KINDS);
        if (config.risk() != null && config.risk().factors() != null) {
            config.risk().factors().forEach(f -> {
                if (f != null && f.id() != null) {
                    factors.add(f.id());
                }
            });
        }
        List<String> events = new ArrayList<>();
        if (config.lifeEvents() != null && config.lifeEvents().types() != null) {
            config.lifeEvents().types().forEach(t -> {
                if (t != null && t.id() != null && !events.contains(t.id())) {
                    events.add(t.id());
                }
            });
        }
        List<String> personas = config.personas() == null ? List.of() : config.personaIds();
        List<String> codes = new ArrayList<>();
        MeasurementsConfig m = config.measurements();
        if (m != null) {
            if (m.height() != null && m.height().code() != null) {
                codes.add(m.height().code());
            }
            if (m.weight() != null && m.weight().code() != null) {
                codes.add(m.weight().code());
            }
            if (m.bmi() != null && m.bmi().code() != null) {
                codes.add(m.bmi().code());
            }
            if (m.values() != null) {
                m.values().forEach(v -> {
                    if (v != null && v.code() != null && !codes.contains(v.code())) {
                        codes.add(v.code());
                    }
                });
            }
        }
        List<String> groups = config.narrative() == null || config.narrative().occupationGroups() == null
                ? List.of() : new ArrayList<>(config.narrative().occupationGroups().keySet());
        Map<String, AttributeConfig> attributes = new LinkedHashMap<>();
        if (config.attributes() != null) {
            config.attributes().forEach(a -> {
                if (a != null && a.id() != null && a.type() != null && AttributeConfig.TYPES.contains(a.type())) {
                    attributes.putIfAbsent(a.id(), a);
                }
            });
        }
        return new RuleVocabulary(factors, events, personas, codes, groups, attributes);
    }

    /** {@code ids} as the allowed values of a message: comma-separated, or "none declared". */
    static String allowed(List<String> ids) {
        return ids.isEmpty() ? "none declared" : String.join(", ", ids);
    }
}
