package io.github.syntheticcustomers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Java API" example is {@code examples/java-api}'s {@code JavaApiExample} verbatim, which the
 * examples build compiles and its test runs: the README's imports and calls cannot rot.
 */
class ReadmeJavaApiTest {

    @Test
    void theReadmeExampleIsTheCompiledExample() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Java API\n");
        assertTrue(section >= 0, "README has a Java API section");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        int end = readme.indexOf("```\n", start);
        String snippet = readme.substring(start, end);
        String example = Files.readString(Path.of("..", "examples", "java-api", "src", "main", "java", "com", "example",
                "api", "JavaApiExample.java"), StandardCharsets.UTF_8);
        assertEquals("package com.example.api;\n\n" + snippet, example);
        assertTrue(snippet.startsWith("import io.github.syntheticcustomers.core."), "the imports are shown");
    }
}
