package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every YAML example of the guide's configuration.md, section "Your product's journey", is a valid configuration that
 * generates, and so is the block of "Your population, in a few lines each", whose dataset passes every quality check.
 */
class ConfigurationPageExamplesTest {

    private static String page() throws IOException {
        return Files.readString(Path.of("..", "guide", "src", "site", "markdown", "configuration.md"),
                StandardCharsets.UTF_8);
    }

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theJourneyExamplesLoadAndGenerate() throws IOException {
        String text = page();
        int start = text.indexOf("## Your product's journey");
        int end = text.indexOf("\n## ", start);
        String section = text.substring(start, end);
        List<String> examples = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(section);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertEquals(2, examples.size(), "the framework example and the vocabulary example");
        for (String yaml : examples) {
            GeneratorConfig config = ConfigLoader.load("configuration.md.yaml", yaml);
            SyntheticDataset dataset = SyntheticDataset.of(config, 42, 30);
            assertFalse(dataset.scenarios().isEmpty());
            assertEquals(30, dataset.engagementSteps().stream().map(e -> e.customerId()).distinct().count());
        }
    }

    @Test
    void thePopulationExampleLoadsGeneratesAndPassesEveryCheck() throws IOException {
        String text = page();
        int start = text.indexOf("## Your population, in a few lines each");
        Matcher m = YAML_BLOCK.matcher(text.substring(start, text.indexOf("\n## ", start + 1)));
        assertTrue(m.find(), "the population example");
        GeneratorConfig config = ConfigLoader.load("configuration.md.yaml", m.group(1));
        DatasetGenerator generator = new DatasetGenerator(config, 42, 300);
        LoadedDataset dataset = LoadedDataset.generate(generator);
        for (CustomerProfile c : dataset.customers()) {
            assertEquals("female", c.demographics().gender(), c.id());
            assertEquals(Set.of("planned_birth", "cigarettes_per_day"), c.attributes().keySet(), c.id());
        }
        for (CheckResult r : QualityChecks.run(dataset, config).checks()) {
            assertNotEquals(CheckStatus.FAIL, r.status(), r.toString());
        }
    }
}
