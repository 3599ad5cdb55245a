package io.github.syntheticcustomers.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one shell line into commands and words the way a POSIX shell would for the simple lines the pages show:
 * single and double quotes, backslash escapes, {@code &&}, {@code ||}, {@code ;} and {@code |} between commands, and
 * a {@code #} comment from a word's start to the end of the line. No expansion: {@code $VAR} stays as written.
 */
final class Shell {

    private Shell() {
    }

    /** The commands of {@code line}, each as its words. */
    static List<List<String>> split(String line) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '\\' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                word = end(words, word);
            } else if (c == '#' && word == null) {
                break;
            } else if (c == ';' || c == '|' || c == '&' && i + 1 < line.length() && line.charAt(i + 1) == '&') {
                word = end(words, word);
                if ((c == '|' || c == '&') && i + 1 < line.length() && line.charAt(i + 1) == c) {
                    i++;
                }
                if (!words.isEmpty()) {
                    commands.add(List.copyOf(words));
                }
                words.clear();
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " in: " + line);
        }
        end(words, word);
        if (!words.isEmpty()) {
            commands.add(List.copyOf(words));
        }
        return commands;
    }

    private static StringBuilder end(List<String> words, StringBuilder word) {
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }
}
