package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java API example runs and does what its comments say. */
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
        assertEquals("cus-000001, 175 seekers, 2 files, checks passed: true\n", captured.toString(StandardCharsets.UTF_8));
        Path out = Path.of("target/synthetic-customers");
        assertTrue(Files.isRegularFile(out.resolve("customers.jsonl")));
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.notExists(out.resolve("engagement-steps.jsonl")), "the part left out");
    }
}
