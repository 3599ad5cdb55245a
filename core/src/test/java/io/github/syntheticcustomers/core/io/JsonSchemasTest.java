package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped schemas are what {@link JsonSchemaSource} generates from the records. After a model change, run
 * {@code ./mvnw -pl core test -Dtest=JsonSchemasTest -Dschema.update=true} and review the diff.
 */
class JsonSchemasTest {

    private static final Path SHIPPED = Path.of("src/main/resources/io/github/syntheticcustomers/core/io/schemas");

    @ParameterizedTest
    @EnumSource(DatasetSchema.class)
    void theShippedSchemaIsTheOneGeneratedFromTheRecords(DatasetSchema schema) throws IOException {
        String generated = new String(JsonSchemaSource.generate(schema), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("schema.update")) {
            Files.createDirectories(SHIPPED);
            Files.writeString(SHIPPED.resolve(schema.fileName()), generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, new String(schema.bytes(), StandardCharsets.UTF_8),
                schema.fileName() + " differs from the records: run with -Dschema.update=true and review the diff");
    }
}
