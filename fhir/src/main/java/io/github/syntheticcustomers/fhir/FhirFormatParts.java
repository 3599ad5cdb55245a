package io.github.syntheticcustomers.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.spi.FormatParts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/**
 * The {@link Format#FHIR fhir} format, found by core's {@link FormatParts} service lookup: one
 * {@code <Type>.ndjson} file per resource type (Bulk Data NDJSON, one compact resource per line), in index order.
 * Record {@code i}'s resources are built once per thread and encoded with HAPI FHIR's JSON parser, whose element
 * order is the specification's, so the bytes depend only on seed, count, configuration and {@code i}.
 */
public final class FhirFormatParts implements FormatParts {

    /** HAPI's R4 context: expensive to build, thread-safe, built once. */
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Override
    public Format format() {
        return Format.FHIR;
    }

    /**
     * Patient, Condition, Observation, FamilyMemberHistory and Goal files with the customers part; EpisodeOfCare and
     * Encounter files with the scenarios part as well (they reference the Patient, so not without it).
     */
    @Override
    public List<DatasetPart<String>> parts(DatasetGenerator generator, Set<Part> selected) {
        List<DatasetPart<String>> parts = new ArrayList<>();
        if (!selected.contains(Part.CUSTOMERS)) {
            return parts;
        }
        boolean scenarios = selected.contains(Part.SCENARIOS);
        Encoded encoded = new Encoded(generator, scenarios);
        for (ResourceType type : ResourceType.values()) {
            if (scenarios || !type.ofScenario()) {
                parts.add(new ResourcePart(type, encoded));
            }
        }
        return List.copyOf(parts);
    }

    /** One resource type's file: the encoded resources of that type for each index. */
    private record ResourcePart(ResourceType type, Encoded encoded) implements DatasetPart<String> {

        @Override
        public String name() {
            return type.fhirName();
        }

        @Override
        public List<String> recordsFor(long index) {
            return encoded.of(index).get(type);
        }

        @Override
        public boolean supports(Format format) {
            return format == Format.FHIR;
        }
    }

    /**
     * Every resource type's lines of one index, built once per thread: the writer asks each part for index
     * {@code i} in turn on one thread, so the customer is mapped and encoded once.
     */
    private static final class Encoded {
        private final RecordResources resources;
        private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

        Encoded(DatasetGenerator generator, boolean withScenarios) {
            this.resources = new RecordResources(generator, withScenarios);
        }

        Map<ResourceType, List<String>> of(long index) {
            Memo m = memo.get();
            if (m.index != index || m.lines == null) {
                IParser json = FHIR.newJsonParser().setPrettyPrint(false);
                Map<ResourceType, List<String>> lines = new EnumMap<>(ResourceType.class);
                resources.of(index).forEach((type, list) -> {
                    List<String> encodedLines = new ArrayList<>(list.size());
                    for (Resource r : list) {
                        encodedLines.add(json.encodeResourceToString(r));
                    }
                    lines.put(type, List.copyOf(encodedLines));
                });
                m.lines = lines;
                m.index = index;
            }
            return m.lines;
        }

        private static final class Memo {
            long index = -1;
            Map<ResourceType, List<String>> lines;
        }
    }
}
