package io.errorcatalog.compat;

import java.util.function.Consumer;

/** An error removed the compatible way, as a tombstone: reported for reviewers, and for the release notes. */
final class ErrorTombstonedRule extends CompatRule {

    ErrorTombstonedRule() {
        super("error-tombstoned", Level.NOTE, "An error of the baseline is a tombstone now (`removed`): its code"
                + " stays known and taken, its constant deprecated.");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        for (ErrorPair pair : comparison.pairs()) {
            if (pair.before().removed() == null && pair.after().removed() != null) {
                out.accept(finding(pair.after().removed().location(), pair,
                        Texts.error(pair.after()) + " is removed in " + pair.after().removed().version().value()
                                + " with a tombstone (decoding still recognises its code, no other error may take it,"
                                + " its constant stays, deprecated): " + pair.after().removed().reason(), null,
                        pair.after().removed().version().value()));
            }
        }
    }
}
