package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code social} section: every table cited, rows complete and summing to 100, Medicaid means-tested. */
class SocialConfigTest {

    @Test
    void everyDefaultTableNamesItsSourceAndYear() {
        SocialConfig s = ConfigLoader.defaults().social();
        List<Object[]> cited = List.of(
                new Object[] {s.maritalStatus().source(), s.maritalStatus().year()},
                new Object[] {s.partnered().source(), s.partnered().year()},
                new Object[] {s.firstMarriageAge().source(), s.firstMarriageAge().year()},
                new Object[] {s.children().everHad().source(), s.children().everHad().year()},
                new Object[] {s.children().firstBirthAge().source(), s.children().firstBirthAge().year()},
                new Object[] {s.children().count().source(), s.children().count().year()},
                new Object[] {s.education().source(), s.education().year()},
                new Object[] {s.income().source(), s.income().year()},
                new Object[] {s.poverty().source(), s.poverty().year()},
                new Object[] {s.insurance().table().source(), s.insurance().table().year()});
        for (Object[] c : cited) {
            assertTrue(!((String) c[0]).isBlank() && (Integer) c[1] >= 2015, String.valueOf(c[0]));
        }
        s.sdoh().fields().forEach((field, t) -> assertTrue(!t.source().isBlank() && t.year() >= 2015, field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            social: { marital_status: { female: [ [87.0, 11.5, 0.1, 0.7, 0.7], [48.5, 43.5, 0.3, 5.3, 2.4], [24.0, 60.0, 1.0, 11.7, 3.3], [16.0, 60.5, 3.0, 17.3, 3.2], [12.5, 56.5, 8.0, 20.5, 2.5], [9.0, 53.0, 15.5, 20.7, 10.0] ] } } | social.marital_status.female.5 | sums to 108.2%
            social: { marital_status: { values: [single, married, widowed, divorced] } }                                           | social.marital_status.values | are not the values the generator reads
            social: { education: { source: " " } }                                                                                     | social.education.source | is blank
            social: { insurance: { table: { shares: [ [14, 10, 52, 24], [28, 14, 38, 20], [58, 20, 4, 18], [79, 12, 0, 9], [89, 7.5, 0, 3.5] ] } } } | social.insurance.table.shares.2.2 | gives Medicaid at a ratio of 1.38 or more, above medicaid_limit 1.38
            social: { sdoh: { fields: { housing: { values: [cost_burdened, stable, unstable] } } } }                                  | social.sdoh.fields.housing.values.0 | is not the value without a barrier
            social: { children: { ever_had: { female: [0.07, 0.22] } } }                                                              | social.children.ever_had.female | has 2 shares for 8 age bands
            social: { graduation: { masters: { min: 20, typical: 24 } } }                                                             | social.graduation.masters.min | is below the previous level's
            """)
    void errorsNameThePropertyAndWhatIsWrong(String yaml, String property, String problem) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        assertTrue(e.problem().startsWith(problem), e.getMessage());
    }

    @Test
    void errorsInSeveralTablesAreReportedTogether() {
        String yaml = """
                social:
                  partnered: { year: 1800 }
                  income: { log_sd: 9 }
                  poverty: { first_person: 0 }
                """;
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(List.of("social.partnered.year", "social.income.log_sd", "social.poverty.first_person"),
                e.errors().stream().map(ConfigException::property).toList(), e.getMessage());
    }
}
