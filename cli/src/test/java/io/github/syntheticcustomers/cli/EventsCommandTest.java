package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code events} part on the command line: left out by default, written with {@code --parts all} or by name in
 * every format, sharded and merged into the whole run's bytes, shown one index at a time, and named in the help.
 */
class EventsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void generate(String output, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--count", "40", "--formats", "json,jsonl,csv",
                "--output", dir.resolve(output).toString()));
        args.addAll(List.of(more));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void theEventsAreWrittenWhenAskedForAndNotByDefault() throws IOException {
        generate("default");
        assertTrue(Files.exists(dir.resolve("default/engagement-steps.jsonl")));
        assertFalse(Files.exists(dir.resolve("default/events.jsonl")), "not in the default parts");
        generate("all", "--parts", "all");
        generate("named", "--parts", "customers,events");
        for (String file : List.of("events.json", "events.jsonl", "events.csv", "events.schema.json")) {
            assertTrue(Files.exists(dir.resolve("all").resolve(file)), file);
            assertArrayEquals(Files.readAllBytes(dir.resolve("all").resolve(file)),
                    Files.readAllBytes(dir.resolve("named").resolve(file)), file);
        }
        assertFalse(Files.exists(dir.resolve("named/scenarios.jsonl")));
    }

    @Test
    void shardsOfTheEventsMergeIntoTheWholeRunsBytes() throws IOException {
        generate("whole", "--parts", "all");
        generate("s1", "--parts", "all", "--shard", "0:17");
        generate("s2", "--parts", "all", "--shard", "17:40");
        Path merged = dir.resolve("merged");
        CommandRun ok = CommandRun.of("merge", "--output", merged.toString(), dir.resolve("s2").toString(),
                dir.resolve("s1").toString());
        assertEquals(0, ok.exit(), ok.err());
        for (String file : List.of("manifest.json", "events.json", "events.jsonl", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(file)),
                    Files.readAllBytes(merged.resolve(file)), file);
        }
    }

    @Test
    void showPrintsTheEventsOfOneIndex() throws IOException {
        generate("all", "--parts", "events");
        CommandRun show = CommandRun.of("show", "5", "--count", "40", "--part", "events");
        assertEquals(0, show.exit(), show.err());
        List<JsonNode> expected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("all/events.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode event = JSON.readTree(line);
            if (event.get("customer_id").asText().equals("cus-000006")) {
                expected.add(event);
            }
        }
        List<JsonNode> shown = new ArrayList<>();
        JSON.readTree(show.out()).forEach(shown::add);
        assertEquals(expected, shown);
    }

    @Test
    void theHelpNamesTheEventsAndWhyTheyAreNotWrittenByDefault() {
        CommandRun help = CommandRun.of("generate", "--help");
        assertEquals(0, help.exit(), help.err());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("customers, scenarios, engagement-steps, events, comma-separated, or all"), text);
        // picocli wraps the default after a comma: compared without blanks
        assertTrue(text.replace(" ", "").contains("(default:customers,scenarios,engagement-steps)"), text);
        CommandRun show = CommandRun.of("show", "--help");
        assertTrue(show.out().contains("engagement-steps or events"), show.out());
    }
}
