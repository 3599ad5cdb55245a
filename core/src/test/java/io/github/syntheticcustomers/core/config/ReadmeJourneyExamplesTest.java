package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.syntheticcustomers.core.SyntheticDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every YAML example of the README's "Your product's journey" section is a valid configuration that generates. */
class ReadmeJourneyExamplesTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theJourneyExamplesLoadAndGenerate() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("#### Your product's journey");
        int end = readme.indexOf("\n## ", start);
        String section = readme.substring(start, end);
        List<String> examples = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(section);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertEquals(2, examples.size(), "the framework example and the vocabulary example");
        for (String yaml : examples) {
            GeneratorConfig config = ConfigLoader.load("README.yaml", yaml);
            SyntheticDataset dataset = SyntheticDataset.of(config, 42, 30);
            assertFalse(dataset.scenarios().isEmpty());
            assertEquals(30, dataset.engagementSteps().stream().map(e -> e.customerId()).distinct().count());
        }
    }
}
