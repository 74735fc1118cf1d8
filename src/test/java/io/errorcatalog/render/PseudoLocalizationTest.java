package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.MessageTemplate;

class PseudoLocalizationTest {

    @Test
    void everyAsciiLetterIsAccentedAndTheRestStays() {
        assertEquals("[áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ 0-9 äß! one two three four ]",
                PseudoLocalization.text("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0-9 äß!"));
    }

    @Test
    void aTextBecomesAThirdLongerBracketsIncluded() {
        for (int length = 20; length <= 2_000; length++) {
            int pseudo = PseudoLocalization.text("x".repeat(length)).length();
            assertTrue(pseudo >= length * 1.3 && pseudo <= length * 1.4, length + " -> " + pseudo);
        }
        assertEquals("[Öķ]", PseudoLocalization.text("Ok"));
        assertEquals("[]", PseudoLocalization.text(""));
    }

    @Test
    void placeholdersPluralsAndSelectsStayOnlyTheirTextIsAccented() throws Exception {
        String written = "{n, plural, one {# file of {owner}} other {# files}} in {kind, select, a {A} other {B}}";
        assertEquals("[{n, plural, one {# ƒîļé öƒ {owner}} other {# ƒîļéš}} îñ {kind, select, a {Å} other {Ɓ}}"
                + " one two three four five six ]", PseudoLocalization.message(MessageTemplate.parse(written), written)
                        .toString());
    }
}
