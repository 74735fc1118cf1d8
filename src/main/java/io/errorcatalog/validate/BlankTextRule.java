package io.errorcatalog.validate;

import java.util.List;
import java.util.Map;
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
            String what = " of error " + error.name();
            text(error.title(), "title" + what, out);
            text(error.message(), "message" + what, out);
            list(error.causes(), "cause" + what, out);
            list(error.solutions(), "solution" + what, out);
        }
    }

    private static void text(LocalizedText text, String what, Consumer<Diagnostic> out) {
        if (text != null) {
            text.byLocale().forEach((locale, value) -> blank(value, locale, what, out));
        }
    }

    private static void list(LocalizedList list, String what, Consumer<Diagnostic> out) {
        for (Map.Entry<String, Located<List<Located<String>>>> items : list.byLocale().entrySet()) {
            items.getValue().value().forEach(item -> blank(item, items.getKey(), what, out));
        }
    }

    private static void blank(Located<String> text, String locale, String what, Consumer<Diagnostic> out) {
        if (text.value().isBlank()) {
            out.accept(new Diagnostic(text.location(), Tag.BLANK_TEXT, "the " + locale + " " + what + " is "
                    + (text.value().isEmpty() ? "empty" : "only white space") + ", which users would see as no text;"
                    + " write it, or leave the locale out (or write null) so that it falls back"));
        }
    }
}
