package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identities from the published tables (docs/data-sources.md): names as frequent as in their cohort, surnames of
 * the Census mix, real places of the customer's state, phone numbers of her state that are unique as far as the
 * fictional range allows; over several seeds and a 5,000-customer dataset.
 */
class IdentitiesTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final Identities TABLES = new Identities(CONFIG, 1, new Allocation(CONFIG, 1, 1));

    @ParameterizedTest
    @CsvSource({"42, 2000", "7, 2000", "1234, 2000", "2026, 5000"})
    void identitiesFollowTheTables(long seed, int count) {
        List<CustomerProfile> all = AllocationTest.all(new DatasetGenerator(CONFIG, seed, count));
        List<Demographics> people = all.stream().map(CustomerProfile::demographics).toList();
        phonesAreUniqueWithinCapacityAndOfTheState(people);
        namesAreCommonAndOfTheirSex(people);
        placesExistInTheState(people);
        statesAreAllocatedExactly(people, count);
        if (count >= 5000) {
            long surnames = people.stream().map(Demographics::lastName).distinct().count();
            assertTrue(surnames >= 1500, "distinct surnames at " + count + ": " + surnames);
        }
        surnamesHaveTheCensusMix(people, count >= 5000 ? 0.03 : 0.04);
    }

    private static void phonesAreUniqueWithinCapacityAndOfTheState(List<Demographics> people) {
        Map<String, Integer> perState = new HashMap<>();
        people.forEach(d -> perState.merge(d.state(), 1, Integer::sum));
        Set<String> phones = new HashSet<>();
        for (Demographics d : people) {
            String areaCode = d.phone().substring(3, 6);
            assertTrue(TABLES.phones().areaCodes(d.state()).contains(areaCode), d.phone() + " in " + d.state());
            assertTrue(d.phone().matches("\\+1-\\d{3}-555-01\\d\\d"), d.phone());
            if (perState.get(d.state()) <= TABLES.phones().capacity(d.state())) {
                assertTrue(phones.add(d.phone()), "phone shared: " + d.phone() + " (" + d.state() + ", "
                        + perState.get(d.state()) + " customers)");
            }
        }
    }

    private static void namesAreCommonAndOfTheirSex(List<Demographics> people) {
        NameTable names = TABLES.firstNames();
        Set<String> female = names.names(NameTable.FEMALE);
        Set<String> male = names.names(NameTable.MALE);
        int common = 0;
        for (Demographics d : people) {
            int year = d.dateOfBirth().getYear();
            String first = d.firstName();
            boolean top100 = switch (d.gender()) {
                case "female" -> {
                    assertTrue(female.contains(first), "a woman named " + first);
                    yield top(names.cohort(NameTable.FEMALE, year), 100).contains(first);
                }
                case "male" -> {
                    assertTrue(male.contains(first), "a man named " + first);
                    yield top(names.cohort(NameTable.MALE, year), 100).contains(first);
                }
                default -> top(names.cohort(NameTable.FEMALE, year), 100).contains(first)
                        || top(names.cohort(NameTable.MALE, year), 100).contains(first);
            };
            common += top100 ? 1 : 0;
        }
        double share = (double) common / people.size();
        assertTrue(share >= 0.40, "share with a top-100 name of their cohort: " + share);
    }

    private static List<String> top(NameTable.Cohort cohort, int n) {
        return cohort.names().subList(0, Math.min(n, cohort.names().size()));
    }

    private static void placesExistInTheState(List<Demographics> people) {
        for (Demographics d : people) {
            boolean listed = TABLES.places().places(d.state()).stream().anyMatch(p -> p.city().equals(d.city())
                    && p.county().equals(d.county()) && p.zipCodes().contains(d.postalCode()));
            assertTrue(listed, d.city() + ", " + d.county() + ", " + d.postalCode() + " in " + d.state());
            assertTrue(d.streetAddress().matches("[1-9]\\d{0,3} \\S+ \\S+"), d.streetAddress());
        }
    }

    private static void statesAreAllocatedExactly(List<Demographics> people, int count) {
        List<Region> regions = CONFIG.regions();
        long[] expected = Apportion.largestRemainder(count,
                regions.stream().mapToDouble(Region::population).toArray());
        for (int r = 0; r < regions.size(); r++) {
            String name = regions.get(r).name();
            assertEquals(expected[r], people.stream().filter(d -> d.state().equals(name)).count(), name);
        }
    }

    /** The share of customers whose surname's row is mostly Hispanic (mostly Asian) is the table's, by count. */
    private static void surnamesHaveTheCensusMix(List<Demographics> people, double tolerance) {
        SurnameTable table = TABLES.surnames();
        for (Predicate<SurnameTable.Surname> group : List.<Predicate<SurnameTable.Surname>>of(
                s -> s.pctHispanic() > 50, s -> s.pctApi() > 50)) {
            long total = 0;
            long inGroup = 0;
            for (SurnameTable.Surname s : table.surnames()) {
                total += s.count();
                inGroup += group.test(s) ? s.count() : 0;
            }
            double expected = (double) inGroup / total;
            double observed = (double) people.stream().filter(d -> group.test(table.get(d.lastName()))).count()
                    / people.size();
            assertTrue(expected > 0.02, "the table has the group: " + expected);
            assertTrue(Math.abs(observed - expected) <= tolerance, observed + " vs the table's " + expected);
        }
    }

    @Test
    void theSameSeedGivesTheSameIdentitiesAndAnotherSeedOthers() {
        DatasetGenerator a = new DatasetGenerator(CONFIG, 42, 500);
        DatasetGenerator b = new DatasetGenerator(CONFIG, 42, 500);
        DatasetGenerator c = new DatasetGenerator(CONFIG, 43, 500);
        // b asked in reverse order, as a shard or a random-access reader would: record i depends on i alone
        List<Demographics> forward = LongStream.range(0, 500).mapToObj(i -> a.customer(i).demographics()).toList();
        Demographics[] backward = new Demographics[500];
        for (int i = 499; i >= 0; i--) {
            backward[i] = b.customer(i).demographics();
        }
        assertEquals(forward, List.of(backward));
        long same = LongStream.range(0, 500).filter(i -> forward.get((int) i).phone()
                .equals(c.customer(i).demographics().phone())).count();
        assertTrue(same < 50, "another seed gives other numbers: " + same + " alike");
    }

    @Test
    void beyondItsCapacityAStateReusesItsNumbersCyclically() {
        PhoneNumbers phones = TABLES.phones();
        String state = "Wyoming";
        long capacity = phones.capacity(state);
        assertEquals(100L * phones.areaCodes(state).size(), capacity);
        Set<String> numbers = new HashSet<>();
        for (long rank = 0; rank < capacity; rank++) {
            assertTrue(numbers.add(phones.number(state, rank)), "rank " + rank);
            assertEquals(phones.number(state, rank), phones.number(state, rank + capacity));
        }
        String california = "California";
        Set<String> codes = new HashSet<>();
        for (long rank = 0; rank < phones.areaCodes(california).size(); rank++) {
            codes.add(phones.number(california, rank).substring(3, 6));
        }
        assertEquals(phones.areaCodes(california).size(), codes.size(), "the first ranks spread over every area code");
    }

    @Test
    void theBuiltInTablesCoverEveryDefaultRegion() {
        for (Region r : CONFIG.regions()) {
            assertTrue(TABLES.places().has(r.name()), r.name());
            assertTrue(TABLES.phones().has(r.name()), r.name());
            assertTrue(TABLES.phones().capacity(r.name()) >= 100, r.name());
        }
        assertTrue(TABLES.surnames().surnames().size() >= 5000);
        assertNotEquals(TABLES.firstNames().cohort(NameTable.FEMALE, 1950),
                TABLES.firstNames().cohort(NameTable.FEMALE, 1990), "a list per decade");
    }

    @Test
    void aMissingTableIsReportedWithItsPath(@TempDir Path dir) {
        String missing = dir.resolve("nowhere.csv").toString().replace('\\', '/');
        GeneratorConfig config = ConfigLoader.load("team.yaml", "identity:\n  places: " + missing + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new DatasetGenerator(config, 1, 10));
        assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("identity.places")
                && e.getMessage().contains("does not exist"), e.getMessage());
        GeneratorConfig resource = ConfigLoader.load("team.yaml", "identity:\n  surnames: classpath:no/such.csv\n");
        ConfigException r = assertThrows(ConfigException.class, () -> new DatasetGenerator(resource, 1, 10));
        assertTrue(r.getMessage().contains("classpath:no/such.csv: identity.surnames: no such class-path resource"),
                r.getMessage());
    }

    @Test
    void aBadRowIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("codes.csv");
        Files.writeString(table, "# our area codes\nstate,area_codes\nOhio,216 330\nTexas,21x\n",
                StandardCharsets.UTF_8);
        String path = table.toString().replace('\\', '/');
        GeneratorConfig config = ConfigLoader.load("team.yaml", "identity:\n  area_codes: " + path + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new DatasetGenerator(config, 1, 10));
        assertTrue(e.getMessage().startsWith(path + ":4:1: identity.area_codes: '21x' is not an area code"),
                e.getMessage());
        Files.writeString(table, "state,codes\nOhio,216\n", StandardCharsets.UTF_8);
        ConfigException header = assertThrows(ConfigException.class, () -> new DatasetGenerator(config, 1, 10));
        assertTrue(header.getMessage().startsWith(path + ":1:1: identity.area_codes: unexpected header line"),
                header.getMessage());
    }

    @Test
    void theIdentitySectionIsValidatedWithTheConfiguration() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("team.yaml",
                "identity:\n  places: ' '\n  street_names: []\n  street_suffixes: [St, '']\n"));
        List<String> problems = e.errors().stream().map(ConfigException::getMessage).toList();
        assertEquals(3, problems.size(), e.getMessage());
        assertTrue(problems.get(0).matches("team\\.yaml:2:\\d+: identity\\.places: is blank .*"), problems.get(0));
        assertTrue(problems.get(1).matches("team\\.yaml:3:\\d+: identity\\.street_names: is empty .*"),
                problems.get(1));
        assertTrue(problems.get(2).matches("team\\.yaml:4:\\d+: identity\\.street_suffixes\\.1: is blank .*"),
                problems.get(2));
    }

    @Test
    void aRegionTheTablesDoNotListIsRefused(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("codes.csv");
        Files.writeString(table, "state,area_codes\nOhio,216 330\n", StandardCharsets.UTF_8);
        String path = table.toString().replace('\\', '/');
        GeneratorConfig config = ConfigLoader.load("team.yaml", "identity:\n  area_codes: " + path + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new DatasetGenerator(config, 1, 10));
        assertTrue(e.getMessage().contains("regions.0.name: region 'Alabama' has no area codes"), e.getMessage());
    }

    @Test
    void aTeamsOwnTablesAreUsed(@TempDir Path dir) throws IOException {
        Path places = dir.resolve("places.csv");
        Files.writeString(places, "state,city,county,population,zip_codes\nOhio,Testville,Test,100,45001 45002\n",
                StandardCharsets.UTF_8);
        Path codes = dir.resolve("codes.csv");
        Files.writeString(codes, "state,area_codes\nOhio,216\n", StandardCharsets.UTF_8);
        GeneratorConfig config = ConfigLoader.load("team.yaml", "regions: [ { name: Ohio, population: 10, time_zone:"
                + " America/New_York } ]\nidentity:\n  places: " + places.toString().replace('\\', '/')
                + "\n  area_codes: " + codes.toString().replace('\\', '/')
                + "\n  street_names: [Elm]\n  street_suffixes: [Row]\n");
        DatasetGenerator generator = new DatasetGenerator(config, 5, 150);
        Set<String> phones = new HashSet<>();
        for (long i = 0; i < 150; i++) {
            Demographics d = generator.customer(i).demographics();
            assertEquals("Testville", d.city());
            assertTrue(d.streetAddress().endsWith(" Elm Row"), d.streetAddress());
            assertTrue(d.phone().startsWith("+1-216-555-01"), d.phone());
            phones.add(d.phone());
        }
        assertEquals(100, phones.size(), "100 numbers in one area code, then they repeat");
    }
}
