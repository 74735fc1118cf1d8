package io.errorcatalog.compat;

import java.util.function.Consumer;

/** Parameters in another order: callers pass their arguments to the wrong ones, or no longer compile. */
final class ParametersReorderedRule extends ParameterRule {

    ParametersReorderedRule() {
        super("parameters-reordered", Level.BREAKING, "An error's parameters are in another order, so its factory"
                + " takes its arguments in another order.");
    }

    @Override
    void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        ParameterChanges.Change moved = changes.reordered;
        if (moved != null) {
            out.accept(finding(moved.now().location(), pair, "the factory parameters"
                    + " of " + pair.after().name() + " were " + ParameterChanges.signature(pair.before()) + " in "
                    + comparison.baselineLabel() + " and are " + ParameterChanges.signature(pair.after())
                    + " now: callers pass their arguments to other parameters; keep the order and add new ones"
                    + " at the end", ParameterChanges.signature(pair.before()),
                    ParameterChanges.signature(pair.after())));
        }
    }
}
