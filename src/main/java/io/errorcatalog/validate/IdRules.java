package io.errorcatalog.validate;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Tag;

/** A catalog's id is well-formed and no other catalog's; the later of two with one id is reported. */
final class IdRules implements CatalogRule {

    /** Lower-case words joined by '-', starting with a letter, so the Java names made from them are legal. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Whether {@code id} is well-formed, for a catalog or a group. */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        Catalog first = set.byId(catalog.id().value()).orElseThrow();
        if (first != catalog) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.DUPLICATE_CATALOG_ID, "catalog id '"
                    + catalog.id().value() + "' is already used at " + first.id().location()
                    + "; give each catalog its own id"));
        }
        if (!isId(catalog.id().value())) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.INVALID_ID, "catalog id '" + catalog.id().value()
                    + "' must be lower-case letters and digits in words joined by '-', starting with a letter,"
                    + " such as 'payments-api'"));
        }
    }
}
