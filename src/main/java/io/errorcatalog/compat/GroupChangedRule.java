package io.errorcatalog.compat;

import java.util.Objects;
import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;

/**
 * An error in another exception group: it is thrown as another exception class, so a {@code catch} of its
 * old group's class misses it; in a catalog split into an enum per group its constant moves to another enum,
 * so switches over the old one miss it and code that names it there no longer compiles.
 */
final class GroupChangedRule extends PairRule {

    GroupChangedRule() {
        super("group-changed", Level.BREAKING, "An error is in another exception group (`group`), so it is thrown"
                + " as another exception class, and `catch` blocks and switches over its old group miss it.");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        String before = group(pair.before());
        String now = group(pair.after());
        if (!Objects.equals(before, now)) {
            SourceLocation at = now == null ? pair.after().location() : pair.after().group().location();
            out.accept(finding(at, pair, pair.after().name() + " was in " + named(before) + " in "
                    + comparison.baselineLabel() + " and is in " + named(now) + " now: it is thrown as another"
                    + " exception class, so catch blocks and switches over its old group miss it", before, now));
        }
    }

    /** The group's id, or null for the catalog's base exception. */
    private static String group(ErrorEntry error) {
        return error.group() == null ? null : error.group().value();
    }

    private static String named(String group) {
        return group == null ? "no group (the catalog's base exception)" : "the group '" + group + "'";
    }
}
