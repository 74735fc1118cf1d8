package io.errorcatalog.compat;

import java.util.function.Consumer;

/**
 * A severity made less severe (fatal, then non-fatal, then warning): a client that stops on a fatal error
 * carries on, and decoding by status no longer takes it for a failure.
 */
final class SeverityLoweredRule extends PairRule {

    SeverityLoweredRule() {
        super("severity-lowered", Level.BREAKING, "An error's severity is less severe (`fatal`, then `non-fatal`,"
                + " then `warning`).");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        // Severity lists its values from the most severe down.
        if (pair.after().severity().ordinal() > pair.before().severity().ordinal()) {
            out.accept(finding(pair.after().location(), pair, "the severity of "
                    + pair.after().name() + " was " + pair.before().severity().keyword() + " in "
                    + comparison.baselineLabel() + " and is " + pair.after().severity().keyword()
                    + " now: clients that stop on it carry on", pair.before().severity().keyword(),
                    pair.after().severity().keyword()));
        }
    }
}
