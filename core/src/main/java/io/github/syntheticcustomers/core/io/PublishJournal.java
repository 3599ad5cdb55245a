package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The intent of one publish, written (whole, by rename) before the first file of the directory changes and
 * deleted after the last: which complete temporary file becomes which data file, which files of the previous
 * dataset go, and which temporary file becomes the new manifest. A run killed in between leaves the journal,
 * and the next run finishes the publish from it before doing anything else, so the directory only ever holds
 * the previous dataset, the new one, or a journal that completes the new one.
 *
 * @param moves temporary file → data file or JSON Schema file ({@link DatasetSchema}), in order
 * @param deletes data files of the previous dataset the new one does not have
 * @param manifestTemp the temporary file that becomes {@code manifest.json}, last
 */
record PublishJournal(List<Move> moves, List<String> deletes, String manifestTemp) {

    private static final String KIND = "synthetic-customers publish journal";
    private static final int VERSION = 1;

    PublishJournal {
        moves = List.copyOf(moves);
        deletes = List.copyOf(deletes);
    }

    /** One rename: {@code from} (a temporary name) replaces {@code to} (a data or schema file name). */
    record Move(String from, String to) {
    }

    byte[] toBytes() {
        ObjectMapper mapper = JsonMappers.data();
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", KIND);
        root.put("version", VERSION);
        ArrayNode moveNodes = root.putArray("moves");
        for (Move m : moves) {
            moveNodes.addObject().put("from", m.from).put("to", m.to);
        }
        ArrayNode deleteNodes = root.putArray("deletes");
        deletes.forEach(deleteNodes::add);
        root.put("manifest", manifestTemp);
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the publish journal", e);
        }
    }

    /**
     * The journal in {@code bytes}, or null when it is not one this version wrote: a name that is not a
     * temporary or data file name of this directory, a missing field, any other shape. A journal is only ever
     * renamed into place complete, so an invalid one was not written by a publish and is ignored.
     */
    static PublishJournal parse(byte[] bytes) {
        if (bytes.length > ManifestParser.MAX_BYTES) {
            return null;
        }
        JsonNode root;
        ObjectMapper mapper = JsonMappers.data();
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(parser);
        } catch (IOException e) {
            return null;
        }
        if (root == null || !root.isObject() || !Set.of("kind", "version", "moves", "deletes", "manifest")
                .equals(fieldNames(root)) || !KIND.equals(root.get("kind").textValue())
                || !root.get("version").isInt() || root.get("version").intValue() != VERSION
                || !root.get("moves").isArray() || !root.get("deletes").isArray()
                || !isTemp(root.get("manifest"))) {
            return null;
        }
        List<Move> moves = new ArrayList<>();
        for (JsonNode m : root.get("moves")) {
            if (!m.isObject() || !Set.of("from", "to").equals(fieldNames(m)) || !isTemp(m.get("from"))
                    || !(isDataFile(m.get("to")) || isSchemaFile(m.get("to")))) {
                return null;
            }
            moves.add(new Move(m.get("from").textValue(), m.get("to").textValue()));
        }
        List<String> deletes = new ArrayList<>();
        for (JsonNode d : root.get("deletes")) {
            if (!isDataFile(d)) {
                return null;
            }
            deletes.add(d.textValue());
        }
        return new PublishJournal(moves, deletes, root.get("manifest").textValue());
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean isTemp(JsonNode node) {
        return node != null && node.isTextual() && DatasetDirectory.isTempName(node.textValue());
    }

    private static boolean isSchemaFile(JsonNode node) {
        return node != null && node.isTextual() && DatasetSchema.ofFile(node.textValue()) != null;
    }

    private static boolean isDataFile(JsonNode node) {
        return node != null && node.isTextual() && ManifestParser.isDataFileName(node.textValue());
    }
}
