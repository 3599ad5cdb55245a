package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads {@code manifest.json} as untrusted input: exactly the fields {@link Manifest} has, each of its
 * type, counts in range, digests as 64 hex digits, and every listed file a plain dataset file name
 * ({@code part.format}) in the manifest's directory, so no entry can point outside it.
 */
final class ManifestParser {

    /**
     * Larger manifests are refused unread: a real one lists a handful of files and the configuration's text,
     * at most {@link JsonMappers#MAX_CONFIG_CHARS} characters (which JSON escaping can make several times
     * as many bytes).
     */
    static final int MAX_BYTES = 8 << 20;

    private static final Pattern PART = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Part names that would collide with the directory's own files. */
    private static final Set<String> RESERVED_PARTS = Set.of("manifest", "quality", "analysis", "report");
    private static final List<String> FIELDS = List.of("generator", "generator_version", "seed", "count",
            "reference_date", "formats", "config_digest", "fingerprint", "files");
    /**
     * Fields a manifest may leave out: {@code config} is absent from those of version 0.1.0, {@code shard} from whole
     * datasets, {@code schemas} from versions that did not list them, {@code derived} until {@code check} or
     * {@code report} ran.
     */
    private static final List<String> OPTIONAL_FIELDS = List.of("config", "shard", "schemas", "derived");
    private static final List<String> DIGEST_FIELDS = List.of("file", "bytes", "sha256");
    private static final List<String> SHARD_FIELDS = List.of("from", "to", "dataset_fingerprint");
    private static final List<String> CONFIG_FIELDS = List.of("name");
    private static final List<String> OPTIONAL_CONFIG_FIELDS = List.of("text");
    private static final List<String> FILE_FIELDS = List.of("file", "part", "format", "records", "bytes", "sha256");

    private final String source;

    private ManifestParser(String source) {
        this.source = source;
    }

    /** The manifest in {@code file}, read without following links; the file names itself in messages. */
    static Manifest read(Path file) throws IOException {
        return parse(readBounded(file), file.toString());
    }

