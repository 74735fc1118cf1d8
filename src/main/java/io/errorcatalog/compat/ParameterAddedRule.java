package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.Parameter;

/** A parameter added to an existing message: its factory takes one argument more, and translations lack it. */
final class ParameterAddedRule extends ParameterRule {

    ParameterAddedRule() {
        super("parameter-added", Level.WARNING, "An existing error's message has a new parameter: its factory takes"
                + " one argument more.");
    }

    @Override
    void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        for (Parameter added : changes.added) {
            out.accept(finding(added.location(), pair, "the parameter '" + added.name()
                    + "' of " + pair.after().name() + " is new: its factory's parameters were "
                    + ParameterChanges.signature(pair.before()) + " in " + comparison.baselineLabel() + " and are "
                    + ParameterChanges.signature(pair.after()) + " now, so callers no longer compile, and translations"
                    + " need it", null,
                    added.type().keyword() + " " + added.name()));
        }
    }
}
