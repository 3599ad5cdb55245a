package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realism check passes the datasets the generator writes, over several seeds, and fails each shape broken the
 * way the issue found them: a population rarely married, lab values with a hole under a cut-off, women with men's
 * names; a dataset too small to judge is skipped, not passed.
 */
class RealismCheckTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final RealismCheck CHECK = new RealismCheck();
    private static final LoadedDataset DATASET = generate(42, 2000);

    private static LoadedDataset generate(long seed, int count) {
        return LoadedDataset.generate(new DatasetGenerator(CONFIG, seed, count));
    }

    private static LoadedDataset withCustomers(List<CustomerProfile> customers) {
        return new LoadedDataset(DATASET.directory(), DATASET.manifest(), customers, DATASET.scenarios(),
                DATASET.files(), DATASET.engagementSteps());
    }

    private static List<CustomerProfile> edited(UnaryOperator<CustomerProfile> edit) {
        List<CustomerProfile> out = new ArrayList<>();
        for (CustomerProfile c : DATASET.customers()) {
            out.add(edit.apply(c));
        }
        return out;
    }

    private static Measurement measurement(CheckResult result, String subject) {
        return result.measurements().stream().filter(m -> m.subject().equals(subject)).findFirst().orElseThrow(
                () -> new AssertionError("no " + subject + " in " + result.measurements()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 1234})
    void generatedDatasetsFollowTheirTables(long seed) {
        CheckResult result = CHECK.run(seed == 42 ? DATASET : generate(seed, 2000), CONFIG);
        assertEquals(CheckStatus.PASS, result.status(), () -> result.summary() + " " + result.failedMeasurements()
                + " " + result.examples());
        // every kind of shape was judged, not only listed
        for (String prefix : List.of("marital_status.married.female.35-44", "ever_had_child.female.40-44",
                "education.bachelors", "first_names.among_100_most_common", "density_at_cut.hba1c.5.7",
                "density_at_cut.systolic_bp.130")) {
            Measurement m = measurement(result, prefix);
            assertTrue(m.min() != null && m.max() != null, prefix + " not judged: " + m.describe());
        }
        assertEquals(0, measurement(result, "first_names.of_the_other_sex_only").value());
    }

    @Test
    void aPopulationRarelyMarriedFails() {
        CheckResult result = CHECK.run(withCustomers(edited(c -> "married".equals(c.demographics().maritalStatus())
                ? Datasets.withDemographics(c, d -> marital(d, "single")) : c)), CONFIG);
        assertEquals(CheckStatus.FAIL, result.status());
        Measurement married = measurement(result, "marital_status.married.female.35-44");
        assertFalse(married.passed());
        assertEquals(0, married.value());
        assertTrue(result.examples().stream().anyMatch(e -> e.startsWith("marital_status.married.")),
                result.examples().toString());
    }

    @Test
    void aHoleUnderACutOffFails() {
        // label-first values: everyone just under HbA1c 5.7 moved into the normal range's middle
        CheckResult result = CHECK.run(withCustomers(edited(c -> withHba1c(c, v -> v >= 5.5 && v < 5.7 ? 5.2 : v))),
                CONFIG);
        assertEquals(CheckStatus.FAIL, result.status());
        Measurement hba1c = measurement(result, "density_at_cut.hba1c.5.7");
        assertFalse(hba1c.passed(), hba1c.describe());
        assertTrue(result.examples().stream().anyMatch(e -> e.startsWith("hba1c around 5.7: 0 latest values")),
                result.examples().toString());
    }

    @Test
    void aCutOffsRatioIsWidenedForSamplingButAWallFailsAtEverySize() {
        // seed 42, 1 000 customers: 45 latest HbA1c values in the 0.2 below 6.5 and 16 from it on, a ratio of 0.36
        // that three standard errors of the share above (61 values) allow, where the bare [0.4, 2.5] did not
        Measurement small = RealismCheck.cutDensity("density_at_cut.hba1c.6.5", 45, 16, 2.5);
        assertTrue(small.passed(), small.describe());
        assertTrue(small.min() < 0.36 && small.max() > 2.5, small.describe());
        // a third over a hundred times the values is a real deficit
        assertFalse(RealismCheck.cutDensity("x", 4500, 1500, 2.5).passed());
        // large counts keep the configured band, nearly exactly
        Measurement large = RealismCheck.cutDensity("x", 1_000_000, 1_000_000, 2.5);
        assertEquals(0.4, large.min(), 0.01);
        assertEquals(2.5, large.max(), 0.05);
        // a wall: nothing on one side fails at the smallest judged size
        assertFalse(RealismCheck.cutDensity("x", 60, 0, 2.5).passed());
        assertFalse(RealismCheck.cutDensity("x", 0, 60, 2.5).passed());
    }

    @Test
    void aWomanWithAMansNameFails() {
        int[] renamed = {0};
        CheckResult result = CHECK.run(withCustomers(edited(c -> "female".equals(c.demographics().gender())
                && renamed[0]++ < 3 ? Datasets.withDemographics(c, d -> named(d, "Jeffrey")) : c)), CONFIG);
        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals(3, measurement(result, "first_names.of_the_other_sex_only").value());
        assertTrue(result.examples().stream().anyMatch(e -> e.endsWith(": female named Jeffrey, a name the"
                + " first-name table lists for the other sex only")), result.examples().toString());
    }

    @Test
    void aDatasetTooSmallToJudgeIsSkipped() {
        CheckResult result = CHECK.run(generate(42, 12), CONFIG);
        assertEquals(CheckStatus.SKIPPED, result.status());
        assertTrue(result.summary().startsWith("skipped: too few records: "), result.summary());
        assertFalse(result.measurements().isEmpty());
    }

    private static Demographics marital(Demographics d, String status) {
        return new Demographics(d.firstName(), d.lastName(), d.gender(), d.age(), d.dateOfBirth(), d.email(),
                d.phone(), d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(), d.occupation(),
                d.education(), status, d.householdSize(), d.incomeBracket());
    }

    private static Demographics named(Demographics d, String first) {
        return new Demographics(first, d.lastName(), d.gender(), d.age(), d.dateOfBirth(), d.email(),
                d.phone(), d.streetAddress(), d.city(), d.county(), d.state(), d.postalCode(), d.occupation(),
                d.education(), d.maritalStatus(), d.householdSize(), d.incomeBracket());
    }

    private static CustomerProfile withHba1c(CustomerProfile c, java.util.function.DoubleUnaryOperator edit) {
        HealthProfile h = c.healthProfile();
        List<Observation> measurements = new ArrayList<>();
        for (Observation o : h.measurements()) {
            measurements.add(o.code().equals("hba1c") ? new Observation(o.code(), edit.applyAsDouble(o.value()),
                    o.unit(), o.date()) : o);
        }
        HealthProfile changed = new HealthProfile(h.conditions(), h.familyHistory(), h.lifestyle(),
                h.screeningHistory(), measurements);
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), changed, c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }
}
