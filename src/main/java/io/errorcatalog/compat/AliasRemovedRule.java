package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.Located;

/**
 * An alias of the baseline that decodes to nothing now: clients that still send or receive the old code get
 * {@code UNKNOWN}. An alias that became the error's code, or another error's, is no removal (the latter is
 * {@link CodeReusedRule}'s).
 */
final class AliasRemovedRule extends CompatRule {

    AliasRemovedRule() {
        super("alias-removed", Level.BREAKING, "An alias of an error (`aliases`) decodes to no error any more.");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        for (ErrorPair pair : comparison.pairs()) {
            for (Located<String> alias : pair.before().aliases()) {
                if (comparison.afterWithCode(alias.value()) == null) {
                    out.accept(finding(pair.after().location(), pair, "the alias " + Texts.code(alias.value()) + " of "
                            + pair.after().name() + " in " + comparison.baselineLabel() + " is gone: clients that decode"
                            + " it get UNKNOWN; keep it in 'aliases'", alias.value(), null));
                }
            }
        }
    }
}
