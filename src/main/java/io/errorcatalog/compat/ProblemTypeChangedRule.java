package io.errorcatalog.compat;

import java.util.Objects;
import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.WireFormat;

/** A problem type (RFC 9457) that changed: clients that match on {@code type} see another problem. */
final class ProblemTypeChangedRule extends PairRule {

    ProblemTypeChangedRule() {
        super("problem-type-changed", Level.BREAKING, "An error that travels as a problem has another problem"
                + " `type` (its own, or the `typeBase` plus its code).");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        if (!isProblem(pair.before()) || !isProblem(pair.after())) {
            return; // a change of shape is wire-changed's
        }
        String before = type(pair.before());
        String now = type(pair.after());
        if (!Objects.equals(before, now)) {
            out.accept(finding(pair.after().wire().location(), pair, "the problem type of "
                    + pair.after().name() + " was " + shown(before) + " in " + comparison.baselineLabel() + " and is "
                    + shown(now) + " now: clients that match on the type see another problem", shown(before),
                    shown(now)));
        }
    }

    private static boolean isProblem(ErrorEntry error) {
        return error.wire() != null && error.wire().shape() == WireFormat.Shape.PROBLEM;
    }

    /** The type URI the body carries, as the runtime's ProblemShape makes it; null for none ({@code about:blank}). */
    private static String type(ErrorEntry error) {
        WireFormat wire = error.wire();
        if (wire.type() != null) {
            return wire.type();
        }
        return wire.typeBase() == null || error.code().value() == null ? null : wire.typeBase() + error.code().value();
    }

    private static String shown(String type) {
        return type == null ? "none (about:blank)" : type;
    }
}
