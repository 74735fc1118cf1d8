package io.errorcatalog.model;

import java.util.Map;

/**
 * A text in each locale, keyed by the locale tag as the catalog writes it, in the order written. Only the
 * catalog's default locale must have it; a locale without it is not translated yet, and falls back.
 *
 * @param location where the whole value starts; null for {@link #NONE}
 * @param sources for a translation, the {@link SourceHash} of the default-locale text it was made from, by
 *     locale, where the catalog records one: a translation whose source changed since is stale
 */
public record LocalizedText(Map<String, Located<String>> byLocale, SourceLocation location, Map<String, String> sources) {

    /** The text of a key the catalog leaves out, such as the title of an error an API gives none. */
    public static final LocalizedText NONE = new LocalizedText(Map.of(), null, Map.of());

    public LocalizedText {
        byLocale = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLocale));
        sources = Map.copyOf(sources);
    }

    public LocalizedText(Map<String, Located<String>> byLocale, SourceLocation location) {
        this(byLocale, location, Map.of());
    }

    /** The text in {@code locale}, or null where the catalog gives none. */
    public String get(String locale) {
        Located<String> text = byLocale.get(locale);
        return text == null ? null : text.value();
    }

    /** Whether the catalog gives the text at all. */
    public boolean isEmpty() {
        return byLocale.isEmpty();
    }

    /** This text with one more locale's translation, as a file of translations gives it. */
    public LocalizedText withTranslation(String locale, Located<String> text, String source) {
        Map<String, Located<String>> all = new java.util.LinkedHashMap<>(byLocale);
        all.put(locale, text);
        return new LocalizedText(all, location != null ? location : text.location(),
                SourceHash.with(sources, locale, source));
    }
}
