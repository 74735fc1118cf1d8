package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** The escapers of the reference pages, on the inputs that break HTML and Markdown. */
class DocsEscapesTest {

    @Test
    void htmlTurnsMarkupIntoReferencesAndForbiddenCharactersIntoReplacements() {
        assertEquals("&lt;script&gt;a &amp;&amp; b&lt;/script&gt; &quot;x&quot; &#39;y&#39;",
                Escapes.html("<script>a && b</script> \"x\" 'y'"));
        assertEquals("a\nb\n\tc \ufffd\ufffd\ufffd é 😀", Escapes.html("a\r\nb\r\tc \u0001\u007f\ufffe é 😀".replace("\r\n", "\n")));
        assertEquals("\ufffd", Escapes.html("\ud800"), "a lone surrogate");
    }

    @Test
    void markdownEscapesWhatStartsMarkupAndKeepsOneLine() {
        assertEquals("\\<b\\> \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\!\\[i\\] a\\|b \\~\\~s\\~\\~ \\&amp; \\# \\$m\\$ \\\\",
                Escapes.markdown("<b> *x* _y_ `z` [l](u) ![i] a|b ~~s~~ &amp; # $m$ \\"));
        assertEquals("a b c", Escapes.markdown("a\nb\r\nc".replace("\r\n", "\n")));
        assertEquals("\\- item", Escapes.markdown("- item"), "a list item at the start");
        assertEquals("  \\+ item", Escapes.markdown("  + item"));
        assertEquals("12\\. item", Escapes.markdown("12. item"), "an ordered list item");
        assertEquals("a - b. 1. c", Escapes.markdown("a - b. 1. c"), "markers elsewhere are text");
    }

    @Test
    void aCodeSpanOrBlockCannotBeClosedByItsContent() {
        assertEquals("`a`", Escapes.markdownCode("a"));
        assertEquals("``` ``a`` ```", Escapes.markdownCode("``a``"));
        assertEquals("```", Escapes.markdownFence("{\"a\": \"``\"}"));
        assertEquals("`````", Escapes.markdownFence("````"));
    }

    @Test
    void aFragmentFindsTheIdItWasMadeOf() {
        for (String id : new String[] {"too_long", "<script>", "café 1", "a#b%c(d)", "\"'"}) {
            String fragment = Escapes.fragment(id);
            assertEquals(id, URI.create("https://example.com/" + fragment).getFragment());
            assertFalse(fragment.substring(1).matches(".*[^A-Za-z0-9%._~-].*"), fragment);
        }
    }
}
