package io.errorcatalog.model;

import java.util.Map;

/**
 * A text in each locale, keyed by the locale tag as the catalog writes it, in the order written.
 *
 * @param location where the whole value starts
 */
public record LocalizedText(Map<String, Located<String>> byLocale, SourceLocation location) {

    public LocalizedText {
        byLocale = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLocale));
    }

    /** The text in {@code locale}, or null where the catalog gives none. */
    public String get(String locale) {
        Located<String> text = byLocale.get(locale);
        return text == null ? null : text.value();
    }
}
