package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.identifier;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code life_events} section: unique ids, a description and an impact for each type, an age window
 * in adult life, genders, personas and traits that exist, exactly one way for the type to come about (rates, a
 * birthday, or a social-frame fact, which may also have rates), dependencies on declared types without a cycle,
 * and each social-frame fact recorded by at most one type.
 */
final class LifeEventsValidator {

    private static final String RATE = "events per year of exposure 0.0–5.0";
    /**
     * The youngest age a type may name: events of the teenage years (a teenage pregnancy, leaving school) can be
     * declared; childhood is not modelled.
     */
    static final int YOUNGEST_EVENT_AGE = 12;
    private static final String AGE = "an age " + YOUNGEST_EVENT_AGE + "–" + ConfigValidator.MAX_AGE;

    private LifeEventsValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        LifeEventsConfig events = required(config.lifeEvents(), "life_events", "{ types: [...] }", at);
        List<LifeEventsConfig.Type> types = required(events.types(), "life_events.types",
                "a list of { id, description, impact, ... } (may be empty)", at);
        Set<String> ids = new HashSet<>();
        Set<String> derivations = new HashSet<>();
        int before = at.problemCount();
        // each type is checked on its own, so that a mistake in one does not hide another's
        for (int i = 0; i < types.size(); i++) {
            String base = "life_events.types." + i;
            LifeEventsConfig.Type t = types.get(i);
            at.check(() -> type(config, base, t, ids, derivations, at));
        }
        if (at.problemCount() > before) {
            return; // the dependencies rest on valid types
        }
        dependencies(events, at);
    }

    private static void type(GeneratorConfig config, String base, LifeEventsConfig.Type type, Set<String> ids,
            Set<String> derivations, ConfigParser.Locator at) {
        LifeEventsConfig.Type t = required(type, base, "{ id, description, impact, ... }", at);
        identifier(base + ".id", t.id(), "a life event type such as new_job", at);
        if (!ids.add(t.id())) {
            throw at.error(base + ".id", "life event type '" + t.id() + "' is declared twice", t.id(),
                    "each type once");
        }
        String text = required(t.description(), base + ".description", "the text the record shows", at);
        if (text.isBlank()) {
            throw at.error(base + ".description", "is blank", "''", "the text the record shows");
        }
        oneOf(base + ".impact", required(t.impact(), base + ".impact", String.join(", ",
                LifeEventsConfig.IMPACTS), at), LifeEventsConfig.IMPACTS, "impact", at);
        age(base + ".min_age", t.minAge(), at);
        age(base + ".max_age", t.maxAge(), at);
        if (t.youngest() > t.oldest()) {
            throw at.error(base + ".max_age", "is below min_age " + t.youngest(), t.oldest() + "",
                    "an age from min_age to " + ConfigValidator.MAX_AGE);
        }
        if (t.sex() != null) {
            if (t.sex().isEmpty()) {
                throw at.error(base + ".sex", "is empty", "[]", String.join(", ", LifeEventsConfig.GENDERS));
            }
            for (int k = 0; k < t.sex().size(); k++) {
                oneOf(base + ".sex." + k, t.sex().get(k), LifeEventsConfig.GENDERS, "gender", at);
            }
        }
        ways(base, t, at);
        rates(base, t, at);
        if (t.personas() != null) {
            for (Map.Entry<String, Double> e : t.personas().entrySet()) {
                String prop = base + ".personas." + e.getKey();
                oneOf(prop, e.getKey(), config.personaIds(), "persona", at);
                number(prop, required(e.getValue(), prop, "a multiplier 0.0–100.0", at), 0, 100,
                        "a multiplier 0.0–100.0", at);
            }
        }
        if (t.traits() != null) {
            for (int k = 0; k < t.traits().size(); k++) {
                String prop = base + ".traits." + k;
                RiskConfig.Link link = required(t.traits().get(k), prop, "{ trait, base, per_unit }", at);
                oneOf(prop + ".trait", required(link.trait(), prop + ".trait", String.join(", ", Traits.NAMES),
                        at), Traits.NAMES, "trait", at);
                number(prop + ".base", required(link.base(), prop + ".base", "a number 0.0–10.0", at), 0, 10,
                        "a number 0.0–10.0", at);
                number(prop + ".per_unit", required(link.perUnit(), prop + ".per_unit", "a number -10.0–10.0",
                        at), -10, 10, "a number -10.0–10.0", at);
                if (link.base() + Math.min(0, link.perUnit()) < 0) {
                    throw at.error(prop + ".per_unit", "makes the multiplier negative at a trait of "
                            + (link.perUnit() < 0 ? "1" : "0"), Decimals.format(link.perUnit()),
                            "base + per_unit ≥ 0 and base ≥ 0");
                }
            }
        }
        if (t.derived() != null) {
            String prop = base + ".derived";
            LifeEventsConfig.Derived d = t.derived();
            String from = required(d.from(), prop + ".from", String.join(", ", LifeEventsConfig.DERIVATIONS), at);
            oneOf(prop + ".from", from, LifeEventsConfig.DERIVATIONS, "social-frame fact", at);
            if (!derivations.add(from)) {
                throw at.error(prop + ".from", "social-frame fact '" + from + "' is recorded by two types", from,
                        "each fact recorded by at most one type");
            }
            if (d.description() != null && d.description().isBlank()) {
                throw at.error(prop + ".description", "is blank", "''", "the text of the derived event");
            }
            if (d.byEducation() != null) {
                if (!from.equals("graduation")) {
                    throw at.error(prop + ".by_education", "applies only to graduation", from,
                            "derived: { from: graduation, by_education: {...} }");
                }
                for (Map.Entry<String, String> e : d.byEducation().entrySet()) {
                    oneOf(prop + ".by_education." + e.getKey(), e.getKey(), Occupation.EDUCATION,
                            "education level", at);
                    if (e.getValue() == null || e.getValue().isBlank()) {
                        throw at.error(prop + ".by_education." + e.getKey(), "is blank", "''",
                                "the text for that level");
                    }
                }
            }
        }
    }

    /** Exactly one of rates (optionally with derived), at_age, derived. */
    private static void ways(String base, LifeEventsConfig.Type t, ConfigParser.Locator at) {
        boolean rates = t.rates() != null;
        boolean birthday = t.atAge() != null;
        boolean derived = t.derived() != null;
        String allowed = "one of rates: { <age>: <rate> }, at_age: <age>, derived: { from }"
                + " (derived may also have rates)";
        if (!rates && !birthday && !derived) {
            throw at.error(base, "says neither how it is drawn nor what it records",
                    null, allowed);
        }
        if (birthday && (rates || derived)) {
            throw at.error(base + ".at_age", "combines at_age with " + (rates ? "rates" : "derived"),
                    t.atAge().toString(), allowed);
        }
        if (birthday) {
            age(base + ".at_age", t.atAge(), at);
            if (t.atAge() < t.youngest() || t.atAge() > t.oldest()) {
                throw at.error(base + ".at_age", "lies outside the type's age window " + t.youngest() + "–"
                        + t.oldest(), t.atAge().toString(), "an age from min_age to max_age");
            }
        }
        if (t.chance() != null) {
            if (!birthday) {
                throw at.error(base + ".chance", "applies only to at_age", Decimals.format(t.chance()),
                        "{ at_age: <age>, chance: <probability> }");
            }
            number(base + ".chance", t.chance(), 0, 1, "a probability 0.0–1.0", at);
        }
        if (t.after() != null && !rates) {
            throw at.error(base + ".after", "applies only to a type drawn at rates", t.after(),
                    "{ rates: {...}, after: <type> }");
        }
        if ((t.personas() != null || t.traits() != null) && !rates) {
            throw at.error(base + (t.personas() != null ? ".personas" : ".traits"),
                    "applies only to a type drawn at rates", null, "{ rates: {...}, personas / traits }");
        }
    }

    /** Ages as canonical whole numbers in ascending order inside the window; rates 0–5. */
    private static void rates(String base, LifeEventsConfig.Type t, ConfigParser.Locator at) {
        if (t.rates() == null) {
            return;
        }
        if (t.rates().isEmpty()) {
            throw at.error(base + ".rates", "is empty", "{}", "{ <age>: <" + RATE + "> }");
        }
        int previous = -1;
        for (Map.Entry<String, Double> e : t.rates().entrySet()) {
            String prop = base + ".rates." + e.getKey();
            int age;
            try {
                age = e.getKey().matches("[0-9]{1,3}") ? Integer.parseInt(e.getKey()) : -1;
            } catch (NumberFormatException x) {
                age = -1;
            }
            if (age < YOUNGEST_EVENT_AGE || age > ConfigValidator.MAX_AGE || !e.getKey().equals(Integer.toString(age))) {
                throw at.error(prop, "is not an age", e.getKey(), "the first age of a band, " + YOUNGEST_EVENT_AGE + "–" + ConfigValidator.MAX_AGE);
            }
            if (age <= previous) {
                throw at.error(prop, "is not above the band before (" + previous + ")", e.getKey(),
                        "band ages in ascending order");
            }
            previous = age;
            number(prop, required(e.getValue(), prop, RATE, at), 0, 5, RATE, at);
        }
    }

    /** Each {@code after} names a declared type other than itself, and no chain returns to where it began. */
    private static void dependencies(LifeEventsConfig events, ConfigParser.Locator at) {
        List<String> ids = events.ids();
        for (int i = 0; i < events.types().size(); i++) {
            LifeEventsConfig.Type t = events.types().get(i);
            if (t.after() == null) {
                continue;
            }
            String prop = "life_events.types." + i + ".after";
            oneOf(prop, t.after(), ids.stream().filter(id -> !id.equals(t.id())).toList(), "life event type", at);
            List<String> chain = new ArrayList<>(List.of(t.id()));
            for (String next = t.after(); next != null; next = events.type(next).after()) {
                chain.add(next);
                if (next.equals(t.id())) {
                    throw at.error(prop, "forms a cycle " + String.join(" after ", chain), t.after(),
                            "dependencies without a cycle");
                }
                if (chain.size() > ids.size() + 1) {
                    break; // a cycle that does not pass through t: reported at its own types
                }
            }
        }
    }

    private static void age(String prop, Integer age, ConfigParser.Locator at) {
        if (age != null) {
            number(prop, age, YOUNGEST_EVENT_AGE, ConfigValidator.MAX_AGE, AGE, at);
        }
    }
}
