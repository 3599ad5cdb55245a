package io.github.syntheticcustomers.core.quality;

import static io.github.syntheticcustomers.core.quality.Datasets.CONFIG;
import static io.github.syntheticcustomers.core.quality.Datasets.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every check passes on the default dataset and fails on a dataset broken on purpose. */
class QualityChecksTest {

    @TempDir
    Path dir;

    private static QualityReport run(List<CustomerProfile> customers) {
        return QualityChecks.run(LoadedDataset.of(customers), CONFIG);
    }

    private static void assertOnlyFails(QualityReport report, String... checks) {
        assertEquals(List.of(checks), report.failed().stream().map(CheckResult::name).toList(),
                report.failureMessage());
    }

    private static Measurement measurement(QualityReport report, String check, String subject) {
        return report.check(check).measurements().stream().filter(m -> m.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no measurement " + subject + " in " + check));
    }

    @Test
    void defaultDatasetPassesEveryCheckInMemoryAndFromFiles() {
        QualityReport memory = QualityChecks.run(Datasets.DATASET, CONFIG);
        assertTrue(memory.passed(), memory.failureMessage());
        assertEquals(QualityChecks.names(), memory.checks().stream().map(CheckResult::name).toList());
        assertTrue(memory.checks().stream().allMatch(c -> c.status() == CheckStatus.PASS), memory.failureMessage());

        for (Format format : List.of(Format.JSON, Format.JSONL)) {
            Path out = dir.resolve(format.extension());
            SyntheticDatasets.generate(new GenerationRequest(CONFIG, 42, 500, EnumSet.of(format), out, 2));
            QualityReport files = QualityChecks.run(LoadedDataset.read(out), CONFIG);
            assertTrue(files.passed(), files.failureMessage());
            assertEquals(42L, files.seed());
            assertEquals(500, files.scenarios());
            for (String check : QualityChecks.names()) {
                if (!check.equals("dataset_integrity")) {
                    assertEquals(memory.check(check), files.check(check), check);
                }
            }
        }
    }

    @Test
    void personaShareMovedFailsPersonaDistributionWithValueAndThreshold() {
        List<CustomerProfile> moved = Datasets.edit(c -> c.personaType().equals("health_aware_avoider")
                && c.demographics().age() >= 30, 50,
                c -> Datasets.withPersona(c, "structured_system_seeker"));
        QualityReport report = run(moved);
        assertOnlyFails(report, "persona_distribution");
        Measurement avoiders = measurement(report, "persona_distribution", "share.health_aware_avoider");
        assertEquals(20.0, avoiders.value());
        assertEquals(30.0, avoiders.expected());
        assertEquals(28.8, avoiders.min());
        assertEquals(31.2, avoiders.max());
        assertTrue(report.failureMessage().contains(
                "share.health_aware_avoider = 20% (expected 30, allowed [28.8, 31.2]%)"),
                report.failureMessage());
        assertTrue(report.failureMessage().contains("share.structured_system_seeker = 35%"),
                report.failureMessage());
    }

    @Test
    void unknownPersonaFailsPersonaDistribution() {
        QualityReport report = run(Datasets.edit(c -> true, 1, c -> Datasets.withPersona(c, "martian")));
        assertFalse(report.check("persona_distribution").failedMeasurements().isEmpty());
        assertEquals(1.0, measurement(report, "persona_distribution", "unknown_persona_records").value());
        assertTrue(report.check("persona_distribution").examples().get(0).contains("'martian'"));
    }

    @Test
    void customersMovedToAnotherDecadeFailAgeDecades() {
        List<CustomerProfile> shifted = Datasets.edit(c -> c.demographics().age() / 10 == 3, 40,
                c -> Datasets.withDemographics(c, d -> Datasets.older(d, 10)));
        QualityReport report = run(shifted);
        assertEquals(CheckStatus.FAIL, report.check("age_decades").status());
        assertEquals(42.0, measurement(report, "age_decades", "share.30").value());
        assertEquals(41.0, measurement(report, "age_decades", "share.40").value());
        assertEquals(CheckStatus.PASS, report.check("persona_distribution").status());
    }

    @Test
    void riskLevelsRelabelledFailTheMarginal() {
        QualityReport report = run(Datasets.edit(c -> c.riskLevel().equals("low"), 30,
                c -> Datasets.withRisk(c, "moderate", 60)));
        assertOnlyFails(report, "risk_levels");
        assertEquals(35.0, measurement(report, "risk_levels", "share.moderate").value());
    }

    @Test
    void swappedRiskLabelsFailOrderingWhileTheMarginalStillPasses() {
        List<CustomerProfile> swapped = Datasets.edit(c -> c.riskLevel().equals("low"), 1,
                c -> Datasets.withRisk(c, "moderate", c.riskScore()));
        swapped = swapped.stream().map(c -> c == null ? null : c).toList();
        List<CustomerProfile> both = new java.util.ArrayList<>(swapped);
        for (int i = 0; i < both.size(); i++) {
            if (DEFAULT.get(i).riskLevel().equals("moderate")) {
                both.set(i, Datasets.withRisk(both.get(i), "low", both.get(i).riskScore()));
                break;
            }
        }
        QualityReport report = run(both);
        assertOnlyFails(report, "risk_levels");
        assertTrue(measurement(report, "risk_levels", "share.moderate").passed());
        assertEquals(1.0, measurement(report, "risk_levels", "overlapping_risk_levels").value());
    }

    @Test
    void riskProfileAgainstTheConfiguredPropensityFailsWhenPropensitiesAreReversed() {
        GeneratorConfig reversed = ConfigLoader.load("reversed.yaml", """
                personas:
                  health_aware_avoider: { traits: { risk_propensity: 0.45 } }
                  structured_system_seeker: { traits: { risk_propensity: 0.6 } }
                  balanced_life_integrator: { traits: { risk_propensity: 0.5 } }
                  healthcare_professional: { traits: { risk_propensity: 0.9 } }
                  overlooked_risk_group: { traits: { risk_propensity: 0.1 } }
                """);
        QualityReport report = QualityChecks.run(LoadedDataset.of(DEFAULT), reversed);
        assertOnlyFails(report, "risk_levels");
        Measurement rho = measurement(report, "risk_levels", "risk_profile_correlation");
        assertTrue(rho.value() < 0, rho.describe());
        assertTrue(measurement(report, "risk_levels", "risk_profile_correlation").describe().contains(">= 0.5"));
        assertTrue(run(DEFAULT).check("risk_levels").summary().contains("Rank correlation"));
    }

    @Test
    void inconsistentOrUnsafeProfilesFailProfileConsistency() {
        List<CustomerProfile> broken = new java.util.ArrayList<>(DEFAULT);
        broken.set(0, Datasets.withDemographics(broken.get(0), d -> Datasets.contact(d, "jane.doe@gmail.com",
                d.phone())));
        broken.set(1, Datasets.withDemographics(broken.get(1), d -> Datasets.contact(d, d.email(),
                "+1-212-555-1234")));
        broken.set(2, Datasets.withDemographics(broken.get(2), d -> Datasets.age(d, d.age() + 1)));
        QualityReport report = run(broken);
        CheckResult result = report.check("profile_consistency");
        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals(1.0, measurement(report, "profile_consistency", "unsafe_email").value());
        assertEquals(1.0, measurement(report, "profile_consistency", "unsafe_phone").value());
        assertEquals(1.0, measurement(report, "profile_consistency", "age_vs_date_of_birth").value());
        assertEquals(3.0, measurement(report, "profile_consistency", "total_violations").value());
        assertTrue(result.examples().stream().anyMatch(e -> e.contains("jane.doe@gmail.com")), result.examples()
                .toString());

        GeneratorConfig lenient = ConfigLoader.load("lenient.yaml", "quality:\n  max_profile_violations: 3\n");
        assertEquals(CheckStatus.PASS, QualityChecks.run(LoadedDataset.of(broken), lenient)
                .check("profile_consistency").status());
    }

    @Test
    void safeContactRulesFollowTheSpec() {
        assertTrue(ProfileConsistencyCheck.safeEmail("a.b.000001@example.com"));
        assertTrue(ProfileConsistencyCheck.safeEmail("x@mail.test"));
        assertFalse(ProfileConsistencyCheck.safeEmail("x@example.com.evil.org"));
        assertFalse(ProfileConsistencyCheck.safeEmail("x@y@example.com"));
        assertTrue(ProfileConsistencyCheck.SAFE_PHONE.matcher("+1-303-555-0199").matches());
        assertFalse(ProfileConsistencyCheck.SAFE_PHONE.matcher("+1-303-555-0200").matches());
    }

    @Test
    void duplicateIdsFailIntegrity() {
        QualityReport report = run(Datasets.edit(c -> c.id().equals("cus-000002"), 1,
                c -> Datasets.withId(c, "cus-000001")));
        assertOnlyFails(report, "dataset_integrity");
        assertEquals(1.0, measurement(report, "dataset_integrity", "customer_ids_out_of_sequence").value());
    }

    @Test
    void handEditedOrUnmanifestedFilesFailIntegrity() throws IOException {
        Path out = dir.resolve("edited");
        SyntheticDatasets.generate(new GenerationRequest(CONFIG, 42, 500, EnumSet.of(Format.JSON), out, 1));
        Path customers = out.resolve("customers.json");
        String text = Files.readString(customers, StandardCharsets.UTF_8);
        String first = DEFAULT.get(0).demographics().firstName();
        Files.writeString(customers, text.replaceFirst("\"" + first + "\"", "\"Edited\""), StandardCharsets.UTF_8);
        QualityReport edited = QualityChecks.run(LoadedDataset.read(out), CONFIG);
        // the edited name no longer matches the scenario's user either
        assertOnlyFails(edited, "dataset_integrity", "scenario_consistency");
        assertTrue(edited.failureMessage().contains("customers.json differs from manifest.json"),
                edited.failureMessage());

        Files.delete(out.resolve("manifest.json"));
        QualityReport unmanifested = QualityChecks.run(LoadedDataset.read(out), CONFIG);
        assertEquals(0.0, measurement(unmanifested, "dataset_integrity", "manifest_present").value());
        assertOnlyFails(unmanifested, "dataset_integrity", "scenario_consistency");
    }

    @Test
    void aDatasetGeneratedWithAnotherConfigurationIsStale() {
        Path out = dir.resolve("stale");
        SyntheticDatasets.generate(new GenerationRequest(CONFIG, 42, 500, EnumSet.of(Format.JSONL), out, 1));
        GeneratorConfig later = CONFIG.withReferenceDate(CONFIG.referenceDate().plusDays(1));
        QualityReport report = QualityChecks.run(LoadedDataset.read(out), later);
        assertEquals(0.0, measurement(report, "dataset_integrity", "generated_with_this_configuration").value());
        assertTrue(report.failureMessage().contains("generated with another configuration"),
                report.failureMessage());
        GeneratorConfig otherThresholds = ConfigLoader.load("t.yaml", "quality:\n  persona_share_tolerance: 3\n");
        assertTrue(QualityChecks.run(LoadedDataset.read(out), otherThresholds).passed(),
                "thresholds are not part of the configuration a dataset is generated with");
    }

    @Test
    void emptyDatasetFailsIntegrityAndSkipsTheRest() {
        QualityReport report = run(List.of());
        assertOnlyFails(report, "dataset_integrity");
        assertEquals(CheckStatus.SKIPPED, report.check("persona_distribution").status());
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        List<CustomerProfile> slightlyMoved = Datasets.edit(c -> c.personaType().equals("health_aware_avoider"),
                5, c -> Datasets.withPersona(c, "overlooked_risk_group"));
        assertEquals(CheckStatus.PASS, run(slightlyMoved).check("persona_distribution").status());
        GeneratorConfig strict = ConfigLoader.load("strict.yaml", "quality:\n  persona_share_tolerance: 0.5\n");
        QualityReport report = QualityChecks.run(LoadedDataset.of(slightlyMoved), strict);
        assertOnlyFails(report, "persona_distribution");
        assertEquals(29.3, measurement(report, "persona_distribution", "share.health_aware_avoider").min());
    }
}
