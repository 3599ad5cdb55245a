package io.github.syntheticcustomers.core.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/relational.md shows the schema as it is: its entity-relationship diagram is the one
 * {@link RelationalSchema#erDiagram()} draws, and its table list names every table with its primary key. To accept a
 * change of the tables: {@code ./mvnw -B -pl core test -Dtest=RelationalPageTest -Drelational.page.update=true}.
 */
class RelationalPageTest {

    private static final Path PAGE = Path.of(System.getProperty("basedir", "."), "..", "docs", "relational.md");

    @Test
    void theDiagramIsTheSchemasAndEveryTableIsListedWithItsKey() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String fence = "```mermaid\n";
        int start = page.indexOf(fence) + fence.length();
        int end = page.indexOf("```\n", start);
        String diagram = RelationalSchema.all().erDiagram();
        if (Boolean.getBoolean("relational.page.update")) {
            Files.writeString(PAGE, page.substring(0, start) + diagram + page.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertTrue(start >= fence.length(), "docs/relational.md has no ```mermaid block");
        assertEquals(diagram, page.substring(start, end), "docs/relational.md's diagram is not the schema's: update it"
                + " with -Drelational.page.update=true");
        for (Table t : RelationalSchema.all().tables()) {
            String row = "| `" + t.name() + "` | `" + t.fileName() + "` | " + String.join(", ", t.primaryKey()
                    .stream().map(k -> "`" + k + "`").toList()) + " |";
            assertTrue(page.contains(row), "docs/relational.md lists no " + row);
        }
    }
}
