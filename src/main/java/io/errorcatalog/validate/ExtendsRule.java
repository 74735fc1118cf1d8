package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.SourceLocation;
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
        checkInheritedTexts(set, catalog, parent, out);
    }

    /**
     * A child's default locale has every text, the inherited ones too. The parent's own default locale is
     * complete (its checks say so), but another of its locales may be partly translated: a child that lists
     * that one first would have no text to fall back to. Reported once, with a count and the first text.
     */
    private static void checkInheritedTexts(CatalogSet set, Catalog catalog, Catalog parent, Consumer<Diagnostic> out) {
        List<String> locales = catalog.localeTags();
        if (locales.isEmpty() || parent.localeTags().isEmpty() || locales.get(0).equals(parent.localeTags().get(0))
                || !parent.localeTags().contains(locales.get(0))) {
            return;
        }
        String defaultLocale = locales.get(0);
        Set<ErrorEntry> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(catalog.errors());
        int missing = 0;
        String first = null;
        for (ErrorEntry error : set.resolve(catalog).errors()) {
            if (own.contains(error)) {
                continue;
            }
            Map<String, SourceLocation> untranslated = new LinkedHashMap<>();
            if (error.title() != null && !error.title().isEmpty() && error.title().get(defaultLocale) == null) {
                untranslated.put("title", error.title().location());
            }
            if (error.message() != null && error.message().get(defaultLocale) == null) {
                untranslated.put("message", error.message().location());
            }
            if (!error.causes().isEmpty() && !error.causes().byLocale().containsKey(defaultLocale)) {
                untranslated.put("causes", error.causes().location());
            }
            if (!error.solutions().isEmpty() && !error.solutions().byLocale().containsKey(defaultLocale)) {
                untranslated.put("solutions", error.solutions().location());
            }
            for (Map.Entry<String, SourceLocation> text : untranslated.entrySet()) {
                missing++;
                first = first != null ? first : "'" + text.getKey() + "' of error " + error.name() + " at "
                        + text.getValue();
            }
        }
        if (missing > 0) {
            out.accept(new Diagnostic(catalog.locales().get(0).location(), Tag.MISSING_TRANSLATION, "catalog '"
                    + catalog.id().value() + "' has '" + defaultLocale + "' for its default locale (the first of "
                    + locales + "), which every text is in, but " + missing + " text(s) of the errors it inherits"
                    + " have none, the first " + first + "; translate them in '" + parent.id().value() + "', or list"
                    + " first a locale they all have, such as '" + parent.localeTags().get(0) + "'"));
        }
    }
}
