package io.errorcatalog.model;

import java.util.List;
import java.util.Map;

/** A list of texts in each locale (causes, solutions); each locale may say it in a different number of items. */
public record LocalizedList(Map<String, Located<List<Located<String>>>> byLocale, SourceLocation location) {

    public static final LocalizedList EMPTY = new LocalizedList(Map.of(), null);

    public LocalizedList {
        byLocale = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLocale));
    }

    public boolean isEmpty() {
        return byLocale.isEmpty();
    }

    /** The items in {@code locale}, empty where the catalog gives none. */
    public List<String> get(String locale) {
        Located<List<Located<String>>> items = byLocale.get(locale);
        return items == null ? List.of() : items.value().stream().map(Located::value).toList();
    }
}
