package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.IdentityConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.LocalDate;
import java.util.List;

/**
 * Who a customer is on paper: first name and surname drawn from the published frequency tables, a real place of
 * her state (city, county, ZIP code) with a fictional street address, and a fictional phone number with an area
 * code of her state. The state itself comes from the exact allocation of the regions ({@link RegionAllocation}),
 * the number from her rank in it ({@link PhoneNumbers}); names and place from the record's own {@code identity}
 * stream. Tables are named by the configuration ({@link IdentityConfig}); a region without places or area codes
 * is refused when the generator is built.
 */
final class Identities {

    /**
     * A customer's identity.
     *
     * @param firstName the first name
     * @param lastName the surname
     * @param streetAddress a fictional house number and street
     * @param city the city
     * @param county the county
     * @param state the state (the region's name)
     * @param postalCode the ZIP code
     * @param phone the fictional phone number
     */
    record Identity(String firstName, String lastName, String streetAddress, String city, String county,
            String state, String postalCode, String phone) {
    }

    private final long seed;
    private final List<Region> regions;
    private final IdentityConfig config;
    private final NameTable firstNames;
    private final SurnameTable surnames;
    private final PlaceTable places;
    private final PhoneNumbers phones;
    private final RegionAllocation allocation;

    /** The identities of a dataset allocated as {@code allocation}. */
    Identities(GeneratorConfig config, long seed, Allocation allocation) {
        this.seed = seed;
        this.regions = config.regions();
        this.config = config.identity();
        this.firstNames = NameTable.load(this.config.firstNames());
        this.surnames = SurnameTable.load(this.config.surnames());
        this.places = PlaceTable.load(this.config.places());
        this.phones = PhoneNumbers.load(this.config.areaCodes(), seed);
        for (int i = 0; i < regions.size(); i++) {
            String name = regions.get(i).name();
            if (!places.has(name)) {
                throw ConfigException.inTable(this.config.places(), -1, "regions." + i + ".name",
                        "region '" + name + "' has no places in the table identity.places", name,
                        "a state the table lists, or a table that lists this region");
            }
            if (!phones.has(name)) {
                throw ConfigException.inTable(this.config.areaCodes(), -1, "regions." + i + ".name",
                        "region '" + name + "' has no area codes in the table identity.area_codes", name,
                        "a state the table lists, or a table that lists this region");
            }
        }
        this.allocation = new RegionAllocation(config, allocation, seed);
    }

    /** The identity of record {@code index}, of {@code gender}, born on {@code dateOfBirth}. */
    Identity identity(long index, String gender, LocalDate dateOfBirth) {
        RegionAllocation.Placement placement = allocation.placement(index);
        String state = regions.get(placement.region()).name();
        Rng rng = Rng.of(seed, index, "identity");
        String sex = switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> NameTable.FEMALE;
            case EpidemiologyConfig.GENDER_MALE -> NameTable.MALE;
            // a name from either list, even odds: both are given to people of every gender
            default -> rng.chance(0.5) ? NameTable.FEMALE : NameTable.MALE;
        };
        String first = firstNames.draw(sex, dateOfBirth.getYear(), rng);
        String last = surnames.draw(rng);
        PlaceTable.Address address = places.draw(state, rng);
        String street = (1 + rng.nextInt(9999)) + " " + rng.pick(config.streetNames()) + " "
                + rng.pick(config.streetSuffixes());
        return new Identity(first, last, street, address.city(), address.county(), state, address.postalCode(),
                phones.number(state, placement.rank()));
    }

    NameTable firstNames() {
        return firstNames;
    }

    SurnameTable surnames() {
        return surnames;
    }

    PlaceTable places() {
        return places;
    }

    PhoneNumbers phones() {
        return phones;
    }

    RegionAllocation allocation() {
        return allocation;
    }
}
