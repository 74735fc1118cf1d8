package io.errorcatalog.compat;

import java.util.function.Consumer;

/** An error under a new constant name, known by its code: Java code that names the old constant breaks. */
final class ConstantRenamedRule extends PairRule {

    ConstantRenamedRule() {
        super("constant-renamed", Level.BREAKING, "An error has a new constant name (it keeps the code of a name"
                + " that is gone), so code that names the old constant no longer compiles.");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        if (!pair.before().name().equals(pair.after().name())) {
            out.accept(finding(pair.after().location(), pair, pair.after().name()
                    + " has the code " + Texts.code(pair.after().code().value()) + " of " + pair.before().name()
                    + " in " + comparison.baselineLabel() + ": the constant is renamed, and code that names "
                    + pair.before().name() + " no longer compiles; keep the name " + pair.before().name()
                    + " (if this is another error, give it a code of its own)", pair.before().name(),
                    pair.after().name()));
        }
    }
}
