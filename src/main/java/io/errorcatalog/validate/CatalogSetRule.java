package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;

/** A rule about the catalogs of a run together, such as a code that two catalogs of one package share. */
interface CatalogSetRule {

    /** Reports every problem of {@code set} that this rule finds to {@code out}, in any order. */
    void check(CatalogSet set, Consumer<Diagnostic> out);
}
