package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's own attributes as texts say them, for the placeholders {@code {a.<id>}} of narrative phrases and
 * personal lines (docs/attributes.md): a number with exactly its configured decimals and without its unit (the text
 * names the unit: "{a.cigarettes_per_day} cigarettes a day"), a boolean as "yes" or "no", a date as ISO
 * ({@code 2025-03-14}, as the other dates of texts), an enumeration's value with its underscores read as spaces. Locale
 * free. Immutable and thread-safe.
 */
public final class AttributeTexts {

    private final List<AttributeConfig> attributes;

    private AttributeTexts(List<AttributeConfig> attributes) {
        this.attributes = List.copyOf(attributes);
    }

    /** The texts of a (validated) configuration's attributes. */
    public static AttributeTexts of(GeneratorConfig config) {
        return new AttributeTexts(config.attributes());
    }

    /** The placeholder values of {@code c}: {@code a.<id>} to the attribute's text, for each attribute it has. */
    public Map<String, String> values(CustomerProfile c) {
        if (attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (AttributeConfig a : attributes) {
            Object v = c.attribute(a.id());
            if (v != null) {
                out.put(AttributeConfig.PLACEHOLDER_PREFIX + a.id(), text(a, v));
            }
        }
        return out;
    }

    /** {@code text} with each {@code {a.<id>}} replaced by the customer's value (other braces left as they are). */
    public String fill(String text, CustomerProfile c) {
        if (attributes.isEmpty() || !text.contains("{" + AttributeConfig.PLACEHOLDER_PREFIX)) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> e : values(c).entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** How a value of attribute {@code a} reads in a text. */
    static String text(AttributeConfig a, Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Number n) {
            return n instanceof Long l ? Long.toString(l)
                    : BigDecimal.valueOf(n.doubleValue()).setScale(a.decimalPlaces(), RoundingMode.HALF_UP)
                            .toPlainString();
        }
        return value.toString().replace('_', ' ');
    }
}
