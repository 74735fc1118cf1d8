package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.Tag;

/**
 * {@code extends} names a catalog that is there, catalogs do not extend each other in a circle, and a
 * catalog lists only locales that the catalog it extends has texts in.
 */
final class ExtendsRule implements CatalogRule {

    /**
     * Whether the whole chain of catalogs {@code catalog} extends is there, without a circle: only then
     * are its inherited errors and names checked, as a broken chain is reported once, here.
     */
    static boolean lineageComplete(CatalogSet set, Catalog catalog) {
        return farthest(catalog, set.ancestors(catalog)).extendsId() == null;
    }

    /** The last catalog of the chain: where it stops, at the top, at a missing id or before a circle closes. */
    private static Catalog farthest(Catalog catalog, List<Catalog> ancestors) {
        return ancestors.isEmpty() ? catalog : ancestors.get(ancestors.size() - 1);
    }

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        Located<String> parentId = catalog.extendsId();
        if (parentId == null) {
            return;
        }
        if (set.byId(parentId.value()).isEmpty()) {
            String known = set.catalogs().stream().map(other -> other.id().value())
                    .filter(id -> !id.equals(catalog.id().value())).sorted().toList().toString();
            out.accept(new Diagnostic(parentId.location(), Tag.UNKNOWN_CATALOG, "catalog '" + catalog.id().value()
                    + "' extends '" + parentId.value() + "', but no catalog has that id; the ids are " + known));
            return;
        }
        List<Catalog> ancestors = set.ancestors(catalog);
        Catalog last = farthest(catalog, ancestors);
        if (last.extendsId() != null) {
            // Else the chain ends in an id that no catalog has, which the catalog that names it reports.
            if (set.byId(last.extendsId().value()).isPresent()) {
                List<String> path = new ArrayList<>();
                path.add(catalog.id().value());
                ancestors.forEach(ancestor -> path.add(ancestor.id().value()));
                path.add(last.extendsId().value());
                out.accept(new Diagnostic(parentId.location(), Tag.EXTENDS_CYCLE, "catalogs extend each other in a"
                        + " circle (" + String.join(" -> ", path) + "); remove one 'extends'"));
            }
            return;
        }
        Catalog parent = ancestors.get(0);
        for (Located<String> tag : catalog.locales()) {
            if (!parent.localeTags().contains(tag.value())) {
                out.accept(new Diagnostic(tag.location(), Tag.LOCALE_NOT_INHERITED, "catalog '"
                        + catalog.id().value() + "' extends '" + parent.id().value() + "', which has no texts in '"
                        + tag.value() + "'; list only locales of " + parent.localeTags()));
            }
        }
    }
}
