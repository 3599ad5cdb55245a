package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The invisible format characters a configuration text may not hold: they would reach the dataset, its CSV, FHIR
 * and {@code report.html} unseen, and the bidirectional controls among them make text read otherwise than it is
 * ("Trojan Source"). The set is fixed here, not taken from the running JDK's Unicode tables, so that every JDK
 * accepts the same files:
 *
 * <ul>
 *   <li>bidirectional controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;</li>
 *   <li>invisible spaces, joiners and operators: U+180E, U+200B, U+2060–U+2064, U+FEFF (except a byte order mark
 *       opening the file);</li>
 *   <li>deprecated format controls U+206A–U+206F, interlinear annotation controls U+FFF9–U+FFFB, the language tag
 *       U+E0001;</li>
 *   <li>tag characters U+E0020–U+E007F, except in an emoji tag sequence (after U+1F3F4, a flag such as England's).</li>
 * </ul>
 *
 * <p>The other characters of Unicode category Cf are allowed, as legitimate text needs them: the soft hyphen
 * U+00AD, the joiners U+200C and U+200D (emoji sequences, Indic and Arabic scripts), and the signs and format
 * controls of particular scripts (Arabic, Syriac, Kaithi, Egyptian hieroglyphs, shorthand, musical notation).
 */
final class InvisibleCharacters {

    /** What is allowed, for messages. */
    static final String ALLOWED = "visible text; of the invisible format characters only U+00AD, U+200C, U+200D,"
            + " emoji tag sequences and the signs of particular scripts";

    /** The most refused characters a file's errors name one by one. */
    static final int MAX_REPORTED = 20;

    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final int BLACK_FLAG = 0x1F3F4;

    private InvisibleCharacters() {
    }

    /** Whether {@code cp} is refused wherever it stands (tag characters are judged in context, by {@link #find}). */
    static boolean refused(int cp) {
        return cp == 0x061C || cp == 0x180E || cp == 0x200B || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F)
                || cp == BYTE_ORDER_MARK || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xE0001;
    }

    private static boolean tag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    /**
     * The char indexes of the refused characters in {@code text}; a byte order mark at index 0 is allowed when
     * {@code wholeFile}.
     */
    static List<Integer> find(String text, boolean wholeFile) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == BLACK_FLAG) {
                int end = flagTagsEnd(text, i);
                if (end > 0) {
                    i = end; // a subdivision flag: its tags are part of the emoji
                }
                continue;
            }
            int at = i - Character.charCount(cp);
            if ((refused(cp) && !(wholeFile && at == 0 && cp == BYTE_ORDER_MARK)) || tag(cp)) {
                found.add(at);
            }
        }
        return found;
    }

    /**
     * The index after the tags of a subdivision flag starting at {@code from} (after U+1F3F4): one to six tag digits
     * or small letters, then CANCEL TAG; -1 when the text there is not exactly that, so tags can carry no hidden text.
     */
    private static int flagTagsEnd(String text, int from) {
        int count = 0;
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xE007F) {
                return count >= 1 && count <= 6 ? i : -1;
            }
            if (!((cp >= 0xE0030 && cp <= 0xE0039) || (cp >= 0xE0061 && cp <= 0xE007A))) {
                return -1;
            }
            count++;
        }
        return -1;
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name + ")");
    }

    /** {@code text} with every refused character written as {@code <U+202E>}, so that a message shows where. */
    static String visible(String text) {
        List<Integer> found = find(text, false);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int i : found) {
            int cp = text.codePointAt(i);
            sb.append(text, from, i).append(String.format(Locale.ROOT, "<U+%04X>", cp));
            from = i + Character.charCount(cp);
        }
        return sb.append(text, from, text.length()).toString();
    }

    /**
     * The refused characters of one configuration file, found while it is parsed: every one written literally
     * (in a value, a key or a comment) at its own line and column, and every one a value or key holds through an
     * escape ({@code "\u202E"}) at the start of that value or key. Values and keys name their property.
     */
    static final class Scan {

        private final String source;
        private final String content;
        private final boolean json;
        private final List<Integer> lineStarts = new ArrayList<>();
        private final List<Integer> literal;
        private final List<Integer> tokenStarts = new ArrayList<>();
        private final List<Text> texts = new ArrayList<>();

        /** A value or key holding a refused character: where it starts, its property and its text. */
        private record Text(int start, int line, int column, String pointer, String text) {
        }

        /** One error, and where it is in the file, for file order. */
        private record Found(int offset, ConfigException error) {
        }

        /**
         * @param json whether the parser counts columns in UTF-16 units (Jackson's JSON parser) rather than code
         *     points (the YAML parser)
         */
        Scan(String source, String content, boolean json) {
            this.source = source;
            this.content = content;
            this.json = json;
            lineStarts.add(0);
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                    lineStarts.add(i + 1);
                }
            }
            literal = find(content, true);
        }

        /** Notes where a token starts: a value or key ends before the next token starts. */
        void token(JsonLocation start) {
            tokenStarts.add(offset(start));
        }

        /** Notes a value or key (its decoded text) when it holds a refused character. */
        void text(String text, JsonLocation start, String pointer) {
            if (!find(text, false).isEmpty()) {
                texts.add(new Text(offset(start), ConfigParser.line(start), ConfigParser.column(start), pointer, text));
            }
        }

        /**
         * Every refused character found, in file order, one error each (an escaped one once per value or key), the
         * first {@link #MAX_REPORTED} of them and a count of the rest; in time linear in the file's size.
         */
        List<ConfigException> errors() {
            if (literal.isEmpty() && texts.isEmpty()) {
                return List.of();
            }
            List<Found> found = new ArrayList<>();
            boolean[] written = new boolean[texts.size()];
            int t = 0; // texts and literal characters are both in file order
            for (int at : literal) {
                while (t < texts.size() && end(texts.get(t).start) <= at) {
                    t++;
                }
                Text in = t < texts.size() && texts.get(t).start <= at ? texts.get(t) : null;
                if (in != null) {
                    written[t] = true;
                }
                int line = lineOf(at);
                int lineStart = lineStarts.get(line - 1);
                int column = content.codePointCount(lineStart, at) + 1;
                String value = in != null ? in.text : content.substring(lineStart,
                        line < lineStarts.size() ? lineStarts.get(line) : content.length()).strip();
                found.add(new Found(at, error(line, column, in == null ? null : in.pointer, content.codePointAt(at),
                        value)));
                if (found.size() > MAX_REPORTED) {
                    break;
                }
            }
            for (int i = 0; i < texts.size() && found.size() <= MAX_REPORTED; i++) {
                if (!written[i]) { // only escapes: the value's or key's start
                    Text text = texts.get(i);
                    int first = find(text.text, false).get(0);
                    found.add(new Found(text.start, error(text.line, text.column, text.pointer,
                            text.text.codePointAt(first), text.text)));
                }
            }
            found.sort(Comparator.comparingInt(Found::offset));
            List<ConfigException> errors = new ArrayList<>();
            found.stream().limit(MAX_REPORTED).forEach(f -> errors.add(f.error));
            if (found.size() > MAX_REPORTED) {
                errors.add(new ConfigException(source, -1, -1, null, "more invisible format characters than these "
                        + MAX_REPORTED + " (" + literal.size() + " written in the file in all)", null, ALLOWED, null));
            }
            return errors;
        }

        private ConfigException error(int line, int column, String pointer, int cp, String value) {
            return new ConfigException(source, line, column, pointer == null ? null
                    : visible(ConfigParser.Locator.dotted(pointer)), "invisible format character " + describe(cp),
                    visible(value), ALLOWED, null);
        }

        /** Where the first token after {@code start} starts (tokens come in file order): a value's or key's end. */
        private int end(int start) {
            int i = Collections.binarySearch(tokenStarts, start + 1);
            i = i >= 0 ? i : -i - 1;
            while (i > 0 && tokenStarts.get(i - 1) > start) {
                i--; // equal starts: the first of them
            }
            return i < tokenStarts.size() ? tokenStarts.get(i) : content.length();
        }

        /** The 1-based line of char index {@code offset}. */
        private int lineOf(int offset) {
            int i = Collections.binarySearch(lineStarts, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }

        /** The char index of a parser location (1-based line and column). */
        private int offset(JsonLocation location) {
            int line = ConfigParser.line(location);
            int column = ConfigParser.column(location);
            if (line < 1 || line > lineStarts.size() || column < 1) {
                return content.length();
            }
            int start = lineStarts.get(line - 1);
            if (json) {
                return Math.min(content.length(), start + column - 1);
            }
            int i = start;
            for (int c = 1; c < column && i < content.length(); c++) {
                i += Character.charCount(content.codePointAt(i));
            }
            return i;
        }
    }
}
