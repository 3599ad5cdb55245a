package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cohorts on the command line (issue 31 item 5, docs/cohorts-in-tests.md): {@code show --cohort ID} prints the
 * members as the dataset's records, {@code show --cohort ID N} the N-th; an unknown id names the declared ones; and
 * shards keep the members' records byte-identical to the whole run's.
 */
class CohortCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG_FILE = "src/test/resources/cohorts.yaml";
    private static final GeneratorConfig CONFIG = ConfigLoader.load(Path.of(CONFIG_FILE));

    @TempDir
    Path dir;

    private void generate(String output, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--count", "600", "--seed", "7", "--config",
                CONFIG_FILE, "--formats", "json,jsonl,csv", "--output", dir.resolve(output).toString()));
        args.addAll(List.of(more));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
    }

    /** The lines of the written customers whose record lists {@code cohort}. */
    private List<String> members(Path jsonl, String cohort) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode cohorts = JSON.readTree(line).get("cohorts");
            if (cohorts != null && cohorts.toString().contains("\"" + cohort + "\"")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void showPrintsTheMembersOfACohortAsTheDatasetWritesThem() throws IOException {
        generate("whole", "--parts", "customers");
        List<String> written = members(dir.resolve("whole/customers.jsonl"), "avoiding_smokers");
        assertEquals(25, written.size());
        CommandRun all = CommandRun.of("show", "--cohort", "avoiding_smokers", "--count", "600", "--seed", "7",
                "--config", CONFIG_FILE);
        assertEquals(0, all.exit(), all.err());
        List<JsonNode> shown = new ArrayList<>();
        JSON.readTree(all.out()).forEach(shown::add);
        List<JsonNode> expected = new ArrayList<>();
        for (String line : written) {
            expected.add(JSON.readTree(line));
        }
        assertEquals(expected, shown);

        CommandRun third = CommandRun.of("show", "--cohort", "avoiding_smokers", "2", "--count", "600", "--seed", "7",
                "--config", CONFIG_FILE);
        assertEquals(0, third.exit(), third.err());
        assertEquals(expected.get(2), JSON.readTree(third.out()));

        CommandRun scenarios = CommandRun.of("show", "--cohort", "known_diabetes", "--part", "scenarios", "--count",
                "600", "--seed", "7", "--config", CONFIG_FILE);
        assertEquals(0, scenarios.exit(), scenarios.err());
        List<String> ids = new ArrayList<>();
        JSON.readTree(scenarios.out()).forEach(s -> ids.add(s.get("customer_id").asText()));
        assertEquals(SyntheticDataset.of(CONFIG, 7, 600).cohort("known_diabetes").stream().map(CustomerProfile::id)
                .toList(), ids);
        assertEquals(18, ids.size());
    }

    @Test
    void anUnknownCohortOrMemberIsRefusedWithWhatThereIs() {
        CommandRun unknown = CommandRun.of("show", "--cohort", "smokers", "--config", CONFIG_FILE, "--count", "600");
        assertEquals(2, unknown.exit(), unknown.err());
        assertEquals("error: Invalid option --cohort: is not a cohort of the configuration (was: smokers; allowed:"
                + " undiagnosed_hypertension, avoiding_smokers, known_diabetes)\n", unknown.err());
        CommandRun none = CommandRun.of("show", "--cohort", "smokers");
        assertEquals(2, none.exit(), none.err());
        assertEquals("error: Invalid option --cohort: is not a cohort of the configuration (was: smokers; allowed:"
                + " none, the configuration declares no cohorts)\n", none.err());
        CommandRun outside = CommandRun.of("show", "--cohort", "avoiding_smokers", "25", "--config", CONFIG_FILE,
                "--count", "600");
        assertEquals(2, outside.exit(), outside.err());
        assertEquals("error: Invalid parameter INDEX: is outside the cohort avoiding_smokers (was: 25; allowed: 0 to"
                + " 24)\n", outside.err());
        CommandRun missing = CommandRun.of("show");
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().startsWith("Missing required parameter: 'INDEX'"), missing.err());
    }

    @Test
    void shardsKeepTheCohortsRecordsByteIdentical() throws IOException {
        generate("whole", "--parts", "customers,scenarios");
        generate("s1", "--parts", "customers,scenarios", "--shard", "0:211");
        generate("s2", "--parts", "customers,scenarios", "--shard", "211:600");
        for (String cohort : List.of("undiagnosed_hypertension", "avoiding_smokers", "known_diabetes")) {
            List<String> sharded = new ArrayList<>(members(dir.resolve("s1/customers.jsonl"), cohort));
            sharded.addAll(members(dir.resolve("s2/customers.jsonl"), cohort));
            List<String> whole = members(dir.resolve("whole/customers.jsonl"), cohort);
            assertEquals(whole, sharded, cohort);
            assertTrue(!whole.isEmpty(), cohort);
        }
        Path merged = dir.resolve("merged");
        CommandRun ok = CommandRun.of("merge", "--output", merged.toString(), dir.resolve("s1").toString(),
                dir.resolve("s2").toString());
        assertEquals(0, ok.exit(), ok.err());
        for (String file : List.of("manifest.json", "customers.json", "customers.jsonl", "customers.csv",
                "scenarios.jsonl")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(file)),
                    Files.readAllBytes(merged.resolve(file)), file);
        }
        CommandRun check = CommandRun.of("check", "--output", merged.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
    }
}
