package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.CohortConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's condition in words, as the report, the analysis and the command line show it: e.g. {@code persona
 * health_aware_avoider; gender female; risk level low; with current smoker}. One part per condition set, in the
 * order {@code where} lists them; {@code any customer} for none.
 */
public final class CohortDescription {

    private CohortDescription() {
    }

    /** {@code cohort}'s condition in words. */
    public static String of(CohortConfig cohort) {
        CohortConfig.Where w = cohort.where() == null ? CohortConfig.Where.any() : cohort.where();
        List<String> parts = new ArrayList<>();
        list(parts, "persona", w.personas());
        if (w.age() != null) {
            Integer from = w.age().from();
            Integer to = w.age().to();
            parts.add(from != null && to != null ? "aged " + from + "–" + to
                    : from != null ? "aged " + from + " or more" : "aged " + to + " or less");
        }
        list(parts, "gender", w.gender());
        list(parts, "risk level", w.riskLevels());
        if (!w.factors().isEmpty()) {
            parts.add("with " + words(w.factors()));
        }
        if (!w.withoutFactors().isEmpty()) {
            parts.add("without " + words(w.withoutFactors()));
        }
        if (!w.diagnosed().isEmpty()) {
            parts.add("diagnosed with " + words(w.diagnosed()));
        }
        if (!w.undiagnosed().isEmpty()) {
            parts.add("undiagnosed " + words(w.undiagnosed()) + ", shown by the latest measurement");
        }
        w.measurements().forEach((code, range) -> parts.add("latest " + code + " " + range));
        w.attributes().forEach((id, test) -> parts.add("attribute " + id + " " + (test.in() != null
                ? "one of " + test.in() : test.is() != null ? "is " + test.is()
                : (test.atLeast() == null ? "" : test.atLeast()) + "–" + (test.atMost() == null ? "" : test.atMost()))));
        list(parts, "a scenario of type", w.scenarioTypes());
        for (CohortConfig.LifeEventWithin e : w.lifeEvents()) {
            parts.add("life event " + e.type() + " within " + e.withinDays() + " days");
        }
        list(parts, "engagement state", w.engagement());
        return parts.isEmpty() ? "any customer" : String.join("; ", parts);
    }

    private static void list(List<String> parts, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            parts.add(what + " " + String.join(" or ", ids));
        }
    }

    private static String words(List<String> ids) {
        return String.join(" and ", ids.stream().map(id -> id.replace('_', ' ')).toList());
    }
}
