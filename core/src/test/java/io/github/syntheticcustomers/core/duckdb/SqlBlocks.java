package io.github.syntheticcustomers.core.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fenced code blocks of a Markdown page (docs/analytical-readers.md), for the tests that run the page's SQL as
 * written: each {@code ```sql} block by the comment on its first line ({@code -- customers per risk level}).
 */
final class SqlBlocks {

    private SqlBlocks() {
    }

    /** docs/analytical-readers.md, read from the module directory the tests run in. */
    static String page() {
        try {
            return Files.readString(Path.of("..", "docs", "analytical-readers.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every {@code ```language} block of {@code markdown}, without its fences, in page order. */
    static List<String> all(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        String open = "```" + language + "\n";
        for (int start = markdown.indexOf(open); start >= 0; start = markdown.indexOf(open, start)) {
            start += open.length();
            int end = markdown.indexOf("```\n", start);
            blocks.add(markdown.substring(start, end));
            start = end;
        }
        return List.copyOf(blocks);
    }

    /** The {@code ```sql} blocks of {@code markdown} by their first line's comment, in page order. */
    static Map<String, String> sqlByTitle(String markdown) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (String block : all(markdown, "sql")) {
            if (!block.startsWith("-- ")) {
                throw new IllegalStateException("a sql block without a title comment: " + block);
            }
            String title = block.substring(3, block.indexOf('\n'));
            if (blocks.put(title, block) != null) {
                throw new IllegalStateException("two sql blocks titled " + title);
            }
        }
        return blocks;
    }

    /** The statements of a block (each ends with a semicolon at the end of a line), without the semicolons. */
    static List<String> statements(String block) {
        List<String> statements = new ArrayList<>();
        for (String statement : block.split(";\n")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return List.copyOf(statements);
    }
}
