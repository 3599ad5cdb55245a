package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java API example the guide quotes (java-api.md) runs and does what its comments say. */
class JavaApiExampleTest {

    @Test
    void theReadmeExampleRuns() {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JavaApiExample.main(new String[0]);
        } finally {
            System.setOut(previous);
        }
        // 35 % of 500 are structured system seekers; two files (customers, scenarios) in jsonl; every check passes
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("cus-000001, 175 seekers, 2 files, checks passed: true", lines.get(lines.size() - 1));
        // before it, progress lines at most: whether the 5 000 records take longer than the quiet period of 5 s
        // depends on the machine, so this test accepts either (the library's own tests fix the clock)
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.matches("Generated \\d+ of 5000 customers \\(\\d+ %\\), [\\d.]+ [kMG]?B, \\d+ customers/s,"
                    + " (about \\d+ (s|min \\d+ s) left|time left unknown)"), line);
        }
        Path out = Path.of("target/synthetic-customers");
        assertTrue(Files.isRegularFile(out.resolve("customers.jsonl")));
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.notExists(out.resolve("engagement-steps.jsonl")), "the part left out");
    }
}
