package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.Group;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.SourceLocation;

/**
 * Generated types under other names: another package, enum or base exception, or a group's exception class
 * renamed. The names compared are those generated, so writing out a default name is no change. Code that
 * names an old type, or catches an old exception class, no longer compiles.
 */
final class JavaNamesChangedRule extends KeptCatalogRule {

    JavaNamesChangedRule() {
        super("java-names-changed", Level.BREAKING, "A catalog's generated types have other names (its `package`,"
                + " `enum` or `exception`, or a group's `exception`), so code that names them no longer compiles.");
    }

    @Override
    void checkKept(CatalogComparison comparison, Consumer<Finding> out) {
        ResolvedCatalog before = comparison.resolvedBefore();
        ResolvedCatalog now = comparison.resolvedAfter();
        Catalog catalog = now.catalog();
        compare("package", packageName(before.javaPackage()), packageName(now.javaPackage()),
                at(catalog.javaPackage(), comparison), comparison, out);
        compare("enum", before.enumName(), now.enumName(), at(catalog.enumName(), comparison), comparison, out);
        compare("base exception", before.exceptionName(), now.exceptionName(), at(catalog.exceptionName(), comparison),
                comparison, out);
        for (ResolvedCatalog.ResolvedGroup group : now.groups()) {
            Group declared = group.group();
            // An inherited group is written in its parent's file: reported at this catalog's id instead.
            SourceLocation at = catalog.groups().get(declared.id()) != declared ? at(null, comparison)
                    : declared.exceptionName() != null ? declared.exceptionName().location() : declared.location();
            before.groups().stream().filter(old -> old.group().id().equals(declared.id())).findFirst()
                    .ifPresent(old -> compare("exception of the group '" + declared.id() + "'", old.exceptionName(),
                            group.exceptionName(), at, comparison, out));
        }
    }

    /** Where a name is written, or the catalog's id where it is derived. */
    private static SourceLocation at(Located<String> written, CatalogComparison comparison) {
        return written != null ? written.location() : comparison.after().id().location();
    }

    private void compare(String what, String before, String now, SourceLocation at, CatalogComparison comparison,
            Consumer<Finding> out) {
        if (!before.equals(now)) {
            String id = comparison.after().id().value();
            out.accept(finding(at, null, id, "the " + what + " of the catalog '" + id + "' was " + before + " in "
                    + comparison.baselineLabel() + " and is " + now + " now: code that names " + before
                    + " no longer compiles", before, now));
        }
    }

    /** A package as findings name it: the unnamed one in words. */
    private static String packageName(String javaPackage) {
        return javaPackage.isEmpty() ? "the unnamed package" : javaPackage;
    }
}
