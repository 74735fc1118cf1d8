package io.errorcatalog.runtime;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a response said about one error. Exceptions made from responses keep it; read it through
 * {@link CatalogException}.
 */
@Generated
public final class Received implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The text the response gave, or null. */
    final String message;
    /** The code or problem type as sent, or null. */
    final String code;
    /** The parsed body as text, cut where long, or null. */
    final String body;
    /** The Retry-After header, or null. */
    final String retryAfter;
    /** The HTTP status of the response (or of the error's own member), or 0. */
    final int status;
    /** Whether the code or type named the error, rather than the status only. */
    final boolean exact;
    /** The title the response gave, or null. */
    final String title;
    /**
     * The members the response gave beyond its shape's own, in its order; not serialized, as their values
     * need not be.
     */
    final transient Map<String, Object> extensions;
    /** The wait the body itself gave (AIP-193's RetryInfo, a problem's member), or null. */
    final Duration retryDelay;
    /** Whether the body said a retry can succeed (a problem's retryable, a RetryInfo); UNSPECIFIED where not. */
    final Retry retry;
    /**
     * The errors the body gave as the error's details (the Microsoft guidelines' {@code details}), unwrapped
     * and as sent; not serialized, as their values need not be.
     */
    final transient List<Map<String, ?>> details;

    Received(String message, String code, String body, String retryAfter, int status, boolean exact, String title,
            Map<String, Object> extensions, Duration retryDelay, Retry retry, List<Map<String, ?>> details) {
        this.message = message;
        this.code = code;
        this.body = body;
        this.retryAfter = retryAfter;
        this.status = status;
        this.exact = exact;
        this.title = title;
        this.extensions = extensions;
        this.retryDelay = retryDelay;
        this.retry = retry;
        this.details = details;
    }
}
