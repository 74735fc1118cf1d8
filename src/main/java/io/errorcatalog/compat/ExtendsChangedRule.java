package io.errorcatalog.compat;

import java.util.Objects;
import java.util.function.Consumer;

import io.errorcatalog.model.Located;
import io.errorcatalog.model.SourceLocation;

/**
 * Another parent catalog ({@code extends}): the inherited errors that its enum holds first change, so code
 * that names an inherited constant no longer compiles, clients decoding an inherited code get {@code UNKNOWN},
 * and its own constants move. The gate compares only each catalog's own errors, so this rule is what reports
 * the inherited ones.
 */
final class ExtendsChangedRule extends KeptCatalogRule {

    ExtendsChangedRule() {
        super("extends-changed", Level.BREAKING, "A catalog extends another catalog (`extends`), or none where it"
                + " extended one, or one where it extended none, so the inherited errors its enum holds and"
                + " decodes change.");
    }

    @Override
    void checkKept(CatalogComparison comparison, Consumer<Finding> out) {
        String before = parent(comparison.before().extendsId());
        String now = parent(comparison.after().extendsId());
        if (!Objects.equals(before, now)) {
            SourceLocation at = now == null ? comparison.after().id().location()
                    : comparison.after().extendsId().location();
            String id = comparison.after().id().value();
            out.accept(finding(at, null, id, "the catalog '" + id + "' extended " + named(before) + " in "
                    + comparison.baselineLabel() + " and extends " + named(now) + " now: the inherited errors its enum"
                    + " holds and decodes change, so code that names one of the old no longer compiles and clients"
                    + " decoding its codes get UNKNOWN",
                    before, now));
        }
    }

    private static String parent(Located<String> extendsId) {
        return extendsId == null ? null : extendsId.value();
    }

    private static String named(String parent) {
        return parent == null ? "no catalog" : "'" + parent + "'";
    }
}
