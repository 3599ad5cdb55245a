package io.github.syntheticcustomers.core.relational;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A dataset directory written with the relational format, read the way a database or a test of it would: the tables'
 * description ({@code relational-tables.json}), each table's CSV file with a real RFC 4180 parser (an empty unquoted
 * field is NULL, {@code ""} an empty string, as PostgreSQL's {@code COPY} reads them), the JSON Lines of the same run
 * with every number's exact text kept, and the manifest.
 */
final class RelationalFiles {

    /** JSON with exact decimals, so that a double's text can be compared with the CSV cell's. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
            .build();

    /** One table's CSV file: its header and its rows, each cell its text or null (an empty unquoted field). */
    record CsvTable(List<String> header, List<List<String>> rows) {
    }

    final Path dir;

    RelationalFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code parts} of {@code count} customers of {@code seed} as relational and JSON Lines into {@code dir}. */
    static RelationalFiles generate(GeneratorConfig config, long seed, long count, Set<Part> parts, Path dir,
            int threads) {
        SyntheticDatasets.generate(new GenerationRequest(config, seed, count, Set.of(Format.RELATIONAL, Format.JSONL),
                dir, threads).withParts(parts));
        return new RelationalFiles(dir);
    }

    JsonNode manifest() {
        return json(dir.resolve("manifest.json"));
    }

    /** {@code relational-tables.json}. */
    JsonNode description() {
        return json(dir.resolve(RelationalSchema.DESCRIPTION_FILE));
    }

    /** The tables of the description, by name, in its order. */
    Map<String, JsonNode> tables() {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        description().get("tables").forEach(t -> tables.put(t.get("name").asText(), t));
        return tables;
    }

    CsvTable csv(String table) {
        return csv(dir.resolve(Table.FILE_PREFIX + table.replace('_', '-') + ".csv"));
    }

    static CsvTable csv(Path file) {
        List<List<String>> all = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNext()) {
                all.add(Arrays.asList(it.next()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(all.get(0), all.subList(1, all.size()));
    }

    /** The records of {@code part}'s JSON Lines file, in order. */
    List<JsonNode> records(String part) {
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(part + ".jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                records.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** Every file of the directory whose name {@code wanted} accepts, by name, with its bytes. */
    Map<String, byte[]> files(java.util.function.Predicate<String> wanted) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                String name = f.getFileName().toString();
                if (wanted.test(name)) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The relational format's files: the tables' CSV files and the description files. */
    Map<String, byte[]> relationalFiles() {
        return files(n -> n.startsWith(Table.FILE_PREFIX) || RelationalSchema.descriptionFileNames().contains(n));
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
