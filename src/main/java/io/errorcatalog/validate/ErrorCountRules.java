package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.Tag;

/** A catalog has no more errors, inherited ones included, than one generated enum can hold. */
final class ErrorCountRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        ResolvedCatalog resolved = set.resolve(catalog);
        if (resolved.errors().size() > JavaNames.MAX_ENUM_CONSTANTS) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.TOO_MANY_ERRORS, "catalog '" + catalog.id().value()
                    + "' has " + resolved.errors().size() + " errors (inherited ones included), more than the "
                    + JavaNames.MAX_ENUM_CONSTANTS + " one generated enum can hold (the JVM limits a class"
                    + " initializer to 64 KiB); split it into several catalogs"));
        }
    }
}
