package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.MessageTemplate;

/** Each escaper on the inputs that break its target; the property test covers random text end to end. */
class EscapesTest {

    private static final String BACKSLASH_U = "\\" + "u";

    @Test
    void javaStringDefusesUnicodeEscapesQuotesAndLineBreaks() {
        assertEquals("\"\\\\u000a \\\" \\n \\r \\000 \\u00e9\"",
                Escapes.javaString(BACKSLASH_U + "000a \" \n \r \0 é"));
        assertEquals("null", Escapes.javaString(null));
    }

    @Test
    void javadocCannotCloseTheCommentOrStartATag() {
        String escaped = Escapes.javadoc("*/ " + BACKSLASH_U + "002a/ {@code x} <b> & @deprecated é\n");
        assertEquals("*&#47; &#92;u002a/ &#123;&#64;code x&#125; &lt;b&gt; &amp; &#64;deprecated &#xe9; ", escaped);
        assertFalse(escaped.contains("*/"));
    }

    @Test
    void propertiesValueReadsBackExactly() throws IOException {
        String text = "  leading spaces, #!=: " + BACKSLASH_U + "0041 \\ tab\t line\n end é 😀";
        Properties properties = new Properties();
        properties.load(new StringReader("key=" + Escapes.propertiesValue(text)));
        assertEquals(text, properties.getProperty("key"));
        assertEquals(Escapes.propertiesValue(text).chars().allMatch(c -> c < 0x80), true, "ASCII only");
    }

    @Test
    void aBundlePatternWithoutPluralsIsAMessageFormatPatternThatKeepsApostrophesAndBracesLiteral() throws Exception {
        MessageTemplate template = MessageTemplate.parse("It's {{x}} and {{{{ for {name}'s '{{' #");
        String pattern = Escapes.bundlePattern(template, Map.of("name", 0), Set.of());
        assertEquals("It's {x} and {{ for Ann's '{' #", new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"Ann"}));
    }

    @Test
    void aBundlePatternNumbersItsArgumentsAndQuotesWhatIsSpecialInAPlural() throws Exception {
        MessageTemplate template = MessageTemplate.parse("{n, plural, =0 {none} one {# file's ##} other {# {{x}}"
                + " files}} {kind, select, a {A #} other {{who}}} {n} of {total}");
        assertEquals("{0,plural,plain,=0{none}one{#' file''s #'}other{#' {x} files'}} {1,select,a{A #}other{{2}}}"
                + " {0,plain} of {3}", Escapes.bundlePattern(template, Map.of("n", 0, "kind", 1, "who", 2, "total", 3),
                        Set.of("n")));
    }

    @Test
    void commentLineStaysOnOneLineAndIsNotDecoded() {
        assertEquals("a\\\\u000ab \\\\\\\\u0041 \\\\u00e9", Escapes.commentLine("a\nb " + "\\" + BACKSLASH_U + "0041 é"));
    }

    @Test
    void anHrefIsAUriThatJavadocAcceptsAndMeansTheSameUrl() {
        assertEquals("https://docs.example.com/%40shop/v2/errors#a%2A/b?x=1&amp;y=%22%C3%A9%22",
                Escapes.javadocHref("https://docs.example.com/@shop/v2/errors#a*/b?x=1&y=\"\u00e9\""));
    }

    @Test
    void aLoneSurrogateIsShownAsTheReplacementCharacterInJavadocOnly() {
        assertEquals("x&#xfffd;y&#x1f600;", Escapes.javadoc("x\ud83dy\ud83d\ude00"));
    }
}
