package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * Who a product's customers are ({@code demographics}, and a persona's own {@code personas.<id>.demographics}): the
 * share of each gender and, for a persona, the weight of each region. A persona without its own takes the
 * dataset's gender shares and the regions' populations.
 *
 * @param gender percent of customers per gender, summing to 100, in output order: {@link #GENDERS} ({@code female}
 *     and {@code male} are the sexes the reference tables give, {@code non_binary} customers take the mean of the
 *     two); a gender left out has none, so {@code { female: 100 }} is a female-only product
 * @param regions a persona's own weights of the regions it lives in, by region name (relative, like a population;
 *     a region left out has none of the persona's customers); only in a persona's {@code demographics}
 */
public record DemographicsConfig(Map<String, Double> gender, Map<String, Double> regions) {

    /** The genders the model knows: the two sexes of the reference tables and non-binary. */
    public static final List<String> GENDERS = List.of(EpidemiologyConfig.GENDER_FEMALE,
            EpidemiologyConfig.GENDER_MALE, "non_binary");

    public DemographicsConfig {
        gender = Immutable.map(gender);
        regions = Immutable.map(regions);
    }

    /** The gender shares of {@code persona}: its own, else the dataset's ({@code demographics.gender}). */
    public static Map<String, Double> genderShares(GeneratorConfig config, PersonaConfig persona) {
        DemographicsConfig own = persona.demographics();
        return own != null && own.gender() != null ? own.gender() : config.demographics().gender();
    }

    /** Whether some customer can have {@code gender}: a persona with a share gives it a share above 0. */
    public static boolean occurs(GeneratorConfig config, String gender) {
        return config.personas().values().stream().anyMatch(p -> p.share() > 0
                && genderShares(config, p).getOrDefault(gender, 0.0) > 0);
    }
}
