package io.errorcatalog.compat;

import java.util.function.Consumer;

/**
 * A rule about the facts of one error that clients still get: compared where neither the baseline's
 * error nor the current one is a tombstone (a tombstone's facts no longer reach anyone).
 */
abstract class PairRule extends CompatRule {

    PairRule(String id, Level defaultLevel, String meaning) {
        super(id, defaultLevel, meaning);
    }

    /** Reports what changed between {@code pair.before()} and {@code pair.after()}. */
    abstract void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out);

    @Override
    final void check(CatalogComparison comparison, Consumer<Finding> out) {
        for (ErrorPair pair : comparison.pairs()) {
            if (pair.live()) {
                check(pair, comparison, out);
            }
        }
    }
}
