package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;

/** A new error: safe for clients, which decode it as {@code UNKNOWN} until they upgrade; worth a reviewer's look. */
final class ErrorAddedRule extends CompatRule {

    ErrorAddedRule() {
        super("error-added", Level.NOTE, "An error is new.");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        for (ErrorEntry added : comparison.added()) {
            out.accept(finding(added.location(), added, added.name(), Texts.error(added) + " is new since "
                    + comparison.baselineLabel() + (added.removed() == null ? "" : ", and a tombstone already"),
                    null, added.name()));
        }
    }
}
