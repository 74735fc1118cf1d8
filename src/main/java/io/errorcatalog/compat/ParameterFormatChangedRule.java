package io.errorcatalog.compat;

import java.util.function.Consumer;

/**
 * A parameter written in another {@code format}: the factory still compiles, but the formatted text changes
 * ({@code 12,345} becomes {@code 12345}), and clients or log searches that read it see other text.
 */
final class ParameterFormatChangedRule extends ParameterRule {

    ParameterFormatChangedRule() {
        super("parameter-format-changed", Level.WARNING, "A parameter of an error's message has another `format`,"
                + " so the formatted text changes.");
    }

    @Override
    void check(ParameterChanges changes, ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        for (ParameterChanges.Change reformatted : changes.reformatted) {
            String before = reformatted.before().format().keyword();
            String now = reformatted.now().format().keyword();
            out.accept(finding(reformatted.now().location(), pair, "the parameter '" + reformatted.now().name()
                    + "' of " + pair.after().name() + " had the format " + before + " in " + comparison.baselineLabel()
                    + " and has " + now + " now: the text of its message changes for the same value", before, now));
        }
    }
}
