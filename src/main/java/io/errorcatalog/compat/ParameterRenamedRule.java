package io.errorcatalog.compat;

import java.util.function.Consumer;

/** A parameter under a new name at the same place: texts and overridden bundles that use the old one break. */
final class ParameterRenamedRule extends ParameterRule {

    ParameterRenamedRule() {
        super("parameter-renamed", Level.BREAKING, "A parameter of an error's message has a new name at the same"
                + " place.");
    }

    @Override
    void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        for (ParameterChanges.Change renamed : changes.renamed) {
            out.accept(finding(renamed.now().location(), pair, "the parameter '"
                    + renamed.now().name() + "' of " + pair.after().name() + " was '" + renamed.before().name()
                    + "' in " + comparison.baselineLabel() + ": translations and messages that use {"
                    + renamed.before().name() + "} no longer match; keep the name", renamed.before().name(),
                    renamed.now().name()));
        }
    }
}
