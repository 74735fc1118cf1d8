package io.errorcatalog.compat;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.WireFormat;

/**
 * A body of another shape, or with its code or message in other members: clients that read the old body
 * find nothing. Reported once for the catalog's {@code wire}, and for each error whose own {@code wire}
 * changed otherwise.
 */
final class WireChangedRule extends KeptCatalogRule {

    WireChangedRule() {
        super("wire-changed", Level.BREAKING, "Errors travel in a body of another shape (`format`), or with their"
                + " code or message in other members (a catalog's `wire`, or an error's own).");
    }

    @Override
    void checkKept(CatalogComparison comparison, Consumer<Finding> out) {
        List<Object> catalogBefore = key(comparison.before().wire());
        List<Object> catalogNow = key(comparison.after().wire());
        if (!Objects.equals(catalogBefore, catalogNow)) {
            WireFormat now = comparison.after().wire();
            out.accept(finding(now == null ? SourceLocation.ofFile(comparison.after().file()) : now.location(), null,
                    comparison.after().id().value(), "the wire format of the catalog '"
                            + comparison.after().id().value() + "' was " + shown(comparison.before().wire()) + " in "
                            + comparison.baselineLabel() + " and is " + shown(now) + " now: clients that read the old"
                            + " bodies find nothing", shown(comparison.before().wire()), shown(now)));
        }
        for (ErrorPair pair : comparison.pairs()) {
            ErrorEntry after = pair.after();
            List<Object> before = key(pair.before().wire());
            List<Object> now = key(after.wire());
            // An error that follows its catalog's wire on both sides changed with the catalog, reported above.
            boolean followsCatalog = Objects.equals(before, catalogBefore) && Objects.equals(now, catalogNow);
            if (pair.live() && !Objects.equals(before, now) && !followsCatalog) {
                out.accept(finding(after.wire() == null ? after.location() : after.wire().location(), after,
                        after.name(), "the wire format of " + after.name() + " was " + shown(pair.before().wire())
                                + " in " + comparison.baselineLabel() + " and is " + shown(after.wire())
                                + " now: clients that read the old body find nothing", shown(pair.before().wire()),
                        shown(after.wire())));
            }
        }
    }

    private static List<Object> key(WireFormat wire) {
        return wire == null ? null : wire.catalogWideKey();
    }

    /** {@code code-message (codeField error_code, messageField message)}, or {@code none}. */
    private static String shown(WireFormat wire) {
        if (wire == null) {
            return "none";
        }
        // An unset setting without a default (parameters, say) says nothing; codeField null does.
        List<String> settings = wire.shape().settings().stream()
                .filter(name -> wire.setting(name) != null || wire.shape().defaultOf(name) != null)
                .map(name -> name + " " + wire.setting(name)).toList();
        return wire.shape().keyword() + (settings.isEmpty() ? "" : " (" + String.join(", ", settings) + ")");
    }
}
