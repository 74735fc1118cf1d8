package io.errorcatalog.compat;

import java.util.function.Consumer;

/**
 * A rule about a catalog that is in the baseline and still here: a new catalog has no earlier state to
 * compare, and a gone one is {@link CodeRemovedRule}'s.
 */
abstract class KeptCatalogRule extends CompatRule {

    KeptCatalogRule(String id, Level defaultLevel, String meaning) {
        super(id, defaultLevel, meaning);
    }

    /** Reports what changed between {@code comparison.before()} and {@code comparison.after()}, both there. */
    abstract void checkKept(CatalogComparison comparison, Consumer<Finding> out);

    @Override
    final void check(CatalogComparison comparison, Consumer<Finding> out) {
        if (comparison.before() != null && comparison.after() != null) {
            checkKept(comparison, out);
        }
    }
}
