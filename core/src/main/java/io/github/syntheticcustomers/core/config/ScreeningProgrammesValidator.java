package io.github.syntheticcustomers.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the screening programmes against the sections they name: their measurement codes are configured values,
 * each value is recorded by exactly one programme (a measured value is taken only at a visit of its programme), and
 * every condition a value's range names is a factor of a schedule of the programme that
 * measures it (a customer with the condition is in care for it: the programme must apply to her).
 */
final class ScreeningProgrammesValidator {

    private ScreeningProgrammesValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        String p = "timeline.screening.programmes";
        Map<String, ScreeningProgramme> programmes = config.timeline().screening().programmes();
        List<String> codes = config.measurements().values().stream().map(MeasurementsConfig.Value::code).toList();
        Map<String, String> kinds = new LinkedHashMap<>();
        config.risk().factors().forEach(f -> kinds.put(f.id(), f.kind()));
        Map<String, String> programmeOf = new LinkedHashMap<>();
        for (Map.Entry<String, ScreeningProgramme> e : programmes.entrySet()) {
            String q = p + "." + e.getKey();
            List<String> measures = e.getValue().measures();
            for (int i = 0; i < measures.size(); i++) {
                String code = measures.get(i);
                if (!codes.contains(code)) {
                    throw at.error(q + ".measures[" + i + "]", "is not a configured measurement", code,
                            String.join(", ", codes));
                }
                String other = programmeOf.putIfAbsent(code, e.getKey());
                if (other != null) {
                    throw at.error(q + ".measures[" + i + "]", "is measured by programme " + other + " too", code,
                            "each measurement code in one programme");
                }
            }
            // a schedule factor the risk model does not have is not an error: that schedule never applies (a team
            // that replaces the risk factors keeps the programmes working)
        }
        for (MeasurementsConfig.Value v : config.measurements().values()) {
            String programme = programmeOf.get(v.code());
            if (programme == null) {
                throw at.error(p, "has no programme that measures " + v.code(), v.code(),
                        "a programme whose measures list " + v.code() + ": "
                                + programmes.keySet().stream().collect(Collectors.joining(", ")));
            }
            for (MeasurementsConfig.Cut w : v.cuts()) {
                boolean condition = "condition".equals(kinds.get(w.factor()));
                boolean listed = programmes.get(programme).schedules().stream()
                        .anyMatch(s -> s.factors() != null && s.factors().contains(w.factor()));
                if (condition && !listed) {
                    throw at.error(p + "." + programme + ".schedules", "has no schedule for condition "
                            + w.factor() + ", whose measurement " + v.code() + " it records", w.factor(),
                            "a schedule with factors: [" + w.factor() + "] (the customer is in care for it)");
                }
            }
        }
    }
}
