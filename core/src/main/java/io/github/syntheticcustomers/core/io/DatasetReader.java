package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.internal.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads dataset files back into records: {@code .json} arrays and {@code .jsonl} lines, and
 * {@code manifest.json}. A malformed file fails with its name, line and column.
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    /** All records of a {@code .json} or {@code .jsonl} file. */
    public static <T> List<T> readAll(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return readAll(in, file.getFileName().toString(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** All records of a {@code .json} or {@code .jsonl} stream; {@code name} decides the syntax. */
    public static <T> List<T> readAll(InputStream in, String name, Class<T> type) {
        ObjectMapper mapper = JsonMappers.data();
        List<T> records = new ArrayList<>();
        JsonParser parser = null;
        try {
            parser = mapper.getFactory().createParser(in);
            if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new IOException("expected a JSON array at " + location(parser));
                }
                parser.nextToken();
            }
            try (MappingIterator<T> it = mapper.readerFor(type).readValues(parser)) {
                while (it.hasNextValue()) {
                    records.add(it.nextValue());
                }
            }
            return records;
        } catch (JsonProcessingException e) {
            // a damaged file: where and what, in our words, not the parser's
            throw new UncheckedIOException(JsonProblem.describe(name, e, parser == null ? null
                    : parser.currentLocation(), records.size() + 1L, "dataset"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The manifest in {@code directory}, parsed as untrusted input.
     *
     * @throws InvalidManifestException when it is not a valid manifest (naming the field and the problem)
     * @throws UncheckedIOException when it cannot be read (missing, a link, unreadable)
     */
    public static Manifest readManifest(Path directory) {
        Path file = directory.resolve(DatasetWriter.MANIFEST);
        if (!DatasetDirectory.isPlainFile(file)) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": missing or not a plain file"));
        }
        try {
            return ManifestParser.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A manifest's bytes (e.g. a class-path resource), parsed as untrusted input; {@code source} names it in
     * messages.
     *
     * @throws InvalidManifestException when it is not a valid manifest
     */
    public static Manifest parseManifest(byte[] bytes, String source) {
        return ManifestParser.parse(bytes, source);
    }

    private static String location(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
    }
}
