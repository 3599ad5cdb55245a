package io.github.syntheticcustomers.junit.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.junit.DistributionAssertions;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import io.github.syntheticcustomers.junit.TimelineAssertions;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's junit-extension page: distribution, quality and timeline assertions on the injected dataset. */
@SyntheticCustomers(seed = 42, count = 500)
class AssertionsExampleTest {

    @Test
    void distributions(SyntheticDataset dataset, List<CustomerProfile> customers) {
        GeneratorConfig config = dataset.config();
        // snippet-start distributions
        DistributionAssertions.assertThat(dataset).hasConfiguredDistributions();          // exact counts
        DistributionAssertions.assertThat(customers, config)                               // any list
                .withinPercentagePoints(2.0).hasPersonaDistribution().hasRiskDistribution();
        DistributionAssertions.assertThat(dataset).hasReferencePrevalence().isCoherent();  // the health world
        // snippet-end distributions
    }

    @Test
    void qualityChecks(SyntheticDataset dataset, @TempDir Path dir) {
        GeneratorConfig config = dataset.config();
        SyntheticDatasets.generate(new GenerationRequest(config, 42, 500, Set.of(Format.JSON), dir, 2));
        // snippet-start quality
        QualityReport inMemory = DistributionAssertions.assertQualityChecksPass(dataset);  // its own configuration
        QualityReport onDisk = DistributionAssertions.assertQualityChecksPass(
                LoadedDataset.read(dir), config);                                         // files, against manifest.json
        // snippet-end quality
        assertTrue(inMemory.passed() && onDisk.passed());
    }

    @Test
    void timelines(SyntheticDataset dataset) {
        // snippet-start timelines
        TimelineAssertions.assertThat(dataset)                              // or any List<CustomerTimeline>
                .hasWeeklyActiveShare(4, 0.60, 0.95)                        // retention: week 4 since sign-up
                .hasSessionShareInLocalHours(18, 23, 0.25, 0.50)            // sessions starting 18:00-22:59 local time
                .hasSessionShareOn(0.15, 0.35, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .hasNotificationOpenRate("email", 0.10, 0.40);              // opened / sent, or over every channel
        // snippet-end timelines
    }
}
