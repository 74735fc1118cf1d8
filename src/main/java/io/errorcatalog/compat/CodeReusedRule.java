package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;

/**
 * A code that named one error in a release and names another now: clients decode it as the old error.
 * Codes of errors that are gone altogether (dropped tombstones) stay taken, as protobuf's {@code reserved}.
 */
final class CodeReusedRule extends CompatRule {

    CodeReusedRule() {
        super("code-reused", Level.BREAKING, "An error has a code that another error had in the baseline, or that"
                + " an error had before its tombstone was dropped: clients take it for the old error.");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        if (comparison.after() == null) {
            return;
        }
        for (ErrorEntry after : comparison.after().errors()) {
            String code = after.code().value();
            if (code == null) {
                continue;
            }
            ErrorEntry before = comparison.beforeWithCode(code);
            String retired = comparison.history().retiredCodes().get(code);
            String owner = null;
            if (before != null && comparison.successor(before) != after) {
                owner = before.name() + " in " + comparison.baselineLabel() + " (" + before.code().location() + ")";
            } else if (before == null && retired != null && !retired.equals(after.name())) {
                owner = retired + ", whose tombstone was dropped before " + comparison.baselineLabel();
            }
            if (owner != null) {
                out.accept(finding(after.code().location(), after, after.name(), "the code " + Texts.code(code)
                        + " of " + after.name() + " was the code of " + owner + ": clients that decode it take it"
                        + " for that error; give " + after.name() + " a code of its own", owner, after.name()));
            }
        }
    }
}
