package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.Tag;

/**
 * A code is a text the API sends, or null where it sends none; never the empty text or white space alone, nor is an
 * alias: no client can tell such a code from a missing one, and one of white space is a slip of the pen.
 */
final class EmptyCodeRule implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        for (ErrorEntry error : catalog.errors()) {
            if (error.code().value() != null && error.code().value().isBlank()) {
                out.accept(new Diagnostic(error.code().location(), Tag.EMPTY_CODE, "'code' of error " + error.name()
                        + " is " + empty(error.code().value()) + "; write the code the API sends, or null if it sends"
                        + " none"));
            }
            for (Located<String> alias : error.aliases()) {
                if (alias.value().isBlank()) {
                    out.accept(new Diagnostic(alias.location(), Tag.EMPTY_CODE, "an alias of error " + error.name()
                            + " is " + empty(alias.value()) + "; write a code the API sends, or remove it"));
                }
            }
        }
    }

    private static String empty(String code) {
        return code.isEmpty() ? "empty" : "white space alone";
    }
}
