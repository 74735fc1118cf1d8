package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A text shown in a locale: its own, else its parents', else the default's, and whose it is. */
class TranslationsTest {

    private static final List<String> LOCALES = List.of("en", "de", "de-CH", "zh-Hant");

    private static LocalizedText text(String... localesAndTexts) {
        Map<String, Located<String>> byLocale = new java.util.LinkedHashMap<>();
        for (int i = 0; i < localesAndTexts.length; i += 2) {
            byLocale.put(localesAndTexts[i], new Located<>(localesAndTexts[i + 1], null));
        }
        return new LocalizedText(byLocale, null);
    }

    @Test
    void theChainIsTheLocaleItsListedParentsAndTheDefault() {
        assertEquals(List.of("de-CH", "de", "en"), Translations.chain("de-CH", LOCALES));
        assertEquals(List.of("zh-Hant", "en"), Translations.chain("zh-Hant-TW", LOCALES));
        assertEquals(List.of("de", "en"), Translations.chain("de-AT", LOCALES), "a locale the catalog lacks");
        assertEquals(List.of("en"), Translations.chain("ja", LOCALES));
        assertEquals(List.of("en"), Translations.chain("en", LOCALES));
        assertEquals(List.of("de-CH", "de", "en"), Translations.chain("DE-ch", LOCALES), "tags ignore case");
    }

    @Test
    void aTranslatedTextIsShownAsItIs() {
        assertEquals(new Translations.Shown<>("Grüezi", "de-CH", false),
                Translations.text(text("en", "Hello", "de", "Hallo", "de-CH", "Grüezi"), "de-CH", LOCALES));
    }

    @Test
    void aMissingTextFallsBackAlongTheChainAndSaysSo() {
        LocalizedText partial = text("en", "Hello", "de", "Hallo");
        assertEquals(new Translations.Shown<>("Hallo", "de", true), Translations.text(partial, "de-CH", LOCALES));
        assertEquals(new Translations.Shown<>("Hello", "en", true), Translations.text(partial, "zh-Hant", LOCALES));
        assertEquals(new Translations.Shown<>("Hello", "en", false), Translations.text(partial, "en", LOCALES));
    }

    @Test
    void aTextLeftOutHasNoValueInAnyLocale() {
        assertEquals(new Translations.Shown<>(null, "de", false), Translations.text(null, "de", LOCALES));
    }

    @Test
    void aListFallsBackAsAWholeWhereTheLocaleListsNothing() {
        Map<String, Located<List<Located<String>>>> byLocale = Map.of("en",
                new Located<>(List.of(new Located<>("A cause.", null)), null));
        LocalizedList causes = new LocalizedList(byLocale, null);
        assertEquals(new Translations.Shown<>(List.of("A cause."), "en", true), Translations.list(causes, "de", LOCALES));
        assertEquals(new Translations.Shown<>(List.of(), "de", false), Translations.list(LocalizedList.EMPTY, "de",
                LOCALES), "no causes in any locale is no fallback");
    }
}
