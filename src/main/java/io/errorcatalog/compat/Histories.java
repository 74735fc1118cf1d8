package io.errorcatalog.compat;

import java.util.Map;
import java.util.TreeMap;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ReleaseHistory;

/**
 * The history a build carries forward: its baseline's, brought up to the current catalogs. An error
 * keeps the first release the baseline knows for it (following a renamed constant, as the gate matches
 * them); a new one's first release is this build's version. Each tombstone counts one release more, and
 * the codes no error has any more are kept, so that none is given to another error later.
 */
public final class Histories {

    private Histories() {}

    /**
     * @param baseline the catalogs as last released, or null where there are none (a first release)
     * @param version the version this build releases, such as {@code 1.1} (for {@code 1.1-SNAPSHOT}); null
     *     where not known, so that new errors get no {@code since}
     */
    public static ReleaseHistory next(Baseline baseline, CatalogSet current, String version) {
        Map<String, ReleaseHistory.CatalogHistory> catalogs = new TreeMap<>();
        String baselineVersion = baseline == null ? null : baseline.version();
        for (Catalog after : current.catalogs()) {
            String id = after.id().value();
            Catalog before = baseline == null ? null : baseline.catalogs().byId(id).orElse(null);
            ReleaseHistory.CatalogHistory old = baseline == null ? ReleaseHistory.CatalogHistory.NONE
                    : baseline.history().of(id);
            CatalogComparison comparison = new CatalogComparison("",
                    before == null ? null : baseline.catalogs().resolve(before), current.resolve(after), old, 0);
            Map<String, String> since = new TreeMap<>();
            Map<String, Integer> tombstones = new TreeMap<>();
            for (ErrorPair pair : comparison.pairs()) {
                String first = old.since().getOrDefault(pair.before().name(), baselineVersion);
                if (first != null) {
                    since.put(pair.after().name(), first);
                }
                if (pair.after().removed() != null) {
                    int shipped = pair.before().removed() == null ? 0
                            : old.tombstoneReleases().getOrDefault(pair.before().name(), 1);
                    tombstones.put(pair.after().name(), shipped + 1);
                }
            }
            for (ErrorEntry added : comparison.added()) {
                if (version != null) {
                    since.put(added.name(), version);
                }
                if (added.removed() != null) {
                    tombstones.put(added.name(), 1);
                }
            }
            catalogs.put(id, new ReleaseHistory.CatalogHistory(since, tombstones, retired(comparison, old)));
        }
        return new ReleaseHistory(catalogs);
    }

    /**
     * The baseline's retired codes, and the codes and aliases of its errors that decode to nothing now; less
     * those that decode to an error again.
     */
    private static Map<String, String> retired(CatalogComparison comparison, ReleaseHistory.CatalogHistory old) {
        Map<String, String> retired = new TreeMap<>(old.retiredCodes());
        if (comparison.before() != null) {
            for (ErrorEntry before : comparison.before().errors()) {
                CatalogComparison.codes(before).stream().map(Located::value)
                        .filter(code -> comparison.afterWithCode(code) == null)
                        .forEach(code -> retired.put(code, before.name()));
            }
        }
        retired.keySet().removeIf(code -> comparison.afterWithCode(code) != null);
        return retired;
    }
}
