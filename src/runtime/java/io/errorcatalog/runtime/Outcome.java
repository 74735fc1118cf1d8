package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What one response said, errors and warnings: a partly successful response, an {@code errors} array, or
 * a single error.
 *
 * @param <X> the exception type of the catalog, or of several
 */
@Generated
public final class Outcome<X extends CatalogException> {

    /** Reads the errors of one catalog, or of several, from a body. */
    interface Reader<X> {

        /** Whether a body names one error itself (a code, a type), rather than listing several. */
        boolean namesAnError(Map<String, ?> body);

        /** One error of the body: the body itself, or an item of one of its arrays. */
        X read(int status, Map<String, ?> item, String rawBody);
    }

    private final List<X> errors;
    private final List<X> warnings;
    private final int httpStatus;

    private Outcome(List<X> errors, List<X> warnings, int httpStatus) {
        this.errors = Collections.unmodifiableList(errors);
        this.warnings = Collections.unmodifiableList(warnings);
        this.httpStatus = httpStatus;
    }

    /** Reads a response: the items of its arrays, or where it names an error itself or has none, the body. */
    static <X extends CatalogException> Outcome<X> read(Reader<X> reader, int httpStatus, Map<String, ?> body) {
        String rawBody = Bodies.rawText(body);
        List<X> errors = new ArrayList<>();
        List<X> warnings = new ArrayList<>();
        // A body that names an error itself is that one error, whatever arrays it carries as members.
        if (body != null && !reader.namesAnError(body)) {
            for (Map<String, ?> item : Bodies.items(body, "errors")) {
                errors.add(reader.read(Bodies.status(item, httpStatus), item, rawBody));
            }
            for (Map<String, ?> item : Bodies.items(body, "warnings")) {
                warnings.add(reader.read(Bodies.status(item, httpStatus), item, rawBody));
            }
        }
        if (errors.isEmpty() && warnings.isEmpty()) {
            errors.add(reader.read(Bodies.status(body, httpStatus), body, rawBody));
        }
        return new Outcome<>(errors, warnings, httpStatus);
    }

    /**
     * Everything the response said.
     *
     * @return its errors, then its warnings; never empty
     */
    public List<X> all() {
        List<X> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return Collections.unmodifiableList(all);
    }

    /**
     * The errors, fatal or not.
     *
     * @return those the response gave as errors
     */
    public List<X> errors() {
        return errors;
    }

    /**
     * The warnings.
     *
     * @return those the response gave as warnings, known to the catalog or not
     */
    public List<X> warnings() {
        return warnings;
    }

    /**
     * Whether the request failed.
     *
     * @return true for a response whose status says so (4xx, 5xx), and for one with a fatal error that
     *     the catalog knows
     */
    public boolean anyFatal() {
        if (httpStatus >= 400) {
            return true;
        }
        for (X each : errors) {
            if (fatal(each)) {
                return true;
            }
        }
        return false;
    }

    private boolean fatal(X error) {
        if (httpStatus >= 400) {
            return true;
        }
        CatalogError known = error.getError();
        CatalogError unknown = known.catalog().unknown();
        return !known.equals(unknown) && known.severity() == Severity.FATAL;
    }

    /**
     * Everything as one exception to throw: the first fatal error (else the first of all), the others
     * suppressed in it.
     *
     * @return the exception that carries them all
     */
    public X toException() {
        List<X> all = all();
        // By position: all() starts with the errors, and one exception must not suppress itself.
        int first = 0;
        while (first < errors.size() && !fatal(errors.get(first))) {
            first++;
        }
        if (first == errors.size()) {
            first = 0;
        }
        X exception = all.get(first);
        for (int i = 0; i < all.size(); i++) {
            if (i != first) {
                exception.addSuppressed(all.get(i));
            }
        }
        return exception;
    }
}
