package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;

/**
 * A tombstone deleted before enough releases shipped it: clients compiled against its deprecated constant
 * had no time to stop naming it. Its code stays taken either way (see {@link CodeReusedRule}).
 */
final class TombstoneDroppedEarlyRule extends KeptCatalogRule {

    TombstoneDroppedEarlyRule() {
        super("tombstone-dropped-early", Level.BREAKING, "A tombstone is deleted before as many releases as"
                + " `keepTombstones` says (2 by default) have shipped it.");
    }

    @Override
    void checkKept(CatalogComparison comparison, Consumer<Finding> out) {
        for (ErrorEntry before : comparison.before().errors()) {
            if (before.removed() != null && comparison.successor(before) == null) {
                int shipped = comparison.history().tombstoneReleases().getOrDefault(before.name(), 1);
                if (shipped < comparison.keepTombstones()) {
                    out.accept(finding(comparison.errorsLocation(), null, before.name(), "the tombstone of "
                            + Texts.error(before) + " (removed in " + before.removed().version().value() + ") is"
                            + " dropped after " + shipped + " release(s), " + comparison.baselineLabel()
                            + " the last: keep it until " + comparison.keepTombstones() + " releases have shipped it,"
                            + " so that clients can stop naming " + before.name(), Integer.toString(shipped), null));
                }
            }
        }
    }
}
