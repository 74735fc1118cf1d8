package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.LocalizedText;

/**
 * A title that is gone: {@code title()} returns null where it returned text, and a problem body loses its
 * {@code title} member; clients that show it show nothing.
 */
final class TitleRemovedRule extends PairRule {

    TitleRemovedRule() {
        super("title-removed", Level.WARNING, "An error that had a title has none now.");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        LocalizedText was = pair.before().title();
        LocalizedText is = pair.after().title();
        // Null: a title the baseline's file could not give, whose defect is listed on its own.
        if (was != null && !was.isEmpty() && is != null && is.isEmpty()) {
            String before = was.get(comparison.before().defaultLocale());
            out.accept(finding(pair.after().location(), pair, pair.after().name() + " had the title \"" + before
                    + "\" in " + comparison.baselineLabel() + " and has none now: title() returns null and a problem body has no title member",
                    before, null));
        }
    }
}
