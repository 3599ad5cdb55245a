package io.github.syntheticcustomers.core.report;

import io.github.syntheticcustomers.core.internal.Decimals;

/** Escaping and number text for the report; locale-independent. */
final class Html {

    private Html() {
    }

    /** Whether the surrogate at {@code i} is the high half of a valid pair. */
    private static boolean pairedAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Text escaped for element content and attribute values (XML-safe, so the page parses as XHTML). */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else if (c == '\uFFFE' || c == '\uFFFF' || (Character.isSurrogate(c) && !pairedAt(text, i))) {
                        // not XML characters (a hand-edited dataset file may hold them): the page stays well-formed
                        sb.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        sb.append(c).append(text.charAt(++i));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A coordinate with at most one decimal. */
    static String n(double value) {
        return Decimals.format(Decimals.round(value, 1));
    }

    /** A value with at most two decimals, whole numbers without: {@code 30}, {@code 12.35}. */
    static String num(double value) {
        double v = Decimals.round2(value);
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Decimals.format(v);
    }

    /** A percentage with at most one decimal and a % sign. */
    static String pct(double percent) {
        return Decimals.format(Decimals.round(percent, 1)) + "%";
    }
}
