package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Function;

/** Comma-separated lists of enum constants named by their ids, as {@link Format} and {@link Part} take them. */
final class IdList {

    private IdList() {
    }

    /**
     * The constants {@code text} names (case-insensitive, blanks ignored; {@code everything}, when not null,
     * names them all).
     *
     * @throws ConfigException for an unknown id ({@code unknown <what>}) or an empty list ({@code no <listWhat>
     *     given})
     */
    static <E extends Enum<E>> EnumSet<E> parse(Class<E> type, Function<E, String> id, String what, String listWhat,
            String everything, String allowed, String property, String text) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (text != null) {
            for (String item : text.split(",")) {
                String name = item.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (name.equals(everything)) {
                    values.addAll(EnumSet.allOf(type));
                } else {
                    values.add(one(type, id, what, allowed, property, item.strip()));
                }
            }
        }
        if (values.isEmpty()) {
            throw ConfigException.of(property, "no " + listWhat + " given", text, allowed);
        }
        return values;
    }

    /** The constant whose id is {@code name} (case-insensitive). */
    static <E extends Enum<E>> E one(Class<E> type, Function<E, String> id, String what, String allowed,
            String property, String name) {
        for (E value : type.getEnumConstants()) {
            if (id.apply(value).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw ConfigException.of(property, "unknown " + what, name, allowed);
    }
}
