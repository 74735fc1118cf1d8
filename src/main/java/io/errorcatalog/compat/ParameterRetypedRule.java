package io.errorcatalog.compat;

import java.util.function.Consumer;

/** A parameter of another type: the factory's signature changes, and callers no longer compile. */
final class ParameterRetypedRule extends ParameterRule {

    ParameterRetypedRule() {
        super("parameter-retyped", Level.BREAKING, "A parameter of an error's message has another type, so its"
                + " factory's signature changes.");
    }

    @Override
    void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        for (ParameterChanges.Change retyped : changes.retyped) {
            out.accept(finding(retyped.now().location(), pair, "the parameter '"
                    + retyped.now().name() + "' of " + pair.after().name() + " was a " + retyped.before().type().keyword()
                    + " in " + comparison.baselineLabel() + " and is a " + retyped.now().type().keyword()
                    + " now: its factory's parameters are " + ParameterChanges.signature(pair.after())
                    + ", so callers no longer compile", retyped.before().type().keyword(), retyped.now().type().keyword()));
        }
    }
}
