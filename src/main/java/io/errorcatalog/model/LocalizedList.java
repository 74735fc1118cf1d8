package io.errorcatalog.model;

import java.util.List;
import java.util.Map;

/**
 * A list of texts in each locale (causes, solutions); each locale may say it in a different number of
 * items. Only the default locale must have it; a translation is of the whole list.
 *
 * @param sources for a translation, the {@link SourceHash} of the default locale's list it was made from,
 *     by locale, where the catalog records one
 */
public record LocalizedList(Map<String, Located<List<Located<String>>>> byLocale, SourceLocation location,
        Map<String, String> sources) {

    public static final LocalizedList EMPTY = new LocalizedList(Map.of(), null, Map.of());

    public LocalizedList {
        byLocale = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLocale));
        sources = Map.copyOf(sources);
    }

    public boolean isEmpty() {
        return byLocale.isEmpty();
    }

    /** The items in {@code locale}, empty where the catalog gives none. */
    public List<String> get(String locale) {
        Located<List<Located<String>>> items = byLocale.get(locale);
        if (items == null) {
            return List.of();
        }
        // A loop, not a stream: this runs for every error and locale, mostly in a JVM not yet warm.
        String[] values = new String[items.value().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = items.value().get(i).value();
        }
        return List.of(values);
    }

    /** This list with one more locale's translation, as a file of translations gives it. */
    public LocalizedList withTranslation(String locale, Located<List<Located<String>>> items, String source) {
        Map<String, Located<List<Located<String>>>> all = new java.util.LinkedHashMap<>(byLocale);
        all.put(locale, items);
        return new LocalizedList(all, location != null ? location : items.location(),
                SourceHash.with(sources, locale, source));
    }
}
