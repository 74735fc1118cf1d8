package io.errorcatalog.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the releases before this build tell about the catalogs' errors: each one's first release
 * ({@code since}), how many releases have shipped each tombstone, and the codes of errors that are gone
 * altogether, which no error may take again. It travels with each release's catalogs (the
 * {@code error-catalog} artifact), so one baseline carries the history of all releases before it.
 *
 * @param catalogs by catalog id
 */
public record ReleaseHistory(Map<String, CatalogHistory> catalogs) {

    /** No releases known: nothing has a {@code since}. */
    public static final ReleaseHistory NONE = new ReleaseHistory(Map.of());

    public ReleaseHistory {
        catalogs = Collections.unmodifiableMap(new TreeMap<>(catalogs));
    }

    /**
     * One catalog's history.
     *
     * @param since each error's first release, by constant name
     * @param tombstoneReleases how many releases have shipped each tombstone, by constant name
     * @param retiredCodes codes that no error of the catalog has any more, each with what it was (such as
     *     {@code ORDER_EXPIRED, removed in 1.2.0})
     */
    public record CatalogHistory(Map<String, String> since, Map<String, Integer> tombstoneReleases,
            Map<String, String> retiredCodes) {

        public static final CatalogHistory NONE = new CatalogHistory(Map.of(), Map.of(), Map.of());

        public CatalogHistory {
            since = Collections.unmodifiableMap(new TreeMap<>(since));
            tombstoneReleases = Collections.unmodifiableMap(new TreeMap<>(tombstoneReleases));
            retiredCodes = Collections.unmodifiableMap(new TreeMap<>(retiredCodes));
        }
    }

    /** The history of the catalog {@code catalogId}, empty where none is known. */
    public CatalogHistory of(String catalogId) {
        return catalogs.getOrDefault(catalogId, CatalogHistory.NONE);
    }

    /**
     * The first release of an error, or null where it is not known (no baseline, and no version for this
     * build). An inherited error is the error of the catalog that declares it.
     */
    public String since(ResolvedCatalog catalog, ErrorEntry error) {
        return of(catalog.declaringCatalog(error).id().value()).since().get(error.name());
    }
}
