package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.Tag;

/**
 * A catalog has at least one error, unless it extends another, and no more, inherited ones included,
 * than one generated enum can hold.
 */
final class ErrorCountRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        if (catalog.errors().isEmpty() && catalog.extendsId() == null && catalog.errorsLocation() != null) {
            out.accept(new Diagnostic(catalog.errorsLocation(), Tag.NO_ERRORS, "the catalog has no errors; add at"
                    + " least one under 'errors' (only a catalog that 'extends' another may have none)"));
        }
        ResolvedCatalog resolved = set.resolve(catalog);
        if (resolved.errors().size() > JavaNames.MAX_ERRORS) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.TOO_MANY_ERRORS, "catalog '" + catalog.id().value()
                    + "' has " + resolved.errors().size() + " errors (inherited ones included), more than the "
                    + JavaNames.MAX_ERRORS + " a catalog may have; split it into several catalogs"));
        }
    }
}
