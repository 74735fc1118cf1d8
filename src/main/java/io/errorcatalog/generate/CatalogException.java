package io.errorcatalog.generate;

import java.util.List;
import java.util.stream.Collectors;

import io.errorcatalog.model.Diagnostic;

/** The catalogs have problems their author must fix; nothing was written. */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public CatalogException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s) in the error catalogs:\n" + diagnostics.stream()
                .map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
