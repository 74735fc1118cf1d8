package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.Tag;

/** A code is a text the API sends, or null where it sends none; never the empty text, nor is an alias. */
final class EmptyCodeRule implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        for (ErrorEntry error : catalog.errors()) {
            if (error.code().value() != null && error.code().value().isEmpty()) {
                out.accept(new Diagnostic(error.code().location(), Tag.EMPTY_CODE, "'code' of error " + error.name()
                        + " is empty; write the code the API sends, or null if it sends none"));
            }
            for (Located<String> alias : error.aliases()) {
                if (alias.value().isEmpty()) {
                    out.accept(new Diagnostic(alias.location(), Tag.EMPTY_CODE, "an alias of error " + error.name()
                            + " is empty; write a code the API sends, or remove it"));
                }
            }
        }
    }
}
