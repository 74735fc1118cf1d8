package io.errorcatalog.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;

/**
 * The catalogs have problems their author must fix; nothing was written. A run with many problems is
 * summed up (counts by tag, the first of each) and the kept ones are listed in full in a file.
 */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the run found, as it stood when it stopped: the collector itself goes on being mutable. */
    private final transient Diagnostics.Snapshot diagnostics;
    private final transient Path fullList;

    /** @param fullList the file that lists every problem kept, or null where none was written */
    public CatalogException(Diagnostics diagnostics, Path fullList) {
        this(diagnostics.snapshot(), fullList);
    }

    private CatalogException(Diagnostics.Snapshot diagnostics, Path fullList) {
        super(report(diagnostics, fullList, "", Diagnostic::toString));
        this.diagnostics = diagnostics;
        this.fullList = fullList;
    }

    /** The problems kept, sorted by place. */
    public List<Diagnostic> diagnostics() {
        return diagnostics.kept();
    }

    /**
     * The report, each problem shown as {@code shown} says (with its file resolved against the catalog
     * directory, say).
     *
     * @param scope said after "in the error catalogs", such as " under /work/shop/src/main/error-catalog"
     */
    public String report(String scope, Function<Diagnostic, String> shown) {
        return report(diagnostics, fullList, scope, shown);
    }

    private static String report(Diagnostics.Snapshot diagnostics, Path fullList, String scope,
            Function<Diagnostic, String> shown) {
        String problems = diagnostics.shown().stream().map(shown).collect(Collectors.joining("\n"));
        if (!diagnostics.summed()) {
            return diagnostics.total() + " problem(s) in the error catalogs" + scope + ":\n" + problems;
        }
        String stopped = diagnostics.full() ? " (the run stopped looking after " + Diagnostics.MOST + ")" : "";
        return String.format(java.util.Locale.ROOT, "%,d", diagnostics.total()) + " problem(s) in the error catalogs"
                + scope + stopped + "; by tag: " + diagnostics.countsLine() + "\nthe first " + Diagnostics.SHOWN_PER_TAG
                + " of each tag:\n" + problems
                + (fullList == null ? "" : "\nthe first " + Math.min(diagnostics.total(), Diagnostics.MOST)
                        + " in full: " + fullList);
    }
}
