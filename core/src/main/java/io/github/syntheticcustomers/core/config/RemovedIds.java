package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What follows from an id a user's file removes from a list that merges by id ({@link ListMerge}): the defaults
 * written for it (rows, weights and biases keyed by the removed emotional state, step or phase; the measurement
 * rules and phrases naming a removed risk factor; the phrases, texts and {@code any} alternatives naming a removed
 * life event) are forgotten, as they are when the whole list is replaced; any
 * other reference to it, in the file or in a default, is an error that names both the removal and the reference.
 */
final class RemovedIds {

    private RemovedIds() {
    }

    /** Drops from {@code base} (the defaults, before the merge) what was written only for the removed ids. */
    static void forget(JsonNode base, List<ListMerge.Removal> removals, JsonNode defaults, JsonNode probed) {
        boolean factors = false;
        boolean lifeEvents = false;
        for (ListMerge.Removal removal : removals) {
            for (String id : removedIds(removal, defaults)) {
                for (String path : keyedBy(removal.list())) {
                    forgetKey(base, path, id);
                }
            }
            factors |= removal.list().equals("/risk/factors");
            lifeEvents |= removal.list().equals("/life_events/types");
        }
        if (factors) {
            ConfigParser.forgetMeasurementRulesOfReplacedFactors(base, probed.at("/risk/factors"));
        }
        if (lifeEvents) {
            ConfigParser.forgetRulesOfReplacedLifeEvents(base, probed.at("/life_events/types"));
        }
    }

    /**
     * An error for every text value of the merged configuration, and every key the file writes in a mapping keyed
     * by the list's ids, that still names a removed id.
     */
    static List<ConfigException> references(JsonNode merged, JsonNode userTree, List<ListMerge.Removal> removals,
            JsonNode defaults, ConfigParser.ParsedFile user) {
        List<ConfigException> errors = new ArrayList<>();
        for (ListMerge.Removal removal : removals) {
            for (String id : removedIds(removal, defaults)) {
                List<String> found = new ArrayList<>();
                textValues(merged, "", id, found);
                for (String path : keyedBy(removal.list())) {
                    collectKeys(userTree, path.substring(1).split("/"), 0, "", id, found);
                }
                for (String at : found.stream().distinct().toList()) {
                    errors.add(user.error(removal.userPointer() + "/id", "removes '" + id + "', but "
                            + ConfigParser.Locator.dotted(at) + " still refers to it", id,
                            "remove or change that reference too, or keep the entry"));
                }
            }
        }
        return errors;
    }

    /** The removed id, and for a removed phase the ids of its default steps as well. */
    private static List<String> removedIds(ListMerge.Removal removal, JsonNode defaults) {
        List<String> ids = new ArrayList<>(List.of(removal.id()));
        if (removal.list().equals("/journey/phases")) {
            for (JsonNode phase : defaults.at("/journey/phases")) {
                if (phase.path("id").asText().equals(removal.id())) {
                    phase.path("steps").forEach(step -> ids.add(step.path("id").asText()));
                }
            }
        }
        return ids;
    }

    /** The mappings keyed by the ids of the list at {@code list} (JSON pointers, {@code *} for any key). */
    private static List<String> keyedBy(String list) {
        if (list.equals("/journey/emotional_states")) {
            return ConfigParser.STATE_KEYED;
        }
        if (list.equals("/journey/phases") || ListMerge.matches("/journey/phases/*/steps", list)) {
            return ConfigParser.STEP_KEYED;
        }
        if (list.equals("/engagement/approaches")) {
            return ConfigParser.APPROACH_KEYED;
        }
        return List.of();
    }

    /** Removes key {@code id} from the mapping at {@code path} and from each mapping directly inside it. */
    private static void forgetKey(JsonNode root, String path, String id) {
        for (JsonNode node : resolve(root, path)) {
            if (node instanceof ObjectNode object) {
                object.remove(id);
                object.elements().forEachRemaining(child -> {
                    if (child instanceof ObjectNode row) {
                        row.remove(id);
                    }
                });
            }
        }
    }

    /** The nodes at {@code path}, a JSON pointer whose {@code *} segments match every key. */
    private static List<JsonNode> resolve(JsonNode root, String path) {
        List<JsonNode> nodes = new ArrayList<>(List.of(root));
        for (String segment : path.substring(1).split("/")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : nodes) {
                if (segment.equals("*")) {
                    node.elements().forEachRemaining(next::add);
                } else if (node.has(segment)) {
                    next.add(node.get(segment));
                }
            }
            nodes = next;
        }
        return nodes;
    }

    private static void textValues(JsonNode node, String at, String id, List<String> found) {
        if (node.isTextual() && node.asText().equals(id) && !at.endsWith("/id")) {
            found.add(at);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textValues(node.get(i), at + "/" + i, id, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                textValues(e.getValue(), at + "/" + e.getKey(), id, found);
            }
        }
    }

    /** Pointers in the user's tree under the segments where a mapping (or a row inside it) has key {@code id}. */
    private static void collectKeys(JsonNode node, String[] segments, int depth, String at, String id,
            List<String> found) {
        if (depth == segments.length) {
            if (node.has(id)) {
                found.add(at + "/" + id);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isObject() && e.getValue().has(id)) {
                    found.add(at + "/" + e.getKey() + "/" + id);
                }
            }
            return;
        }
        String segment = segments[depth];
        if (segment.equals("*")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                collectKeys(e.getValue(), segments, depth + 1, at + "/" + e.getKey(), id, found);
            }
        } else if (node.has(segment)) {
            collectKeys(node.get(segment), segments, depth + 1, at + "/" + segment, id, found);
        }
    }
}
