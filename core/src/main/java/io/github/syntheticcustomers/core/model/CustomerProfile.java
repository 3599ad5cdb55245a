package io.github.syntheticcustomers.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.syntheticcustomers.core.config.Traits;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One synthetic customer: identity, persona and risk, the individual traits that drive behaviour, and
 * the seed's six profile sections. Written as snake_case JSON (guide: formats-and-schemas.md).
 *
 * @param id stable id {@code cus-000001} (1-based record number)
 * @param personaType persona id from the configuration
 * @param riskLevel risk level id; the levels' exact shares go to the highest risk scores
 * @param riskScore 0–100, computed from the risk factors in the profile (see {@code RiskModel})
 * @param traits the persona's traits with individual variation, 0–1
 * @param attributes the product's own attributes ({@code attributes[]} of the configuration, docs/attributes.md), in
 *     configuration order: id to a String (an enumeration's value), a Long (a whole number), a Double (a number with
 *     decimals), a Boolean or a LocalDate (written as an ISO date); empty when the product declares none
 * @param cohorts the ids of the cohorts the customer was generated for ({@code cohorts[]} of the configuration,
 *     docs/cohorts.md): at most one today; empty, and then not written, for a customer of the calibrated population
 * @param boundaryCase what the customer tests when generated as a boundary case (docs/boundary-cases.md); null, and
 *     then not written, for every customer of the dataset itself
 */
public record CustomerProfile(
        String id,
        String personaType,
        String riskLevel,
        int riskScore,
        Traits traits,
        Demographics demographics,
        HealthProfile healthProfile,
        List<LifeEvent> lifeEvents,
        Engagement engagement,
        Narrative narrative,
        SocialDeterminants sdoh,
        Map<String, Object> attributes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cohorts,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) BoundaryTag boundaryCase) {

    /** An ISO date: how a date attribute reads back (an enumeration's values are ids, which start with a letter). */
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    public CustomerProfile {
        lifeEvents = List.copyOf(lifeEvents);
        attributes = typed(attributes);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
    }

    /** A profile of the dataset itself (not a boundary case). */
    public CustomerProfile(String id, String personaType, String riskLevel, int riskScore, Traits traits,
            Demographics demographics, HealthProfile healthProfile, List<LifeEvent> lifeEvents, Engagement engagement,
            Narrative narrative, SocialDeterminants sdoh, Map<String, Object> attributes, List<String> cohorts) {
        this(id, personaType, riskLevel, riskScore, traits, demographics, healthProfile, lifeEvents, engagement,
                narrative, sdoh, attributes, cohorts, null);
    }

    /** A profile generated for no cohort. */
    public CustomerProfile(String id, String personaType, String riskLevel, int riskScore, Traits traits,
            Demographics demographics, HealthProfile healthProfile, List<LifeEvent> lifeEvents, Engagement engagement,
            Narrative narrative, SocialDeterminants sdoh, Map<String, Object> attributes) {
        this(id, personaType, riskLevel, riskScore, traits, demographics, healthProfile, lifeEvents, engagement,
                narrative, sdoh, attributes, List.of());
    }

    /** A profile without attributes of its own (a product that declares none). */
    public CustomerProfile(String id, String personaType, String riskLevel, int riskScore, Traits traits,
            Demographics demographics, HealthProfile healthProfile, List<LifeEvent> lifeEvents, Engagement engagement,
            Narrative narrative, SocialDeterminants sdoh) {
        this(id, personaType, riskLevel, riskScore, traits, demographics, healthProfile, lifeEvents, engagement,
                narrative, sdoh, Map.of(), List.of());
    }

    /**
     * The attributes as the model types them, whether generated or read back from JSON: whole numbers as Long, other
     * numbers as Double, ISO date strings as LocalDate; unmodifiable, in the given order.
     */
    private static Map<String, Object> typed(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            Object value = v;
            if (v instanceof Integer || v instanceof Short || v instanceof java.math.BigInteger) {
                value = ((Number) v).longValue();
            } else if (v instanceof Float || v instanceof java.math.BigDecimal) {
                value = ((Number) v).doubleValue();
            } else if (v instanceof String text && ISO_DATE.matcher(text).matches()) {
                value = LocalDate.parse(text);
            }
            out.put(k, value);
        });
        return Collections.unmodifiableMap(out);
    }

    /** Whether the customer was generated for cohort {@code id}. */
    public boolean inCohort(String id) {
        return cohorts.contains(id);
    }

    /** The attribute {@code id}'s value, or null when the customer has none. */
    public Object attribute(String id) {
        return attributes.get(id);
    }
}