    /**
     * A small file (manifest or publish journal) read without following links, at most one byte more than
     * {@link #MAX_BYTES}, so that a larger one is refused by its size rather than read whole.
     */
    static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(MAX_BYTES + 1);
        }
    }

    /** The manifest in {@code bytes}; {@code source} names the file in messages. */
    static Manifest parse(byte[] bytes, String source) {
        return new ManifestParser(source).parse(bytes);
    }

    /** Whether {@code name} is a plain dataset file name such as {@code customers.jsonl}. */
    static boolean isDataFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String part = name.substring(0, dot);
        String extension = name.substring(dot + 1);
        return PART.matcher(part).matches() && !RESERVED_PARTS.contains(part.toLowerCase(Locale.ROOT))
                && Arrays.stream(Format.values()).anyMatch(f -> f.extension().equals(extension));
    }

    private Manifest parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw invalid("", "is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        ObjectMapper mapper = JsonMappers.data();
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw invalid("", "has content after the manifest object");
            }
        } catch (IOException e) {
            throw new InvalidManifestException(source + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("", "must be a JSON object but is " + kind(root));
        }
        exactFields(root, FIELDS, OPTIONAL_FIELDS, "");
        String generator = text(root, "generator");
        if (!generator.equals(DatasetDirectory.GENERATOR)) {
            throw invalid("generator", "is '" + shorten(generator) + "', not " + DatasetDirectory.GENERATOR);
        }
        String version = text(root, "generator_version");
        if (version.isEmpty() || version.length() > 100) {
            throw invalid("generator_version", "must be a version of 1 to 100 characters");
        }
        long seed = integer(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        long count = integer(root, "count", 1, Limits.MAX_COUNT);
        LocalDate referenceDate = date(root, "reference_date");
        List<String> formats = formats(root);
        String configDigest = digest(root, "config_digest");
        String fingerprint = digest(root, "fingerprint");
        List<Manifest.FileEntry> files = files(root, formats);
        ConfigSource config = root.has("config") ? config(root.get("config")) : null;
        Manifest.Shard shard = root.has("shard") ? shard(root.get("shard"), count) : null;
        List<Manifest.FileDigest> schemas = digests(root, "schemas", SchemaFiles::isName,
                "a schema file, e.g. customers.schema.json or relational-tables.json");
        List<Manifest.FileDigest> derived = digests(root, "derived", name -> DerivedFile.ofFile(name) != null,
                "quality.json, analysis.json or report.html");
        return new Manifest(generator, version, seed, count, referenceDate, formats, config, configDigest,
                fingerprint, shard, files, schemas, derived);
    }

    /** An optional list of files that are not data ({@code schemas}, {@code derived}), each named as allowed. */
    private List<Manifest.FileDigest> digests(JsonNode root, String field, Predicate<String> allowed,
            String allowedText) {
        if (!root.has(field)) {
            return List.of();
        }
        JsonNode node = root.get(field);
        if (!node.isArray()) {
            throw invalid(field, "must be a list but is " + kind(node));
        }
        List<Manifest.FileDigest> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                throw invalid(at, "must be an object but is " + kind(entry));
            }
            exactFields(entry, DIGEST_FIELDS, List.of(), at + ".");
            String file = text(entry, "file", at + ".file");
            if (!allowed.test(file)) {
                throw invalid(at + ".file", "'" + shorten(file) + "' is not " + allowedText);
            }
            if (!names.add(file)) {
                throw invalid(at + ".file", "lists " + file + " a second time");
            }
            long bytes = integer(entry, "bytes", at + ".bytes", 0, Long.MAX_VALUE);
            entries.add(new Manifest.FileDigest(file, bytes, digest(entry, "sha256", at + ".sha256")));
        }
        return entries;
    }

    private Manifest.Shard shard(JsonNode node, long count) {
        if (!node.isObject()) {
            throw invalid("shard", "must be an object but is " + kind(node));
        }
        exactFields(node, SHARD_FIELDS, List.of(), "shard.");
        long from = integer(node, "from", "shard.from", 0, count - 1);
        long to = integer(node, "to", "shard.to", from + 1, count);
        return new Manifest.Shard(from, to, digest(node, "dataset_fingerprint", "shard.dataset_fingerprint"));
    }

    private ConfigSource config(JsonNode node) {
        if (!node.isObject()) {
            throw invalid("config", "must be an object but is " + kind(node));
        }
        exactFields(node, CONFIG_FIELDS, OPTIONAL_CONFIG_FIELDS, "config.");
        String name = text(node, "name", "config.name");
        // the name reaches terminals and report.html: no control or invisible format (bidi) character
        if (name.isBlank() || name.length() > 255 || name.contains("/") || name.contains("\\")
                || name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw invalid("config.name", "must be a file name of 1 to 255 characters without directories, control"
                    + " or invisible format characters (was: " + shorten(name) + ")");
        }
        String text = node.has("text") ? text(node, "text", "config.text") : null;
        if (text == null && !name.equals(ConfigLoader.DEFAULTS_SOURCE)) {
            throw invalid("config.text", "is missing; only the built-in defaults ('" + ConfigLoader.DEFAULTS_SOURCE
                    + "') have no text");
        }
        if (text != null && text.length() > JsonMappers.MAX_CONFIG_CHARS) {
            throw invalid("config.text", "is longer than " + JsonMappers.MAX_CONFIG_CHARS + " characters");
        }
        return new ConfigSource(name, text);
    }

    private List<String> formats(JsonNode root) {
        JsonNode node = root.get("formats");
        if (!node.isArray() || node.isEmpty()) {
            throw invalid("formats", "must be a non-empty list of formats");
        }
        List<String> formats = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode f = node.get(i);
            if (!f.isTextual() || formatOf(f.textValue()) == null) {
                throw invalid("formats[" + i + "]", "is not a format (was: " + shorten(f.toString()) + ")");
            }
            if (formats.contains(f.textValue())) {
                throw invalid("formats[" + i + "]", "repeats " + f.textValue());
            }
            formats.add(f.textValue());
        }
        return formats;
    }

    private List<Manifest.FileEntry> files(JsonNode root, List<String> formats) {
        JsonNode node = root.get("files");
        if (!node.isArray() || node.isEmpty()) {
            throw invalid("files", "must be a non-empty list of data files");
        }
        List<Manifest.FileEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "files[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                throw invalid(at, "must be an object but is " + kind(entry));
            }
            exactFields(entry, FILE_FIELDS, List.of(), at + ".");
            String file = text(entry, "file", at + ".file");
            String part = text(entry, "part", at + ".part");
            String format = text(entry, "format", at + ".format");
            if (!isDataFileName(file)) {
                throw invalid(at + ".file", "'" + shorten(file) + "' is not a plain dataset file name in the"
                        + " manifest's directory (allowed: part.format, e.g. customers.json)");
            }
            Format known = formatOf(format);
            if (known == null || !file.equals(part + "." + known.extension())) {
                throw invalid(at + ".file", "'" + shorten(file) + "' does not match part '" + shorten(part)
                        + "' and format '" + shorten(format) + "'");
            }
            if (!formats.contains(format)) {
                throw invalid(at + ".format", "'" + format + "' is not among the manifest's formats " + formats);
            }
            if (!names.add(file)) {
                throw invalid(at + ".file", "lists " + file + " a second time");
            }
            long records = integer(entry, "records", at + ".records", 0, Long.MAX_VALUE);
            long bytes = integer(entry, "bytes", at + ".bytes", 0, Long.MAX_VALUE);
            String sha256 = digest(entry, "sha256", at + ".sha256");
            entries.add(new Manifest.FileEntry(file, part, format, records, bytes, sha256));
        }
        return entries;
    }

    private void exactFields(JsonNode object, List<String> fields, List<String> optional, String prefix) {
        for (String field : fields) {
            if (!object.has(field)) {
                throw invalid(prefix + field, "is missing");
            }
            if (object.get(field).isNull()) {
                throw invalid(prefix + field, "is null");
            }
        }
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (optional.contains(name) && object.get(name).isNull()) {
                throw invalid(prefix + name, "is null");
            }
            if (!fields.contains(name) && !optional.contains(name)) {
                List<String> allowed = new ArrayList<>(fields);
                allowed.addAll(optional);
                throw invalid(prefix + shorten(name), "is not a manifest field (allowed: " + String.join(", ", allowed)
                        + ")");
            }
        }
    }

    private String text(JsonNode object, String field) {
        return text(object, field, field);
    }

    private String text(JsonNode object, String field, String path) {
        JsonNode node = object.get(field);
        if (!node.isTextual()) {
            throw invalid(path, "must be a string but is " + kind(node));
        }
        return node.textValue();
    }

    private long integer(JsonNode object, String field, long min, long max) {
        return integer(object, field, field, min, max);
    }

    private long integer(JsonNode object, String field, String path, long min, long max) {
        JsonNode node = object.get(field);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw invalid(path, "must be a whole number but is " + kind(node));
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw invalid(path, "is " + value + ", outside " + min + " … " + max);
        }
        return value;
    }

    private LocalDate date(JsonNode object, String field) {
        String text = text(object, field);
        try {
            LocalDate date = LocalDate.parse(text);
            if (!Limits.isReferenceDate(date)) {
                throw invalid(field, "is " + date + ", outside " + Limits.referenceDateRange());
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid(field, "is not an ISO date (was: " + shorten(text) + ")");
        }
    }

    private String digest(JsonNode object, String field) {
        return digest(object, field, field);
    }

    private String digest(JsonNode object, String field, String path) {
        String text = text(object, field, path);
        if (!SHA256.matcher(text).matches()) {
            throw invalid(path, "is not a SHA-256 digest (64 lower-case hex digits)");
        }
        return text;
    }

    private static Format formatOf(String id) {
        for (Format f : Format.values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "empty";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a fraction";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString();
        };
    }

    private InvalidManifestException invalid(String field, String problem) {
        return new InvalidManifestException(source + " is not a valid synthetic-customers manifest: "
                + (field.isEmpty() ? "the file " : field + " ") + problem);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        return shorten(nl < 0 ? text : text.substring(0, nl));
    }
}
