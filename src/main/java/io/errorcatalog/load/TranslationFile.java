package io.errorcatalog.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.Nearest;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * A file of one locale's translations of a catalog ({@code translationOf}), kept beside the catalog so that
 * translators' changes never touch the catalog's own file. It is read like any catalog file and added to its
 * catalog once every catalog and part is loaded.
 *
 * @param catalogId the id of the catalog it translates
 * @param locale the locale it translates into
 * @param errors the texts it gives, by error, in file order
 */
public record TranslationFile(String file, Located<String> catalogId, Located<String> locale, List<ErrorTexts> errors) {

    public TranslationFile {
        errors = List.copyOf(errors);
    }

    /** A text or a list in one locale, and the hash of the default-locale text it translates, if recorded. */
    public record Translation<T>(Located<T> value, String source) {}

    /** The translations of one error; null where the file gives none of that text. */
    public record ErrorTexts(String name, SourceLocation location, Translation<String> title,
            Translation<String> message, Translation<List<Located<String>>> causes,
            Translation<List<Located<String>>> solutions) {}

    /**
     * The catalog with these translations added; a translation of an error the catalog does not have, or of
     * a text it has in this locale already, is reported and left out.
     */
    public Catalog applyTo(Catalog catalog, Consumer<Diagnostic> out) {
        String tag = locale.value();
        List<String> tags = catalog.localeTags();
        if (!tags.contains(tag) || tag.equals(catalog.defaultLocale())) {
            out.accept(new Diagnostic(locale.location(), Tag.UNKNOWN_LOCALE, "this file translates catalog '"
                    + catalog.id().value() + "' into '" + tag + "', which is not one of its other locales "
                    + tags.subList(1, tags.size()) + (tag.equals(catalog.defaultLocale())
                            ? "; '" + tag + "' is its default locale, whose texts are the catalog's own: move them"
                                    + " into " + catalog.file() + ", or correct 'locale'"
                            : "; add it to 'locales' of " + catalog.file() + ", or correct 'locale'")));
            return catalog;
        }
        // The catalog's own string for the tag, as the loader keys its texts by: lookups find it by identity.
        String ownTag = tags.get(tags.indexOf(tag));
        Map<String, Integer> index = new HashMap<>(catalog.errors().size() * 2);
        for (int i = 0; i < catalog.errors().size(); i++) {
            index.put(catalog.errors().get(i).name(), i);
        }
        List<ErrorEntry> translated = new ArrayList<>(catalog.errors());
        for (ErrorTexts texts : errors) {
            Integer at = index.get(texts.name());
            if (at == null) {
                out.accept(new Diagnostic(texts.location(), Tag.UNKNOWN_ERROR, "this file translates error "
                        + texts.name() + ", which catalog '" + catalog.id().value() + "' does not have"
                        + (catalog.extendsId() == null ? "" : " of its own (an inherited error is translated with"
                                + " its catalog)") + "; "
                        + Nearest.of(texts.name(), index.keySet()).map(name -> "did you mean " + name + "?")
                                .orElse("correct the name, or remove the entry")));
                continue;
            }
            ErrorEntry error = translated.get(at);
            translated.set(at, error.withTexts(text(error.title(), texts.title(), ownTag, "title", error, out),
                    text(error.message(), texts.message(), ownTag, "message", error, out),
                    list(error.causes(), texts.causes(), ownTag, "causes", error, out),
                    list(error.solutions(), texts.solutions(), ownTag, "solutions", error, out)));
        }
        return catalog.withErrors(translated);
    }

    private LocalizedText text(LocalizedText own, Translation<String> translation, String tag, String key,
            ErrorEntry error, Consumer<Diagnostic> out) {
        if (translation == null || own == null) {
            return own;
        }
        if (own.byLocale().containsKey(tag)) {
            duplicate(own.byLocale().get(tag).location(), translation.value().location(), key, error, out);
            return own;
        }
        return own.withTranslation(tag, translation.value(), translation.source());
    }

    private LocalizedList list(LocalizedList own, Translation<List<Located<String>>> translation, String tag,
            String key, ErrorEntry error, Consumer<Diagnostic> out) {
        if (translation == null) {
            return own;
        }
        if (own.byLocale().containsKey(tag)) {
            duplicate(own.byLocale().get(tag).location(), translation.value().location(), key, error, out);
            return own;
        }
        return own.withTranslation(tag, translation.value(), translation.source());
    }

    private void duplicate(SourceLocation earlier, SourceLocation here, String key, ErrorEntry error,
            Consumer<Diagnostic> out) {
        out.accept(new Diagnostic(here, Tag.DUPLICATE_TRANSLATION, "the " + locale.value() + " '" + key + "' of error "
                + error.name() + " is translated at " + earlier + " already; keep one of them"));
    }
}
