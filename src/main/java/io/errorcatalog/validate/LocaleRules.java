package io.errorcatalog.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LanguageTags;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * The catalog's locales are language tags, each with a bundle of its own; every text of an error is given
 * in the default locale, and in no locale the catalog does not list. The others may lack it: it is not
 * translated yet, and falls back ({@link TranslationStatus} counts them).
 */
final class LocaleRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        checkLocales(catalog, out);
        List<String> locales = catalog.localeTags();
        // Diagnostics name a text "'title' of error X", made only for a diagnostic: every text is checked.
        for (ErrorEntry error : catalog.errors()) {
            if (error.title() != null && !error.title().isEmpty()) {
                checkLocaleKeys(error.title().byLocale(), locales, error.title().location(), "title", error, out);
            }
            if (error.message() != null) {
                checkLocaleKeys(error.message().byLocale(), locales, error.message().location(), "message", error,
                        out);
            }
            checkLists(error.causes(), locales, "causes", error, out);
            checkLists(error.solutions(), locales, "solutions", error, out);
        }
    }

    private static void checkLocales(Catalog catalog, Consumer<Diagnostic> out) {
        // Keyed by bundle file: de and de-u-co-phonebk are two locales but one _de.properties.
        ResourceBundle.Control bundles = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Map<String, Located<String>> seen = new HashMap<>();
        for (Located<String> tag : catalog.locales()) {
            Optional<Locale> parsed = LanguageTags.parse(tag.value());
            if (parsed.isEmpty()) {
                out.accept(new Diagnostic(tag.location(), Tag.INVALID_LOCALE, "'" + tag.value() + "' is not a"
                        + " well-formed BCP 47 language tag; " + LanguageTags.fixFor(tag.value(), "en, de-CH or zh-Hant-TW")));
                continue;
            }
            Locale locale = parsed.get();
            if (locale.getLanguage().isEmpty()) {
                out.accept(new Diagnostic(tag.location(), Tag.INVALID_LOCALE, "'" + tag.value() + "' names no"
                        + " language; write a tag that starts with one, such as en or de-CH"));
                continue;
            }
            Located<String> earlier = seen.putIfAbsent(bundles.toBundleName("", locale), tag);
            if (earlier != null) {
                out.accept(new Diagnostic(tag.location(), Tag.DUPLICATE_LOCALE, "locale '" + tag.value() + "' has"
                        + " the same message bundle as '" + earlier.value() + "' at " + earlier.location()
                        + "; list each locale once"));
            }
        }
    }

    private static void checkLists(LocalizedList list, List<String> locales, String key, ErrorEntry error,
            Consumer<Diagnostic> out) {
        if (!list.isEmpty()) {
            checkLocaleKeys(list.byLocale(), locales, list.location(), key, error, out);
        }
    }

    private static void checkLocaleKeys(Map<String, ? extends Located<?>> byLocale, List<String> locales,
            SourceLocation at, String key, ErrorEntry error, Consumer<Diagnostic> out) {
        String defaultLocale = locales.isEmpty() ? null : locales.get(0);
        if (defaultLocale != null && !byLocale.containsKey(defaultLocale)) {
            out.accept(new Diagnostic(at, Tag.MISSING_TRANSLATION, what(key, error) + " has no '" + defaultLocale
                    + "' text; the default locale (the first of " + locales + ") has every text, which the others"
                    + " fall back to"));
        }
        // forEach, not entrySet: an unmodifiable map's entry set wraps every entry it gives.
        byLocale.forEach((locale, text) -> {
            if (!locales.contains(locale)) {
                out.accept(new Diagnostic(text.location(), Tag.UNKNOWN_LOCALE, what(key, error) + " has a '" + locale
                        + "' text, but the catalog's locales are " + locales + "; add it to 'locales' or remove it"));
            }
        });
    }

    private static String what(String key, ErrorEntry error) {
        return "'" + key + "' of error " + error.name();
    }
}
