package io.github.syntheticcustomers.core.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cohort's conditions on the product's own attributes ({@code where.attributes}, docs/cohorts.md, "Measurements and
 * attributes"): checked against the attributes' declarations, and read as bounds. An enumeration takes {@code in}
 * (its values) or {@code is} (one value); a boolean {@code is: true | false}; a number {@code is} or
 * {@code at_least} / {@code at_most} within its {@code min … max}; a date the same with ISO dates, for a window in
 * years before the reference date (an age window's dates depend on each customer's birth date).
 */
public final class CohortAttributes {

    private CohortAttributes() {
    }

    /**
     * The bounds of a number's or a date's test, {@code {lowest, highest}} (a date as its epoch day), NaN where open.
     */
    public static double[] bounds(AttributeConfig a, CohortConfig.AttributeTest test) {
        Object lo = test.is() != null ? test.is() : test.atLeast();
        Object hi = test.is() != null ? test.is() : test.atMost();
        return new double[] {number(a, lo), number(a, hi)};
    }

    /** A bound as a number (a date: its epoch day), NaN when absent; throws when it is not of the attribute's type. */
    private static double number(AttributeConfig a, Object x) {
        if (x == null) {
            return Double.NaN;
        }
        if ("date".equals(a.type())) {
            return LocalDate.parse(String.valueOf(x)).toEpochDay();
        }
        if (x instanceof Number n) {
            return n.doubleValue();
        }
        throw new NumberFormatException(String.valueOf(x));
    }

    static void validate(String prop, CohortConfig.Where w, GeneratorConfig config, ConfigParser.Locator at) {
        List<String> ids = new ArrayList<>();
        config.attributes().forEach(a -> ids.add(a.id()));
        w.attributes().forEach((id, test) -> {
            String p = prop + "." + id;
            AttributeConfig a = config.attributes().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElse(null);
            at.check(() -> {
                if (a == null) {
                    throw at.error(p, "unknown attribute '" + id + "'", id, ids.isEmpty() ? "no attribute: the configuration "
                            + "declares none (attributes)" : "an attribute id: " + String.join(", ", ids));
                }
                int forms = (test == null || test.in() == null ? 0 : 1) + (test == null || test.is() == null ? 0 : 1)
                        + (test != null && (test.atLeast() != null || test.atMost() != null) ? 1 : 0);
                if (forms != 1) {
                    throw at.error(p, "needs exactly one of in, is, or at_least/at_most", null,
                            "{ in: [values] }, { is: value } or { at_least: x, at_most: y }");
                }
                check(p, a, test, config, at);
            });
        });
    }

    private static void check(String p, AttributeConfig a, CohortConfig.AttributeTest test, GeneratorConfig config,
            ConfigParser.Locator at) {
        switch (a.type()) {
            case "enumeration" -> {
                if (test.in() == null && test.is() == null) {
                    throw at.error(p, "at_least/at_most applies to a number or a date, not an enumeration", null,
                            "in: [values] or is: value");
                }
                List<Object> values = test.in() != null ? test.in() : List.of(test.is());
                if (values.isEmpty()) {
                    throw at.error(p + ".in", "is empty", "[]", "one or more of " + String.join(", ",
                            a.values().keySet()));
                }
                for (Object v : values) {
                    Double weight = a.values().get(String.valueOf(v));
                    if (weight == null) {
                        throw at.error(p, "unknown value '" + v + "' of " + a.id(), String.valueOf(v), String.join(", ",
                                a.values().keySet()));
                    }
                }
                boolean any = values.stream().anyMatch(v -> reachable(a, String.valueOf(v)));
                if (!any) {
                    throw at.error(p, "names only values of weight 0", String.valueOf(values),
                            "a value with a weight above 0");
                }
            }
            case "boolean" -> {
                if (!(test.is() instanceof Boolean b)) {
                    throw at.error(p, "a boolean takes is: true or is: false", String.valueOf(test.is() != null
                            ? test.is() : test.in() != null ? test.in() : test.atLeast() + "–" + test.atMost()),
                            "is: true or is: false");
                }
                double prob = a.probability() == null ? 0 : a.probability();
                boolean overridden = a.overrides().stream().anyMatch(v -> v.probability() != null);
                if (!overridden && (b && prob <= 0 || !b && prob >= 1)) {
                    throw at.error(p, "no customer has it (probability " + prob + ")", String.valueOf(b),
                            "a value of probability above 0");
                }
            }
            case "number", "date" -> {
                if (test.in() != null) {
                    throw at.error(p + ".in", "applies to an enumeration, not a " + a.type(), String.valueOf(test.in()),
                            "is: value or at_least/at_most");
                }
                double[] b;
                try {
                    b = bounds(a, test);
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw at.error(p, "is not a " + ("date".equals(a.type()) ? "date (ISO, 2025-03-14)" : "number"),
                            String.valueOf(test.is() != null ? test.is() : test.atLeast() + "–" + test.atMost()),
                            "date".equals(a.type()) ? "ISO dates" : "numbers");
                }
                String shown = test.is() != null ? String.valueOf(test.is())
                        : (test.atLeast() == null ? "" : test.atLeast()) + "–" + (test.atMost() == null ? ""
                                : test.atMost());
                if (!Double.isNaN(b[0]) && !Double.isNaN(b[1]) && b[0] > b[1]) {
                    throw at.error(p, "at_least is above at_most", shown, "at_least at most at_most");
                }
                double min;
                double max;
                String span;
                if ("number".equals(a.type())) {
                    min = a.min();
                    max = a.max();
                    span = number(a.min()) + "–" + number(a.max());
                } else {
                    AttributeConfig.Window win = a.window();
                    if (win == null || win.fromYearsAgo() == null) {
                        throw at.error(p, "a date range applies only to a window in years before the reference date",
                                shown, "a date attribute with window.from_years_ago");
                    }
                    LocalDate ref = config.referenceDate();
                    LocalDate from = ref.minusYears(win.fromYearsAgo());
                    LocalDate last = ref.minusYears(win.toYearsAgo() == null ? 0 : win.toYearsAgo()).minusDays(1);
                    min = from.toEpochDay();
                    max = last.toEpochDay();
                    span = from + "–" + last;
                }
                if (!Double.isNaN(b[0]) && b[0] > max || !Double.isNaN(b[1]) && b[1] < min) {
                    throw at.error(p, "lies outside the values of " + a.id(), shown, "a range that meets " + span);
                }
            }
            default -> {
            }
        }
    }

    private static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    /** Whether an enumeration value has a weight above 0, in the attribute's own weights or an override's. */
    private static boolean reachable(AttributeConfig a, String value) {
        if (a.values().getOrDefault(value, 0.0) > 0) {
            return true;
        }
        for (AttributeConfig.Variant v : a.overrides()) {
            Map<String, Double> values = v.values();
            if (values != null && values.getOrDefault(value, 0.0) > 0) {
                return true;
            }
        }
        return false;
    }
}
