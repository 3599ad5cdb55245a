package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code life_events} section: the vocabulary of the customers' life events. Each type says what it is (its
 * id, description and impact), who can have it (an age window, the genders), and how it comes about: drawn at a
 * rate per year of exposure ({@code rates}, by age band, moved by persona and traits), bound to a birthday
 * ({@code at_age}), or derived from the social frame ({@code derived}: a marriage, the first child). A type may
 * depend on another ({@code after}): it can only happen after that type's first event.
 *
 * @param types the declared types, in configuration order (an empty list: no life events)
 */
public record LifeEventsConfig(List<Type> types) {

    /** The impacts a type can have. */
    public static final List<String> IMPACTS = List.of("positive", "negative", "mixed");

    /**
     * The facts of the social frame a type can be derived from: finishing education, the (first) marriage, its end
     * by divorce, by separation or by the spouse's death, and the birth of the first and the second child.
     */
    public static final List<String> DERIVATIONS = List.of("graduation", "marriage", "divorce", "separation",
            "widowhood", "first_birth", "second_birth");

    /** The genders a {@code sex} window can name. */
    public static final List<String> GENDERS = DemographicsConfig.GENDERS;

    public LifeEventsConfig {
        types = Immutable.list(types);
    }

    /** The declared type ids, in order. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        if (types != null) {
            types.forEach(t -> out.add(t.id()));
        }
        return out;
    }

    /** The type of id {@code id}, or null. */
    public Type type(String id) {
        if (types != null) {
            for (Type t : types) {
                if (t.id().equals(id)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The type derived from social-frame fact {@code from} (one of {@link #DERIVATIONS}), or null. */
    public Type derivedFrom(String from) {
        if (types != null) {
            for (Type t : types) {
                if (t.derived() != null && from.equals(t.derived().from())) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * One life-event type.
     *
     * @param id the type the record shows, e.g. {@code new_job}
     * @param description the text the record shows
     * @param impact one of {@link #IMPACTS}
     * @param minAge the youngest age at the event (optional; 18, the start of adult life)
     * @param maxAge the oldest age at the event (optional; no bound)
     * @param sex the genders that can have it (optional; all)
     * @param rates expected events per year of exposure, by age band: each key the first age of a band that runs to
     *     the next key (the last to {@code max_age}); ages below the first key have rate 0 (optional)
     * @param personas a multiplier of the rate per persona id (optional; 1)
     * @param traits multipliers of the rate, each linear in one trait ({@code base + per_unit × trait}; optional)
     * @param repeatable whether a customer can have several (optional; false: at most one)
     * @param after a type whose first event must come before this one (optional)
     * @param atAge the age this event is bound to: it falls on that birthday (optional)
     * @param chance with {@code at_age}: the probability a customer who reached that age has it (optional; 1)
     * @param derived the social-frame fact this type records (optional)
     */
    public record Type(String id, String description, String impact, Integer minAge, Integer maxAge,
            List<String> sex, Map<String, Double> rates, Map<String, Double> personas,
            List<RiskConfig.Link> traits, Boolean repeatable, String after, Integer atAge, Double chance,
            Derived derived) {

        public Type {
            sex = Immutable.list(sex);
            rates = Immutable.map(rates);
            personas = Immutable.map(personas);
            traits = Immutable.list(traits);
        }

        /** The youngest age at the event: {@code min_age}, or 18. */
        public int youngest() {
            return minAge == null ? 18 : minAge;
        }

        /** The oldest age at the event: {@code max_age}, or 120. */
        public int oldest() {
            return maxAge == null ? ConfigValidator.MAX_AGE : maxAge;
        }

        /** Whether a customer of gender {@code gender} can have it. */
        public boolean admits(String gender) {
            return sex == null || sex.isEmpty() || sex.contains(gender);
        }

        /** Whether it is drawn at a rate per year of exposure. */
        public boolean drawn() {
            return rates != null && !rates.isEmpty();
        }
    }

    /**
     * How a type records a fact of the social frame.
     *
     * @param from one of {@link #DERIVATIONS}
     * @param description the text for the derived event, when it differs from the type's (optional)
     * @param byEducation the text for the derived event by the customer's education level (optional; for
     *     {@code graduation})
     */
    public record Derived(String from, String description, Map<String, String> byEducation) {

        public Derived {
            byEducation = Immutable.map(byEducation);
        }
    }
}
