package io.errorcatalog.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;
import io.errorcatalog.model.WireFormat;

/**
 * Wire formats write a body a client can read back: code and message in two members, and problem
 * types that are URIs and tell the errors apart.
 */
final class WireRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        Map<String, ErrorEntry> byOwnType = new HashMap<>();
        // By identity, as the loader makes one wire per place it is written (the catalog's, shared by its errors,
        // and each error's own), so identity is equality here; a record's hash would read all its settings.
        Set<WireFormat> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ErrorEntry error : catalog.errors()) {
            WireFormat wire = error.wire();
            if (wire == null) {
                continue;
            }
            boolean first = checked.add(wire);
            if (first && wire.shape() == WireFormat.Shape.CODE_MESSAGE
                    && wire.messageField().equals(wire.codeField())) {
                out.accept(new Diagnostic(wire.location(), Tag.WIRE_MEMBERS_CLASH, "'codeField' and 'messageField'"
                        + " are both '" + wire.codeField() + "'; the message would overwrite the code: name two"
                        + " members"));
            }
            for (Map.Entry<String, String> onOff : WireFormat.SWITCHES) {
                String value = wire.setting(onOff.getKey());
                if (first && value != null && !value.equals("true") && !value.equals("false")) {
                    out.accept(new Diagnostic(wire.location(), Tag.INVALID_VALUE, "'" + onOff.getKey() + "' of the"
                            + " wire of " + error.name() + " is '" + value + "'; write true (" + onOff.getValue()
                            + ") or false"));
                }
            }
            if (wire.shape() != WireFormat.Shape.PROBLEM) {
                continue;
            }
            if (wire.type() != null) {
                checkUri(wire.type(), wire.location(), "the problem type of " + error.name(), out);
                ErrorEntry sameType = byOwnType.putIfAbsent(wire.type(), error);
                if (sameType != null) {
                    out.accept(new Diagnostic(error.location(), Tag.DUPLICATE_PROBLEM_TYPE, error.name() + " has"
                            + " the problem type " + wire.type() + " of " + sameType.name() + " at "
                            + sameType.location() + "; a client could not tell them apart: give each its own type"));
                }
            } else if (wire.typeBase() != null && error.code().value() != null) {
                checkUri(wire.typeBase() + error.code().value(), error.code().location(),
                        "the problem type of " + error.name() + " ('typeBase' and its code)", out);
            }
        }
    }

    private static void checkUri(String uri, SourceLocation at, String what, Consumer<Diagnostic> out) {
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            out.accept(new Diagnostic(at, Tag.INVALID_URL, what + ", " + uri + ", is no URI: " + e.getReason()
                    + "; make it one (a code with spaces needs 'type' of its own)"));
        }
    }
}
