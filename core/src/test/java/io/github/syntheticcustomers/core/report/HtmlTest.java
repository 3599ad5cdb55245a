package io.github.syntheticcustomers.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaped text is always XML: markup characters escaped, characters XML cannot hold replaced. */
class HtmlTest {

    @Test
    void markupIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.esc("<b> & \"x\" 'y'"));
    }

    @Test
    void nonCharactersAndLoneSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("Care\uFFFDgiver", Html.esc("Care\uFFFEgiver"));
        assertEquals("a\uFFFDb", Html.esc("a\uFFFFb"));
        assertEquals("\uFFFDx\uFFFD", Html.esc("\uD800x\uDC00"));
        assertEquals("a b", Html.esc("a\u0001b"));
    }

    @Test
    void pairedSurrogatesStay() {
        assertEquals("smile \uD83D\uDE00", Html.esc("smile \uD83D\uDE00"));
    }
}
