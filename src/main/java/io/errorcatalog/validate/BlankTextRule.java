package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.Tag;

/**
 * Every text says something: an empty translation would be shown as no message at all, where a missing one
 * falls back to the default locale's.
 */
final class BlankTextRule implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        for (ErrorEntry error : catalog.errors()) {
            text(error.title(), "title", error, out);
            text(error.message(), "message", error, out);
            list(error.causes(), "cause", error, out);
            list(error.solutions(), "solution", error, out);
        }
    }

    private static void text(LocalizedText text, String kind, ErrorEntry error, Consumer<Diagnostic> out) {
        // forEach, not entrySet: an unmodifiable map's entry set wraps every entry it gives.
        if (text != null) {
            text.byLocale().forEach((locale, value) -> blank(value, locale, kind, error, out));
        }
    }

    private static void list(LocalizedList list, String kind, ErrorEntry error, Consumer<Diagnostic> out) {
        list.byLocale().forEach((locale, items) -> {
            for (Located<String> item : items.value()) {
                blank(item, locale, kind, error, out);
            }
        });
    }

    /** {@code kind} is the kind of text ("title"); the diagnostic's wording is made only for a blank one. */
    private static void blank(Located<String> text, String locale, String kind, ErrorEntry error,
            Consumer<Diagnostic> out) {
        if (text.value().isBlank()) {
            out.accept(new Diagnostic(text.location(), Tag.BLANK_TEXT, "the " + locale + " " + kind + " of error "
                    + error.name() + " is "
                    + (text.value().isEmpty() ? "empty" : "only white space") + ", which users would see as no text;"
                    + " write it, or leave the locale out (or write null) so that it falls back"));
        }
    }
}
