package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several catalogs as one: lookups and decoding across them, for a client of several APIs or of one API
 * whose catalog is split over several files. Where two catalogs know the same code, the one given first
 * answers.
 */
@Generated
public final class ErrorCatalogs {

    private final List<ErrorCatalog<?, ?>> catalogs;

    private ErrorCatalogs(ErrorCatalog<?, ?>[] catalogs) {
        this.catalogs = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(catalogs)));
    }

    /**
     * Joins catalogs.
     *
     * @param catalogs the catalogs, in the order they answer; at least one
     * @return them as one
     * @throws IllegalArgumentException if none is given
     */
    public static ErrorCatalogs of(ErrorCatalog<?, ?>... catalogs) {
        if (catalogs.length == 0) {
            throw new IllegalArgumentException("join at least one catalog");
        }
        return new ErrorCatalogs(catalogs);
    }

    /**
     * The catalogs.
     *
     * @return them, in the order they answer
     */
    public List<ErrorCatalog<?, ?>> catalogs() {
        return catalogs;
    }

    /**
     * Every error of every catalog.
     *
     * @return them catalog by catalog, in catalog order
     */
    public List<CatalogError> errors() {
        List<CatalogError> errors = new ArrayList<>();
        for (ErrorCatalog<?, ?> catalog : catalogs) {
            errors.addAll(catalog.errors());
        }
        return Collections.unmodifiableList(errors);
    }

    /**
     * Finds an error by its wire code.
     *
     * @param code the code as the API sends it
     * @return the error of the first catalog that knows the code, or empty
     */
    public Optional<CatalogError> byCode(String code) {
        for (ErrorCatalog<?, ?> catalog : catalogs) {
            Optional<? extends CatalogError> found = catalog.byCode(code);
            if (found.isPresent()) {
                return Optional.<CatalogError>of(found.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads an error response as {@link ErrorCatalog#decode} does, in every catalog: the first that knows
     * the body's code (or problem type) answers; else the first with an error of the status; else the
     * first catalog's {@code UNKNOWN}.
     *
     * @param httpStatus the response's status
     * @param body the parsed body, or {@code null}
     * @param retryAfter the response's {@code Retry-After} header, or {@code null}
     * @return the exception, never {@code null}
     */
    public CatalogException decode(int httpStatus, Map<String, ?> body, String retryAfter) {
        return decodeAll(httpStatus, body, retryAfter).all().get(0);
    }

    /**
     * Reads a response that may carry several errors, each as {@link #decode} reads one.
     *
     * @param httpStatus the response's status
     * @param body the parsed body, or {@code null}
     * @param retryAfter the response's {@code Retry-After} header, or {@code null}
     * @return what the body says
     */
    public Outcome<CatalogException> decodeAll(int httpStatus, Map<String, ?> body, String retryAfter) {
        return Outcome.read(new Outcome.Reader<CatalogException>() {
            @Override
            public boolean namesAnError(Map<String, ?> item) {
                for (ErrorCatalog<?, ?> catalog : catalogs) {
                    if (catalog.namesAnError(item)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public CatalogException read(int status, Map<String, ?> item, String rawBody) {
                for (ErrorCatalog<?, ?> catalog : catalogs) {
                    CatalogException found = exact(catalog, status, item, rawBody, retryAfter);
                    if (found != null) {
                        return found;
                    }
                }
                for (ErrorCatalog<?, ?> catalog : catalogs) {
                    CatalogException found = byStatus(catalog, status, item, rawBody, retryAfter);
                    if (found != null) {
                        return found;
                    }
                }
                return unknown(catalogs.get(0), status, item, rawBody, retryAfter);
            }
        }, httpStatus, body);
    }

    private static <E extends CatalogError, X extends CatalogException> X exact(ErrorCatalog<E, X> catalog,
            int status, Map<String, ?> item, String rawBody, String retryAfter) {
        E found = catalog.find(item);
        return found == null ? null : catalog.received(found, true, status, item, rawBody, retryAfter);
    }

    private static <E extends CatalogError, X extends CatalogException> X byStatus(
            ErrorCatalog<E, X> catalog, int status, Map<String, ?> item, String rawBody, String retryAfter) {
        E found = catalog.byStatus(status);
        return found == null ? null : catalog.received(found, false, status, item, rawBody, retryAfter);
    }

    private static <E extends CatalogError, X extends CatalogException> X unknown(
            ErrorCatalog<E, X> catalog, int status, Map<String, ?> item, String rawBody, String retryAfter) {
        return catalog.received(catalog.unknown(), false, status, item, rawBody, retryAfter);
    }
}
