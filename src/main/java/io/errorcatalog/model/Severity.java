package io.errorcatalog.model;

/** How bad an error is, in the terms API documents use. */
public enum Severity {
    /** Halts the request; it fails. */
    FATAL("fatal"),
    /** The request goes on, but part of it was not processed. */
    NON_FATAL("non-fatal"),
    /** Informative: the request succeeded, perhaps only in part. */
    WARNING("warning");

    private final String keyword;

    Severity(String keyword) {
        this.keyword = keyword;
    }

    /** The word a catalog uses for this value. */
    public String keyword() {
        return keyword;
    }
}
