package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.io.CsvColumns;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import java.util.ArrayList;
import java.util.List;

/** The {@code customers.*} files: one profile per index; the CSV is a flat summary. */
public final class CustomerPart implements DatasetPart<CustomerProfile> {

    /** File base name. */
    public static final String NAME = "customers";

    private static final CsvColumns<CustomerProfile> FIXED_COLUMNS = CsvColumns.<CustomerProfile>builder()
            .add("id", CustomerProfile::id)
            .add("persona_type", CustomerProfile::personaType)
            .add("risk_level", CustomerProfile::riskLevel)
            .add("risk_score", CustomerProfile::riskScore)
            .add("first_name", c -> c.demographics().firstName())
            .add("last_name", c -> c.demographics().lastName())
            .add("gender", c -> c.demographics().gender())
            .add("age", c -> c.demographics().age())
            .add("date_of_birth", c -> c.demographics().dateOfBirth())
            .add("email", c -> c.demographics().email())
            .add("phone", c -> c.demographics().phone())
            .add("street_address", c -> c.demographics().streetAddress())
            .add("city", c -> c.demographics().city())
            .add("county", c -> c.demographics().county())
            .add("state", c -> c.demographics().state())
            .add("postal_code", c -> c.demographics().postalCode())
            .add("occupation", c -> c.demographics().occupation())
            .add("conditions", c -> c.healthProfile().conditions().size())
            .add("family_history", c -> c.healthProfile().familyHistory().size())
            .add("smoking", c -> c.healthProfile().lifestyle().smoking())
            .add("bmi", c -> c.healthProfile().lifestyle().bmi())
            .add("screening_frequency", c -> c.healthProfile().screeningHistory().frequency())
            .add("screening_completion_rate", c -> c.healthProfile().screeningHistory().completionRate())
            .add("life_events", c -> c.lifeEvents().size())
            .add("sessions_last_90_days", c -> c.engagement().sessionsLast90Days())
            .add("engagement_score", c -> c.engagement().engagementScore())
            .add("insurance", c -> c.sdoh().insurance())
            .build();

    private final DatasetGenerator generator;
    private final CsvColumns<CustomerProfile> csv;

    public CustomerPart(DatasetGenerator generator) {
        this.generator = generator;
        this.csv = withAttributes(columns(generator.config().measurements(),
                List.copyOf(generator.config().timeline().screening().programmes().keySet())),
                generator.config().attributes());
    }

    /**
     * The fixed columns, then {@code measured_on} (the latest panel's date) and one column per configured measurement
     * code (its latest value: of the latest panel that measured it); empty for a customer never screened. Then two
     * columns per screening programme: {@code screening_<id>_status} and {@code screening_<id>_last} (the programme
     * entry's status and last screening; the other entry fields stay in the JSON files).
     */
    private static CsvColumns<CustomerProfile> columns(MeasurementsConfig m, List<String> programmes) {
        CsvColumns.Builder<CustomerProfile> b = CsvColumns.<CustomerProfile>builder();
        CsvColumns<CustomerProfile> fixed = FIXED_COLUMNS;
        for (int i = 0; i < fixed.names().size(); i++) {
            b.add(fixed.names().get(i), fixed.values().get(i));
        }
        b.add("measured_on", c -> c.healthProfile().measurements().isEmpty() ? null
                : c.healthProfile().measurements().get(c.healthProfile().measurements().size() - 1).date());
        List<String> codes = new ArrayList<>(List.of(m.height().code(), m.weight().code()));
        m.values().forEach(v -> codes.add(v.code()));
        for (String code : codes) {
            b.add(code, c -> {
                Observation o = c.healthProfile().measurement(code);
                return o == null ? null : o.value();
            });
        }
        for (String id : programmes) {
            b.add("screening_" + id + "_status", c -> {
                ProgrammeScreening p = c.healthProfile().screeningHistory().programme(id);
                return p == null ? null : p.status();
            });
            b.add("screening_" + id + "_last", c -> {
                ProgrammeScreening p = c.healthProfile().screeningHistory().programme(id);
                return p == null ? null : p.lastScreening();
            });
        }
        return b.build();
    }

    /**
     * {@code columns}, then one column {@code attribute_<id>} per configured attribute, in configuration order: the
     * value as the JSON writes it (an ISO date for a date, {@code true}/{@code false} for a boolean).
     */
    private static CsvColumns<CustomerProfile> withAttributes(CsvColumns<CustomerProfile> columns,
            List<io.github.syntheticcustomers.core.config.AttributeConfig> attributes) {
        if (attributes.isEmpty()) {
            return columns;
        }
        CsvColumns.Builder<CustomerProfile> b = CsvColumns.<CustomerProfile>builder();
        for (int i = 0; i < columns.names().size(); i++) {
            b.add(columns.names().get(i), columns.values().get(i));
        }
        for (io.github.syntheticcustomers.core.config.AttributeConfig a : attributes) {
            String id = a.id();
            b.add("attribute_" + id, c -> c.attribute(id));
        }
        return b.build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CustomerProfile> recordsFor(long index) {
        return List.of(generator.customer(index));
    }

    @Override
    public CsvColumns<CustomerProfile> csvColumns() {
        return csv;
    }
}
