package io.github.syntheticcustomers.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/relational.md, "Loading", PostgreSQL: the page's {@code bash} block run by bash as written, from a directory
 * holding the dataset in {@code target/synthetic-customers}, with {@code DATABASE_URL} naming the embedded PostgreSQL:
 * the shipped {@code relational-load-postgresql.sql} creates every table through psql and loads the manifest's row
 * counts. Skipped, saying why, where no {@code psql} is on the PATH (the page's command needs one).
 */
class RelationalPsqlPageTest {

    private static final Path PAGE = Path.of("..", "docs", "relational.md");
    private static final Pattern BASH = Pattern.compile("(?m)^### PostgreSQL\\n\\n(?:<!--[^\\n]*-->\\n)?```bash\\n(.*?)^```$",
            Pattern.DOTALL);
    private static final String SCHEMA = "psql_page";

    @TempDir
    Path work;

    @Test
    void thePagesPsqlCommandLoadsTheShippedScript() throws Exception {
        Assumptions.assumeTrue(psqlOnPath(), "no psql on the PATH: docs/relational.md's psql command is not run here");
        Matcher m = BASH.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        assertTrue(m.find(), "docs/relational.md has a bash block under ### PostgreSQL");
        String command = m.group(1).strip();
        assertTrue(command.contains("psql \"$DATABASE_URL\" -f relational-load-postgresql.sql"), command);

        Path dataset = Datasets.copy(Datasets.of(42, 30), work.resolve("target").resolve("synthetic-customers"));
        try (Connection c = PostgresServer.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
                .redirectErrorStream(true);
        bash.environment().put("DATABASE_URL", "postgresql://postgres@localhost:" + PostgresServer.get().getPort()
                + "/postgres");
        // the page: "set it first to load into another one" -- here through libpq's PGOPTIONS
        bash.environment().put("PGOPTIONS", "-c search_path=" + SCHEMA);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), command);
        assertEquals(0, process.exitValue(), output);

        Manifest manifest = DatasetReader.readManifest(dataset);
        Map<String, Long> expected = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            expected.put(t.name(), manifest.file(t.fileName()).records());
        }
        assertEquals(expected, SqlChecks.counts(PostgresServer.dataSource(), SCHEMA));
        assertEquals(30L, expected.get("customers"));
        assertTrue(output.lines().filter(l -> l.startsWith("COPY ")).count() == expected.size(), output);
    }

    private static boolean psqlOnPath() {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "psql")));
    }
}
