package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.Tag;

/** The types a catalog generates (its enum, its exception, one per group) are each a file of their own. */
final class OutputConflictRule implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        if (!ExtendsRule.lineageComplete(set, catalog)) {
            return;
        }
        ResolvedCatalog resolved = set.resolve(catalog);
        Set<String> typeNames = new LinkedHashSet<>();
        for (String type : typeNamesOf(resolved)) {
            if (!typeNames.add(type)) {
                out.accept(new Diagnostic(catalog.id().location(), Tag.DUPLICATE_TYPE, "catalog '"
                        + catalog.id().value() + "' would generate two types named " + type + "; set 'exception'"
                        + " of a group or of the catalog to tell them apart"));
            }
        }
    }

    private static List<String> typeNamesOf(ResolvedCatalog resolved) {
        List<String> names = new ArrayList<>();
        names.add(resolved.enumName());
        names.add(resolved.exceptionName());
        resolved.groups().forEach(group -> names.add(group.exceptionName()));
        return names;
    }
}
