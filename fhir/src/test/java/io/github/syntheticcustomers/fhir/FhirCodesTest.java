package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code codes.yaml} codes every value the default configuration generates (over several seeds), and names only
 * fields the profile has: with the defaults, nothing is exported as text only except where the file says so.
 */
class FhirCodesTest {

    private static final FhirCodes CODES = FhirCodes.defaults();

    @Test
    void everyDefaultValueIsCoded() {
        GeneratorConfig config = ConfigLoader.defaults();
        Set<String> uncoded = new TreeSet<>();
        for (long seed : new long[] {1, 42, 977}) {
            DatasetGenerator g = new DatasetGenerator(config, seed, 2_000);
            for (int i = 0; i < 2_000; i++) {
                CustomerProfile c = g.customer(i);
                check(uncoded, "gender", c.demographics().gender(), CODES.genders().keySet());
                check(uncoded, "marital status", c.demographics().maritalStatus(), CODES.maritalStatuses().keySet());
                c.healthProfile().conditions().forEach(x -> check(uncoded, "condition", x.name(),
                        CODES.conditions().keySet()));
                c.healthProfile().familyHistory().forEach(f -> {
                    check(uncoded, "family condition", f.condition(), CODES.familyConditions().keySet());
                    check(uncoded, "relative", f.relative(), CODES.relatives().keySet());
                });
                c.healthProfile().measurements().forEach(m -> {
                    boolean bp = m.code().equals(CODES.bloodPressure().systolic().measurement())
                            || m.code().equals(CODES.bloodPressure().diastolic().measurement());
                    if (!bp) {
                        check(uncoded, "measurement", m.code(), CODES.measurements().keySet());
                        assertEquals(CODES.measurements().get(m.code()).unit(), m.unit(), m.code() + " in UCUM");
                    } else {
                        assertEquals(CODES.bloodPressure().unit(), m.unit());
                    }
                });
                check(uncoded, "smoking", c.healthProfile().lifestyle().smoking(), CODES.smoking().values().keySet());
                for (String field : Set.of("food_security", "transportation")) {
                    check(uncoded, field, c.sdoh().value(field), CODES.socialDeterminants().get(field).answers()
                            .keySet());
                }
            }
        }
        assertEquals(Set.of(), uncoded);
    }

    private static void check(Set<String> uncoded, String what, String value, Set<String> coded) {
        if (!coded.contains(value)) {
            uncoded.add(what + " " + value);
        }
    }

    @Test
    void socialDeterminantsNameTheProfilesFieldsEach() {
        assertEquals(SocialDeterminants.NO_BARRIER.keySet(), CODES.socialDeterminants().keySet());
        CODES.socialDeterminants().forEach((field, sd) -> assertTrue(sd.loinc() != null || sd.text() != null, field));
    }
}
