package io.github.syntheticcustomers.junit;

/** The fenced code blocks of a Markdown page, for the tests that hold a page's code to the compiled examples. */
final class QuotedBlocks {

    private QuotedBlocks() {
    }

    /** The text of the first {@code ```language} block of {@code markdown}, without its fences. */
    static String first(String markdown, String language) {
        int start = markdown.indexOf("```" + language + "\n") + language.length() + 4;
        return markdown.substring(start, markdown.indexOf("```\n", start));
    }
}
