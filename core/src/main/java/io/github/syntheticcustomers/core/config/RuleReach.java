package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a rule ({@link ScenarioConfig.Eligibility}) can ever hold, reasoned statically from the configuration for
 * {@link ConfigWarnings}: each persona with a share stands for the customers it can have (an age range, the genders
 * with a share), and the rule's persona, age, gender and life-event conditions narrow that set. A rule can never hold
 * when no persona's set survives. The reasoning is sound, not complete: a condition it cannot reason about (a
 * measurement, a barrier, {@code not}, the branches of {@code any} beyond "one of them may hold") narrows nothing, so a
 * rule is called impossible only when it provably is.
 */
final class RuleReach {

    /**
     * The customers a persona can have, as far as the rule has narrowed them.
     *
     * @param persona the persona id
     * @param youngest the youngest age
     * @param oldest the oldest age
     * @param genders the genders with a share
     */
    private record Space(String persona, int youngest, int oldest, Set<String> genders) {
    }

    private final GeneratorConfig config;
    private final List<Space> personas = new ArrayList<>();
    /** The life event that emptied the last space narrowed to nothing, or null when another condition did. */
    private String culprit;

    RuleReach(GeneratorConfig config) {
        this.config = config;
        Map<String, Double> shares = config.demographics() == null ? null : config.demographics().gender();
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p == null || p.share() == null || !(p.share() > 0) || p.age() == null) {
                continue; // a persona without a share has no customers
            }
            Map<String, Double> own = p.demographics() != null && p.demographics().gender() != null
                    ? p.demographics().gender() : shares;
            Set<String> genders = new LinkedHashSet<>();
            if (own == null) {
                genders.addAll(DemographicsConfig.GENDERS);
            } else {
                own.forEach((gender, share) -> {
                    if (share != null && share > 0) {
                        genders.add(gender);
                    }
                });
            }
            personas.add(new Space(e.getKey(), p.age().min(), p.age().max(), Set.copyOf(genders)));
        }
    }

    /**
     * Why {@code rule} can hold for no customer (of persona {@code persona}, or of any persona when null): a sentence
     * for the warning, or null when some customer may satisfy it (or there is no persona to reason about).
     */
    String never(ScenarioConfig.Eligibility rule, String persona) {
        if (rule == null) {
            return null;
        }
        Set<String> culprits = new LinkedHashSet<>();
        boolean any = false;
        for (Space space : personas) {
            if (persona != null && !persona.equals(space.persona())) {
                continue;
            }
            any = true;
            culprit = null;
            if (narrow(rule, space) != null) {
                return null;
            }
            culprits.add(culprit == null ? "" : culprit);
        }
        if (!any) {
            return null;
        }
        if (culprits.size() == 1 && !culprits.contains("")) {
            String id = culprits.iterator().next();
            return "life event '" + id + "' (" + window(type(id)) + ") can happen to none of the customers the rule"
                    + " admits";
        }
        return "no " + (persona == null ? "persona's customers meet" : "customer of the persona meets")
                + " its persona, age, gender and life-event conditions together";
    }

    /** {@code space} narrowed to the customers that may satisfy {@code rule}; null: none. */
    private Space narrow(ScenarioConfig.Eligibility rule, Space space) {
        Space s = space;
        if (rule.persona() != null && !rule.persona().contains(s.persona())) {
            return null;
        }
        ScenarioConfig.NumberBound number = rule.number();
        if (number != null && "age".equals(number.of())) {
            int lo = number.atLeast() == null ? s.youngest() : Math.max(s.youngest(), (int) Math.ceil(number.atLeast()));
            int hi = number.atMost() == null ? s.oldest() : Math.min(s.oldest(), (int) Math.floor(number.atMost()));
            if (lo > hi) {
                return null;
            }
            s = new Space(s.persona(), lo, hi, s.genders());
        }
        ScenarioConfig.FieldValues field = rule.field();
        if (field != null && "gender".equals(field.of()) && field.in() != null) {
            Set<String> genders = new LinkedHashSet<>(s.genders());
            genders.retainAll(field.in());
            if (genders.isEmpty()) {
                return null;
            }
            s = new Space(s.persona(), s.youngest(), s.oldest(), Set.copyOf(genders));
        }
        if (rule.lifeEvent() != null && needsOne(rule.count())) {
            s = event(rule.lifeEvent(), s, new HashSet<>());
            if (s == null) {
                if (culprit == null) {
                    culprit = rule.lifeEvent();
                }
                return null;
            }
        }
        if (rule.all() != null) {
            for (ScenarioConfig.Eligibility part : rule.all()) {
                s = part == null ? s : narrow(part, s);
                if (s == null) {
                    return null;
                }
            }
        }
        if (rule.any() != null && !rule.any().isEmpty()) {
            boolean some = false;
            for (ScenarioConfig.Eligibility part : rule.any()) {
                some |= part == null || narrow(part, s) != null;
            }
            if (!some) {
                culprit = null; // several alternatives, each impossible for its own reason
                return null;
            }
        }
        return s;
    }

    /** Whether a count of events needs at least one (no count: at least one). */
    private static boolean needsOne(ScenarioConfig.DaysBound count) {
        return count == null || (count.atLeast() != null && count.atLeast() >= 1);
    }

    /**
     * {@code space} narrowed to the customers who can have had an event of type {@code id}: of a gender it admits, of
     * a persona it does not exclude, at least as old as its earliest possible age (and, for a type that comes only
     * after another, able to have that one first); null: none.
     */
    private Space event(String id, Space space, Set<String> seen) {
        LifeEventsConfig.Type t = type(id);
        if (t == null || !seen.add(id)) {
            return space; // an unknown type is the validator's error; a cycle, its too
        }
        Double multiplier = t.personas() == null ? null : t.personas().get(space.persona());
        if (multiplier != null && multiplier == 0) {
            return null;
        }
        Set<String> genders = new LinkedHashSet<>();
        space.genders().forEach(g -> {
            if (t.admits(g)) {
                genders.add(g);
            }
        });
        if (genders.isEmpty()) {
            return null;
        }
        Integer earliest = earliest(t);
        if (earliest == null) {
            return null;
        }
        int youngest = Math.max(space.youngest(), earliest);
        if (youngest > space.oldest()) {
            return null;
        }
        Space s = new Space(space.persona(), youngest, space.oldest(), Set.copyOf(genders));
        return t.after() == null ? s : event(t.after(), s, seen);
    }

    /** The youngest age at which an event of type {@code t} can happen; null: at none. */
    private static Integer earliest(LifeEventsConfig.Type t) {
        int earliest;
        if (t.atAge() != null) {
            if (t.chance() != null && t.chance() == 0) {
                return null;
            }
            earliest = t.atAge();
        } else if (t.derived() != null) {
            earliest = t.youngest();
        } else {
            Integer band = null;
            if (t.rates() != null) {
                for (Map.Entry<String, Double> r : t.rates().entrySet()) {
                    int from = Integer.parseInt(r.getKey());
                    if (r.getValue() != null && r.getValue() > 0 && from <= t.oldest()) {
                        band = band == null ? from : Math.min(band, from);
                    }
                }
            }
            if (band == null) {
                return null;
            }
            earliest = Math.max(t.youngest(), band);
        }
        return earliest > t.oldest() ? null : earliest;
    }

    private LifeEventsConfig.Type type(String id) {
        if (config.lifeEvents() == null || config.lifeEvents().types() == null) {
            return null;
        }
        for (LifeEventsConfig.Type t : config.lifeEvents().types()) {
            if (t != null && id.equals(t.id())) {
                return t;
            }
        }
        return null;
    }

    /** A type's window as the warning shows it: its genders and ages. */
    private static String window(LifeEventsConfig.Type t) {
        StringBuilder sb = new StringBuilder();
        if (t.sex() != null && !t.sex().isEmpty()) {
            sb.append(String.join(", ", t.sex())).append("; ");
        }
        if (t.atAge() != null) {
            sb.append("at age ").append(t.atAge());
        } else {
            sb.append("ages ").append(t.youngest()).append('–').append(t.oldest());
        }
        return sb.toString();
    }
}
