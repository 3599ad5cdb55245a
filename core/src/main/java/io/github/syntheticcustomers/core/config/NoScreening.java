package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A product without screening, said as written (docs/custom-products.md, "A product without screening"):
 * {@code timeline.screening: none} or {@code timeline.screening.programmes: []} leaves no screening programme. The
 * measured panels are recorded only at a programme's visit, so without programmes the built-in panels
 * ({@code measurements.values}) go too, unless the file gives its own (which the validator then reports, as a
 * measured value needs a programme). Applied to the merged tree before it is bound.
 */
final class NoScreening {

    /** The word that, in place of the {@code timeline.screening} section, means no screening programmes. */
    static final String NONE = "none";

    private NoScreening() {
    }

    /**
     * Rewrites {@code merged} for a file ({@code user}) that says its product has no screening: the screening section
     * of the defaults with no programmes, and no measured values unless the file gives them.
     */
    static void apply(JsonNode merged, JsonNode defaults, ConfigParser.ParsedFile file) {
        JsonNode user = file.tree();
        JsonNode written = user.path("timeline").path("screening");
        if (written.isValueNode() && !written.isNull() && !NONE.equals(written.asText())) {
            throw file.error("/timeline/screening", "wrong type", written.asText(),
                    "a mapping, or " + NONE + " for a product without screening");
        }
        JsonNode programmes = written.path("programmes");
        if (programmes.isArray() && !programmes.isEmpty()) {
            throw file.error("/timeline/screening/programmes", "wrong type", "a list",
                    "a mapping of programmes by id, or [] for a product without screening");
        }
        if (!(merged.get("timeline") instanceof ObjectNode timeline)) {
            return;
        }
        JsonNode screening = timeline.get("screening");
        boolean none = false;
        if (screening != null && screening.isTextual() && NONE.equals(screening.asText())
                && defaults.path("timeline").get("screening") instanceof ObjectNode section) {
            ObjectNode copy = section.deepCopy();
            copy.set("programmes", JsonNodeFactory.instance.objectNode());
            timeline.set("screening", copy);
            none = true;
        } else if (screening instanceof ObjectNode s && s.get("programmes") != null
                && s.get("programmes").isArray() && s.get("programmes").isEmpty()) {
            s.set("programmes", JsonNodeFactory.instance.objectNode());
            none = true;
        }
        if (none && user.path("measurements").path("values").isMissingNode()
                && merged.get("measurements") instanceof ObjectNode measurements) {
            measurements.set("values", JsonNodeFactory.instance.arrayNode());
        }
    }
}
