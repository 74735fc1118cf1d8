package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.Parameter;

/** A parameter that is gone: the factory takes one argument less, and callers no longer compile. */
final class ParameterRemovedRule extends ParameterRule {

    ParameterRemovedRule() {
        super("parameter-removed", Level.BREAKING, "A parameter of an error's message is gone, so its factory's"
                + " signature changes.");
    }

    @Override
    void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        for (Parameter removed : changes.removed) {
            out.accept(finding(pair.after().location(), pair, "the parameter '"
                    + removed.name() + "' of " + pair.after().name() + " is gone: its factory's parameters were "
                    + ParameterChanges.signature(pair.before()) + " in " + comparison.baselineLabel() + " and are "
                    + ParameterChanges.signature(pair.after()) + " now, so callers no longer compile",
                    removed.type().keyword() + " " + removed.name(), null));
        }
    }
}
