package io.github.syntheticcustomers.fhir;

import ca.uhn.fhir.util.FhirTerser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Resource;

/**
 * The dataset's "as of" instant A, the start of its reference date in UTC (docs/timeline-model.md): the export writes
 * what had happened by then, and its checks count any resource dated at or after it. A FHIR date stands for the
 * interval it names (a year, a month, a day, a second), so it is at or after A when that interval starts at or after
 * A: a date-only value (no time zone) starts at its day's 00:00 UTC, as A does. Values are read from their text,
 * never through the JVM's default time zone.
 */
final class AsOf {

    private AsOf() {
    }

    /** A of a dataset whose reference date is {@code referenceDate}. */
    static Instant of(LocalDate referenceDate) {
        return referenceDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the day {@code date} lies wholly before {@code asOf}. */
    static boolean before(LocalDate date, Instant asOf) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(asOf);
    }

    /**
     * The instant the interval a FHIR date, dateTime or instant names starts at: {@code 2025}, {@code 2025-03},
     * {@code 2025-03-04} at 00:00 UTC of their first day, a dateTime with its offset as written; null for text that is
     * none of these (the strict parser has refused such a resource before this is asked).
     */
    static Instant start(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (text.indexOf('T') >= 0) {
                return OffsetDateTime.parse(text).toInstant();
            }
            String day = switch (text.length()) {
                case 4 -> text + "-01-01";
                case 7 -> text + "-01";
                default -> text;
            };
            return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Every date in {@code resource} (any element of a date type: a period's start and end, an effective or onset
     * date, a birth date) at or after {@code asOf}, as written, in the resource's element order.
     */
    static List<String> datedAtOrAfter(Resource resource, Instant asOf, FhirTerser terser) {
        List<String> out = new ArrayList<>();
        for (BaseDateTimeType date : terser.getAllPopulatedChildElementsOfType(resource, BaseDateTimeType.class)) {
            String text = date.getValueAsString();
            Instant start = start(text);
            if (start != null && !start.isBefore(asOf)) {
                out.add(text);
            }
        }
        return out;
    }
}
