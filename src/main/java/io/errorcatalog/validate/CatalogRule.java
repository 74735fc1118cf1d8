package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;

/**
 * A rule about one catalog at a time; the set is there for what the catalog inherits and for the Java
 * names derived for it.
 */
interface CatalogRule extends CatalogSetRule {

    /** Reports every problem of {@code catalog} that this rule finds to {@code out}, in any order. */
    void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out);

    /** Each catalog of the set in turn. */
    @Override
    default void check(CatalogSet set, Consumer<Diagnostic> out) {
        for (Catalog catalog : set.catalogs()) {
            check(set, catalog, out);
        }
    }
}
