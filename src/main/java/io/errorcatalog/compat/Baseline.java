package io.errorcatalog.compat;

import java.util.List;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ReleaseHistory;

/**
 * The catalogs as last released, which the current ones are compared with.
 *
 * @param version the release they are, or null where not known (a directory named as the baseline)
 * @param catalogs the released catalogs, loaded and checked by this plugin version
 * @param history what that release carried forward: each error's first release, its tombstones' ages
 * @param problems what this plugin version finds wrong with them (a rule newer than the release); they
 *     are compared all the same
 */
public record Baseline(String version, CatalogSet catalogs, ReleaseHistory history, List<Diagnostic> problems) {

    public Baseline {
        problems = List.copyOf(problems);
    }

    /** How reports name it: its version, or "the baseline". */
    public String label() {
        return version == null ? "the baseline" : version;
    }
}
