package io.errorcatalog.runtime;

/** Whether, and when, repeating the request that failed can succeed. */
@Generated
public enum Retry {
    /** The client must change the request first. */
    NEVER,
    /** The same request may succeed after waiting a while. */
    AFTER_DELAY,
    /** The same request may succeed, but only after the time the {@code Retry-After} header gives. */
    RETRY_AFTER,
    /** The API does not say. */
    UNSPECIFIED;

    /**
     * Whether the same request can succeed later.
     *
     * @return true for {@link #AFTER_DELAY} and {@link #RETRY_AFTER}
     */
    public boolean isRetryable() {
        return this == AFTER_DELAY || this == RETRY_AFTER;
    }
}
