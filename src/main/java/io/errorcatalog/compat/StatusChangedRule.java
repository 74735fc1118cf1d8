package io.errorcatalog.compat;

import java.util.Objects;
import java.util.function.Consumer;

/** An HTTP status that changed: clients that decode by status, or branch on it, get another error. */
final class StatusChangedRule extends PairRule {

    StatusChangedRule() {
        super("status-changed", Level.BREAKING, "An error's HTTP status changed.");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        Integer before = pair.before().status().value();
        Integer now = pair.after().status().value();
        if (!Objects.equals(before, now)) {
            out.accept(finding(pair.after().status().location(), pair, "the HTTP status of "
                    + pair.after().name() + " was " + Texts.status(before) + " in " + comparison.baselineLabel()
                    + " and is " + Texts.status(now) + " now: clients that branch on it, or decode by it, see"
                    + " another error", Texts.status(before), Texts.status(now)));
        }
    }
}
