package io.github.syntheticcustomers.core.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code attribute} rule form ({@link ScenarioConfig.AttributeRule}, docs/attributes.md): the attribute is
 * declared, the rule uses only the test its type takes (an enumeration's {@code in}, a boolean's {@code is}, a
 * number's {@code at_least} / {@code at_most}, a date's {@code within_days} / {@code after} / {@code before}), an
 * enumeration's values are its own, and bounds are ordered.
 */
final class AttributeRules {

    private static final int MAX_DAYS = 36500;

    private AttributeRules() {
    }

    static void validate(String prop, ScenarioConfig.AttributeRule rule, RuleVocabulary listed,
            ConfigParser.Locator at) {
        String allIds = RuleVocabulary.allowed(listed.attributeIds());
        if (rule.of() == null) {
            throw at.error(prop + ".of", "is required", null, "an attribute id: " + allIds);
        }
        AttributeConfig a = listed.attributes().get(rule.of());
        if (a == null) {
            throw at.error(prop + ".of", "unknown attribute '" + rule.of() + "'", rule.of(), allIds);
        }
        String form = form(a);
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("in", rule.in());
        given.put("is", rule.is());
        given.put("at_least", rule.atLeast());
        given.put("at_most", rule.atMost());
        given.put("within_days", rule.withinDays());
        given.put("after", rule.after());
        given.put("before", rule.before());
        List<String> fits = fields(a.type());
        boolean tested = false;
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!fits.contains(e.getKey())) {
                throw at.error(prop + "." + e.getKey(), "does not fit attribute '" + a.id() + "' of type " + a.type(),
                        String.valueOf(e.getValue()), form);
            }
            tested = true;
        }
        if (!tested) {
            throw at.error(prop, "has no test for attribute '" + a.id() + "' of type " + a.type(), null, form);
        }
        switch (a.type()) {
            case "enumeration" -> {
                List<String> values = a.values() == null ? List.of() : new ArrayList<>(a.values().keySet());
                if (rule.in().isEmpty()) {
                    throw at.error(prop + ".in", "is empty", "[]", String.join(", ", values));
                }
                for (int i = 0; i < rule.in().size(); i++) {
                    String v = rule.in().get(i);
                    if (!values.contains(v)) {
                        throw at.error(prop + ".in." + i, "unknown value '" + v + "' of attribute '" + a.id() + "'",
                                v, String.join(", ", values));
                    }
                }
            }
            case "number" -> {
                if (rule.atLeast() != null && rule.atMost() != null && rule.atMost() < rule.atLeast()) {
                    throw at.error(prop + ".at_most", "is below at_least " + plain(rule.atLeast()),
                            plain(rule.atMost()), "a number of at least " + plain(rule.atLeast()));
                }
            }
            case "date" -> {
                if (rule.withinDays() != null && (rule.withinDays() < 0 || rule.withinDays() > MAX_DAYS)) {
                    throw at.error(prop + ".within_days", "is out of range", rule.withinDays().toString(),
                            "a number of days 0–" + MAX_DAYS);
                }
                LocalDate after = date(prop + ".after", rule.after(), at);
                LocalDate before = date(prop + ".before", rule.before(), at);
                if (after != null && before != null && !before.isAfter(after.plusDays(1))) {
                    throw at.error(prop + ".before", "leaves no day after " + after, rule.before(),
                            "a date after " + after.plusDays(1));
                }
            }
            default -> {
                // a boolean's is: true or false, nothing more to check
            }
        }
    }

    /** The rule fields an attribute of {@code type} takes. */
    static List<String> fields(String type) {
        return switch (type) {
            case "enumeration" -> List.of("in");
            case "boolean" -> List.of("is");
            case "number" -> List.of("at_least", "at_most");
            case "date" -> List.of("within_days", "after", "before");
            default -> throw new IllegalStateException(type);
        };
    }

    /** The rule form an attribute takes, as the allowed value of a message. */
    static String form(AttributeConfig a) {
        return switch (a.type()) {
            case "enumeration" -> "{ attribute: { of: " + a.id() + ", in: [" + (a.values() == null ? ""
                    : String.join(", ", a.values().keySet())) + "] } }";
            case "boolean" -> "{ attribute: { of: " + a.id() + ", is: true or false } }";
            case "number" -> "{ attribute: { of: " + a.id() + ", at_least, at_most } }";
            case "date" -> "{ attribute: { of: " + a.id() + ", within_days, after, before } }";
            default -> throw new IllegalStateException(a.type());
        };
    }

    private static LocalDate date(String prop, String value, ConfigParser.Locator at) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw at.error(prop, "is not an ISO date", value, "a date such as 2025-01-31");
        }
    }

    private static String plain(Double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
