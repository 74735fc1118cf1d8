package io.errorcatalog.validate;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.Tag;
import io.errorcatalog.model.WireFormat;
import io.errorcatalog.runtime.ShapeMembers;
import io.errorcatalog.runtime.WireShape;

/**
 * A parameter that travels as a member of its error's bodies does not take the place of a member the wire
 * shape uses itself: a problem's {@code status} argument would overwrite its HTTP status, and a client would
 * read the one as the other. The runtime's shape says which members it uses.
 */
final class ParameterClashRule implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        // One shape per wire, not per error; by identity, as the loader makes one wire per place it is written
        // (the catalog's, shared by its errors, and each error's own), and a record's hash reads all its settings.
        Map<WireFormat, WireShape> shapes = new IdentityHashMap<>();
        for (ErrorEntry error : catalog.errors()) {
            if (error.wire() == null || error.params().isEmpty()) {
                continue;
            }
            WireShape shape = shapes.computeIfAbsent(error.wire(), WireFormat::runtimeShape);
            for (Parameter param : error.params()) {
                // A sensitive parameter is never sent, so it cannot clash.
                if (!param.sensitive() && ShapeMembers.parameterClashes(shape, param.name())) {
                    out.accept(new Diagnostic(param.location(), Tag.PARAMETER_CLASHES_MEMBER, "parameter '"
                            + param.name() + "' of error " + error.name() + " would travel as the member '"
                            + param.name() + "' of its " + error.wire().shape().keyword() + " bodies, which the"
                            + " shape uses itself; rename the parameter (such as '" + param.name() + "Value')"
                            + parametersOff(error.wire())));
                }
            }
        }
    }

    /** The other way out, where the catalog chose to send parameters as members. */
    private static String parametersOff(WireFormat wire) {
        return wire.shape().takes("parameters") ? ", or send the arguments only in the text (wire: {parameters: false})"
                : "";
    }
}
