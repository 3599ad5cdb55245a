package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.model.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The intent of one publish, written (whole, by rename) before the first file of the directory changes and deleted
 * after the last. For every name the publish changes it records the complete temporary file that becomes it, the
 * temporary name its previous file is kept under until the end, and both files' SHA-256, so that whoever finishes the
 * publish can prove every file it moves or deletes is the one this journal means.
 *
 * <p>A run killed in between leaves the journal, and the next opening of the directory finishes it before anything
 * else: {@link Direction#FORWARD} completes the new dataset; a run that failed (an I/O error, a full disk) first turns
 * its journal to {@link Direction#BACK} and restores the previous dataset, and an opening after a kill during that
 * restores it too. So the directory only ever holds the previous dataset, the new one, or a journal that leads to one
 * of them.
 *
 * <p>A journal is untrusted input like the manifest: a directory opening carries one out only when it is well formed
 * and everything it would replace or delete is proven ours (see {@link DatasetDirectory}).
 *
 * @param direction whether the publish goes on or is undone
 * @param entries the data, schema and derived files that change, in order
 * @param manifest the change of {@code manifest.json}, made first (the old one out) and last (the new one in)
 */
record PublishJournal(Direction direction, List<Change> entries, Change manifest) {

    private static final String KIND = "synthetic-customers publish journal";
    private static final int VERSION = 2;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> FIELDS = List.of("kind", "version", "direction", "entries", "manifest");
    private static final List<String> CHANGE_FIELDS = List.of("target", "next", "next_sha256", "backup",
            "previous_sha256");

    PublishJournal {
        entries = List.copyOf(entries);
    }

    /** Whether a journal's publish is carried on or undone. */
    enum Direction {
        /** Committed: the new files replace the previous ones. */
        FORWARD,
        /** The publish failed: the previous files are put back and the new ones dropped. */
        BACK
    }

    /**
     * One name's change.
     *
     * @param target the file name in the directory (a data, schema or derived file, or {@code manifest.json})
     * @param next the temporary file that becomes {@code target}, or null when {@code target} goes away
     * @param nextSha256 {@code next}'s SHA-256, or null with it
     * @param backup the temporary name {@code target}'s previous file is kept under until the publish ends, or null
     *     when there was none
     * @param previousSha256 the previous file's SHA-256, or null with {@code backup}
     */
    record Change(String target, @Nullable String next, @Nullable String nextSha256, @Nullable String backup,
            @Nullable String previousSha256) {
    }

    /** This journal turned to {@code to}. */
    PublishJournal turned(Direction to) {
        return new PublishJournal(to, entries, manifest);
    }

    byte[] toBytes() {
        ObjectMapper mapper = JsonMappers.data();
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", KIND);
        root.put("version", VERSION);
        root.put("direction", direction.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode nodes = root.putArray("entries");
        entries.forEach(e -> write(nodes.addObject(), e));
        write(root.putObject("manifest"), manifest);
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the publish journal", e);
        }
    }

    private static void write(ObjectNode node, Change c) {
        node.put("target", c.target).put("next", c.next).put("next_sha256", c.nextSha256).put("backup", c.backup)
                .put("previous_sha256", c.previousSha256);
    }

    /**
     * The journal in {@code bytes}, or null when it is not a well-formed journal of this version: every target a data,
     * schema or derived file name (the manifest's {@code manifest.json}), every temporary name the product's exact
     * pattern, no name twice, a digest with each file, exactly these fields. Whether its files are ours is the
     * directory's to prove.
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
        if (root == null || !root.isObject() || !Set.copyOf(FIELDS).equals(fieldNames(root))
                || !KIND.equals(root.get("kind").textValue()) || !root.get("version").isInt()
                || root.get("version").intValue() != VERSION || !root.get("entries").isArray()) {
            return null;
        }
        Direction direction = "forward".equals(root.get("direction").textValue()) ? Direction.FORWARD
                : "back".equals(root.get("direction").textValue()) ? Direction.BACK : null;
        if (direction == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        List<Change> entries = new ArrayList<>();
        for (JsonNode node : root.get("entries")) {
            Change c = change(node, names);
            if (c == null || !isTargetName(c.target)) {
                return null;
            }
            entries.add(c);
        }
        Change manifest = change(root.get("manifest"), names);
        if (manifest == null || !manifest.target.equals(DatasetDirectory.MANIFEST) || manifest.next == null) {
            return null;
        }
        return new PublishJournal(direction, entries, manifest);
    }

    private static Change change(JsonNode node, Set<String> names) {
        if (node == null || !node.isObject() || !Set.copyOf(CHANGE_FIELDS).equals(fieldNames(node))
                || !node.get("target").isTextual()) {
            return null;
        }
        String next = temp(node.get("next"));
        String backup = temp(node.get("backup"));
        String nextSha = digest(node.get("next_sha256"));
        String previousSha = digest(node.get("previous_sha256"));
        String target = node.get("target").textValue();
        boolean nextOk = next == null ? node.get("next").isNull() && node.get("next_sha256").isNull() : nextSha != null;
        boolean backupOk = backup == null ? node.get("backup").isNull() && node.get("previous_sha256").isNull()
                : previousSha != null;
        if (!nextOk || !backupOk || (next == null && backup == null) || !names.add(target)
                || (next != null && !names.add(next)) || (backup != null && !names.add(backup))) {
            return null;
        }
        return new Change(target, next, nextSha, backup, previousSha);
    }

    private static String temp(JsonNode node) {
        return node != null && node.isTextual() && DatasetDirectory.isTempName(node.textValue()) ? node.textValue()
                : null;
    }

    private static String digest(JsonNode node) {
        return node != null && node.isTextual() && SHA256.matcher(node.textValue()).matches() ? node.textValue() : null;
    }

    /** A name a publish may change besides the manifest: a data file, a JSON Schema file or a derived file. */
    static boolean isTargetName(String name) {
        return ManifestParser.isDataFileName(name)
                || SchemaFiles.isName(name)
                || DerivedFile.ofFile(name) != null;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
