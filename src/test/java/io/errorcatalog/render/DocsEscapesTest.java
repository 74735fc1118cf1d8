package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
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
    void aCodeForATableCellMayBreakAfterItsSeparatorsOnlyAndStaysText() {
        Map.of("payment_provider_down", "payment_<wbr>provider_<wbr>down",
                "EXEG-0104-422 a.b/c", "EXEG-<wbr>0104-<wbr>422 a.<wbr>b/<wbr>c",
                "<wbr>&'_\"", "&lt;wbr&gt;&amp;&#39;_<wbr>&quot;",
                "OAuthTokenMissing", "OAuthTokenMissing")
                .forEach((code, html) -> assertEquals(html, Escapes.htmlBreakingAfterSeparators(code), code));
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

    /**
     * Markdown escaping keeps any text exact, as a paragraph and as a table cell: random texts of the characters
     * Markdown gives a meaning, rendered by CommonMark with GitHub's tables, read back as plain text.
     */
    @Test
    void markdownReadsBackAsTheTextItWasMadeOf() {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        TextContentRenderer plain = TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build();
        String alphabet = "ab <>&*_`[]()!#|~$\\-+=.1)\"'{}:/^";
        Random random = new Random(13);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder("x");
            for (int n = random.nextInt(14); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = text.append('x').toString();
            String paragraph = plain.render(parser.parse(Escapes.markdown(original))).strip();
            assertEquals(original, paragraph, Escapes.markdown(original));
            Node table = parser.parse("| a |\n|---|\n| " + Escapes.markdown(original) + " |\n");
            String cell = plain.render(table).lines().reduce((first, last) -> last).orElse("").strip();
            assertEquals(original, cell, Escapes.markdown(original));
        }
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
