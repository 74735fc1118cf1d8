package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;

/**
 * A code of the baseline that decodes to nothing now, and a constant that is gone: an error deleted
 * instead of kept as a tombstone, an error whose code changed, a catalog that is gone.
 */
final class CodeRemovedRule extends CompatRule {

    CodeRemovedRule() {
        super("code-removed", Level.BREAKING, "An error of the baseline is gone without a tombstone, or its code"
                + " changed and the old one is no alias, so clients that decode its code get `UNKNOWN` and code"
                + " that names its constant no longer compiles.");
    }

    @Override
    void check(CatalogComparison comparison, Consumer<Finding> out) {
        if (comparison.before() == null) {
            return;
        }
        if (comparison.after() == null) {
            out.accept(finding(SourceLocation.ofFile(comparison.before().file()), null,
                    comparison.before().id().value(), "the catalog '" + comparison.before().id().value() + "' ("
                            + comparison.before().file() + " in " + comparison.baselineLabel() + ", "
                            + comparison.before().errors().size() + " error(s)) is gone; keep it, with tombstones for"
                            + " the errors the API no longer sends", comparison.before().file(), null));
            return;
        }
        for (ErrorEntry before : comparison.before().errors()) {
            ErrorEntry after = comparison.successor(before);
            String code = before.code().value();
            if (after == null && before.removed() == null) {
                out.accept(finding(comparison.errorsLocation(), null, before.name(), "the error " + Texts.error(before)
                        + " of " + comparison.baselineLabel() + " (" + before.location() + ") is removed without a"
                        + " tombstone: clients that decode " + Texts.code(code) + " get UNKNOWN, and code that names "
                        + before.name() + " no longer compiles; keep it and add removed: {version: ..., reason: ...}",
                        code, null));
            } else if (after != null && after.removed() == null && code != null
                    && !code.equals(after.code().value()) && comparison.afterWithCode(code) == null) {
                out.accept(finding(after.code().location(), after, after.name(), "the code of " + after.name()
                        + " was " + Texts.code(code) + " in " + comparison.baselineLabel() + " and is "
                        + Texts.code(after.code().value()) + " now: clients that decode " + Texts.code(code)
                        + " get UNKNOWN; keep the old code among its aliases (aliases: [" + code + "]), or keep the"
                        + " error as a tombstone and add this one as a new error", code, after.code().value()));
            }
        }
    }
}
