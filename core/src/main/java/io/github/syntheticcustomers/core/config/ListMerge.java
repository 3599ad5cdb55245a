package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a user's configuration tree over the defaults' (docs/configuration-merging.md). Mappings merge key by key
 * and an explicit {@code null} removes a mapping entry; a list registered in {@link #BY_ID} merges entry by entry on
 * its {@code id}: an entry with a known id replaces only the fields it gives, a new id is added at the end (or after
 * the entry named by {@code after}), and {@code { id: x, remove: true }} removes one. {@code { replace: [...] }} in
 * place of such a list replaces it whole. Any other value (including an unregistered list) replaces the default.
 *
 * <p>Because entries move, the merge also records where each entry of either file ends up, so that messages about
 * the merged configuration still point at the line the entry was written on ({@link #remap}).
 */
final class ListMerge {

    /**
     * The lists of records with ids that merge by id, as JSON pointers whose {@code *} segments match any key or
     * index. A section that holds a list of records with ids is registered here (one line) to merge by id.
     */
    static final List<String> BY_ID = List.of("/journey/emotional_states", "/risk/factors", "/journey/phases",
            "/journey/phases/*/steps", "/life_events/types", "/attributes",
            "/engagement/approaches", "/cohorts");

    /**
     * The lists of {@link #BY_ID} whose records have an {@code after} field of their own (a life event type's
     * dependency): there {@code after} is merged as a field, and a new entry goes at the end of the list.
     */
    static final List<String> AFTER_IS_A_FIELD = List.of("/life_events/types");

    /** The key that, alone in a mapping written in place of a list of {@link #BY_ID}, replaces the list whole. */
    static final String REPLACE = "replace";

    /** One id removed from a list: the list (merged pointer), the id, and the entry that removed it. */
    record Removal(String list, String id, String userPointer) {
    }

    private final ConfigParser.ParsedFile user;
    /** Where a pointer prefix of the defaults (or of the user's file) ends up in the merged tree; null: dropped. */
    private final Map<String, String> defaultsMoves = new HashMap<>();
    private final Map<String, String> userMoves = new HashMap<>();
    private final List<Removal> removals = new ArrayList<>();
    private final Set<String> replacedLists = new LinkedHashSet<>();
    /** The merge's own mistakes (an entry without an id, an id given twice, ...), kept so that all are reported. */
    private final List<ConfigException> errors = new ArrayList<>();

    ListMerge(ConfigParser.ParsedFile user) {
        this.user = user;
    }

    /** The ids the user's file removed, in file order. */
    List<Removal> removals() {
        return removals;
    }

    /**
     * The mistakes of the user's file the merge found, in file order: each entry it could not merge is left out (or,
     * for a new id given twice, kept as its own entry so that its other errors are still found) and the merge goes on,
     * so that these are reported together with the errors of the merged configuration.
     */
    List<ConfigException> errors() {
        return errors;
    }

    /** The registered lists (merged pointers) the user's file replaced whole with {@code { replace: [...] }}. */
    Set<String> replacedLists() {
        return replacedLists;
    }

    /** {@code override} merged over {@code base} (which it changes). */
    JsonNode merge(JsonNode base, JsonNode override) {
        return merge(base, "", override, "", "");
    }

    private JsonNode merge(JsonNode base, String baseAt, JsonNode override, String userAt, String at) {
        boolean byId = registered(at);
        if (byId && base instanceof ArrayNode && override.isObject() && override.size() == 1
                && override.has(REPLACE) && override.get(REPLACE).isArray()) {
            replacedLists.add(at);
            defaultsMoves.put(baseAt, null);
            userMoves.put(userAt + "/" + REPLACE, at);
            return override.get(REPLACE);
        }
        if (byId && base instanceof ArrayNode list && override instanceof ArrayNode entries) {
            return mergeById(list, baseAt, entries, userAt, at);
        }
        if (!(base instanceof ObjectNode target) || !override.isObject()) {
            return override;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode existing = target.get(e.getKey());
            if (e.getValue().isNull() && existing != null && existing.isObject()) {
                target.remove(e.getKey());
            } else if (existing != null) {
                target.set(e.getKey(), merge(existing, baseAt + key, e.getValue(), userAt + key, at + key));
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
        return target;
    }

    /** One entry of a merged list: its default (index, node) and the user's (index, node), either may be absent. */
    private static final class Slot {
        final String id;
        final int baseIndex;
        final JsonNode baseNode;
        int userIndex = -1;
        JsonNode userNode;

        Slot(String id, int baseIndex, JsonNode baseNode) {
            this.id = id;
            this.baseIndex = baseIndex;
            this.baseNode = baseNode;
        }
    }

    private JsonNode mergeById(ArrayNode base, String baseAt, ArrayNode entries, String userAt, String at) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            slots.add(new Slot(base.get(i).path("id").asText(), i, base.get(i)));
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String entryAt = userAt + "/" + i;
            if (!entry.isObject() || !entry.path("id").isTextual()) {
                errors.add(user.error(entryAt, "an entry of a list that merges by id needs an id",
                        entry.isObject() ? null : entry.toString(),
                        "a mapping with an id: a new or known id, with remove: true to remove one; or write "
                                + REPLACE + ": [...] in place of the list to replace it whole"));
                continue;
            }
            String id = entry.get("id").asText();
            JsonNode remove = entry.get("remove");
            if (remove != null && !remove.isBoolean()) {
                errors.add(user.error(entryAt + "/remove", "wrong type", remove.asText(), "true or false"));
                continue;
            }
            int known = indexOf(slots, id);
            if (remove != null && remove.booleanValue()) {
                if (known < 0) {
                    errors.add(user.error(entryAt + "/id", "removes an id the list does not have", id, ids(slots)));
                    continue;
                }
                Slot gone = slots.remove(known);
                if (gone.baseIndex >= 0) {
                    defaultsMoves.put(baseAt + "/" + gone.baseIndex, null);
                }
                removals.add(new Removal(at, id, entryAt));
                continue;
            }
            ObjectNode fields = ((ObjectNode) entry).deepCopy();
            fields.remove("remove");
            JsonNode after = AFTER_IS_A_FIELD.contains(at) ? null : fields.remove("after");
            Slot slot;
            if (known >= 0 && slots.get(known).userNode != null) {
                errors.add(user.error(entryAt + "/id", "the id is given twice in this list", id,
                        "each id once per list"));
                if (slots.get(known).baseNode != null) {
                    continue; // a second change of a default entry: the first stands
                }
                // a new entry given twice: the second is kept as an entry of its own, so that its other mistakes
                // are still reported (the section's own check of ids then names the same place, once)
                slot = new Slot(id, -1, null);
                known = -1;
            } else if (known >= 0) {
                slot = slots.get(known);
            } else {
                slot = new Slot(id, -1, null);
            }
            slot.userIndex = i;
            slot.userNode = fields;
            int anchor = -1;
            if (after != null) {
                anchor = after.isTextual() ? indexOf(slots, after.asText()) : -1;
                if (anchor < 0 || anchor == known) {
                    errors.add(user.error(entryAt + "/after", "names no entry of the list", after.asText(),
                            ids(slots)));
                    anchor = -1;
                }
            }
            if (anchor >= 0) {
                if (known >= 0) {
                    slots.remove(known);
                    if (known < anchor) {
                        anchor--;
                    }
                }
                slots.add(anchor + 1, slot);
            } else if (known < 0) {
                slots.add(slot);
            }
        }
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        for (int k = 0; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            String slotAt = at + "/" + k;
            if (slot.baseIndex >= 0) {
                defaultsMoves.put(baseAt + "/" + slot.baseIndex, slotAt);
            }
            if (slot.userIndex >= 0) {
                userMoves.put(userAt + "/" + slot.userIndex, slotAt);
            }
            if (slot.baseNode == null) {
                merged.add(slot.userNode);
            } else if (slot.userNode == null) {
                merged.add(slot.baseNode);
            } else {
                merged.add(merge(slot.baseNode, baseAt + "/" + slot.baseIndex, slot.userNode,
                        userAt + "/" + slot.userIndex, slotAt));
            }
        }
        return merged;
    }

    private static int indexOf(List<Slot> slots, String id) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String ids(List<Slot> slots) {
        return String.join(", ", slots.stream().map(s -> s.id).toList());
    }

    /** Whether the merged pointer {@code at} is a list of {@link #BY_ID}. */
    static boolean registered(String at) {
        for (String pattern : BY_ID) {
            if (matches(pattern, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code pointer} matches {@code pattern}, segment by segment, {@code *} matching any one segment. */
    static boolean matches(String pattern, String pointer) {
        String[] p = pattern.split("/", -1);
        String[] s = pointer.split("/", -1);
        if (p.length != s.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals("*") && !p[i].equals(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** The defaults' property locations, moved to where their entries ended up in the merged tree. */
    ConfigParser.ParsedFile remapDefaults(ConfigParser.ParsedFile defaults) {
        return remap(defaults, defaultsMoves);
    }

    /** The user's property locations, moved to where their entries ended up in the merged tree. */
    ConfigParser.ParsedFile remapUser() {
        return user == null ? null : remap(user, userMoves);
    }

    private static ConfigParser.ParsedFile remap(ConfigParser.ParsedFile file, Map<String, String> moves) {
        if (moves.isEmpty()) {
            return file;
        }
        Map<String, JsonLocation> moved = new HashMap<>();
        for (Map.Entry<String, JsonLocation> e : file.locations().entrySet()) {
            String key = e.getKey();
            String from = null;
            for (String prefix : moves.keySet()) {
                if ((key.equals(prefix) || key.startsWith(prefix + "/"))
                        && (from == null || prefix.length() > from.length())) {
                    from = prefix;
                }
            }
            if (from == null) {
                moved.put(key, e.getValue());
            } else if (moves.get(from) != null) {
                moved.put(moves.get(from) + key.substring(from.length()), e.getValue());
            }
        }
        return new ConfigParser.ParsedFile(file.source(), file.tree(), moved, file.invisibleCharacters());
    }
}
