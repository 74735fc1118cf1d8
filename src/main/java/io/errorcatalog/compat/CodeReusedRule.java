package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;

/**
 * A code (or alias) that named one error in a release and names another now: clients decode it as the old
 * error. Codes of errors that are gone altogether (dropped tombstones) stay taken, as protobuf's
 * {@code reserved}.
 */
final class CodeReusedRule extends CompatRule {

    CodeReusedRule() {
        super("code-reused", Level.BREAKING, "An error has a code or alias that another error had in the baseline,"
                + " or that an error had before its tombstone was dropped: clients take it for the old error.");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        if (comparison.after() == null) {
            return;
        }
        for (ErrorEntry after : comparison.after().errors()) {
            for (Located<String> code : CatalogComparison.codes(after)) {
                String owner = owner(comparison, after, code.value());
                if (owner != null) {
                    out.accept(finding(code.location(), after, after.name(), "the code " + Texts.code(code.value())
                            + " of " + after.name() + " was the code of " + owner + ": clients that decode it take it"
                            + " for that error; give " + after.name() + " a code of its own", owner, after.name()));
                }
            }
        }
    }

    /** The other error that {@code code} decoded to before, as reports name it; null where it was none. */
    private static String owner(CatalogComparison comparison, ErrorEntry after, String code) {
        ErrorEntry before = comparison.beforeWithCode(code);
        if (before != null) {
            return comparison.successor(before) == after ? null
                    : before.name() + " in " + comparison.baselineLabel() + " (" + before.location() + ")";
        }
        String retired = comparison.history().retiredCodes().get(code);
        return retired == null || retired.equals(after.name()) ? null
                : retired + ", whose tombstone was dropped before " + comparison.baselineLabel();
    }
}
