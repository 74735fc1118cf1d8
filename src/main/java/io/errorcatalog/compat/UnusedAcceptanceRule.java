package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.Acceptance;

/**
 * An {@code accept} entry that accepted no change: left over from the release that shipped the change, it
 * would silently accept the next change of its kind. It runs after every other rule (it is the last of
 * {@link CompatRules#ALL}), when every acceptance that accepted something is known.
 */
final class UnusedAcceptanceRule extends CompatRule {

    UnusedAcceptanceRule() {
        super("unused-acceptance", Level.WARNING, "An `accept` entry accepts no change against the baseline (after"
                + " the release that shipped the change, it would accept the next one).");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        for (Acceptance acceptance : comparison.unusedAcceptances()) {
            out.accept(finding(acceptance.location(), null, acceptance.rule(), "this accepts a change '"
                    + acceptance.rule() + "' that there is none of against " + comparison.baselineLabel()
                    + "; remove it (it would accept the next such change unseen)", null, acceptance.rule()));
        }
    }
}
