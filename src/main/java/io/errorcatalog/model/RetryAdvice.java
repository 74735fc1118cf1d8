package io.errorcatalog.model;

/** Whether, and when, repeating the request that failed can succeed. */
public enum RetryAdvice {
    /** The client must change the request first. */
    NEVER("never"),
    /** The same request may succeed after waiting a while. */
    AFTER_DELAY("after-delay"),
    /** The same request may succeed, but only after the time the {@code Retry-After} header gives. */
    RETRY_AFTER("retry-after"),
    /** The API does not say. */
    UNSPECIFIED("unspecified");

    private final String keyword;

    RetryAdvice(String keyword) {
        this.keyword = keyword;
    }

    /** The word a catalog uses for this value. */
    public String keyword() {
        return keyword;
    }
}
