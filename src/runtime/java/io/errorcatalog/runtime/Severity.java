package io.errorcatalog.runtime;

/** How bad an error is. */
@Generated
public enum Severity {
    /** Halts the request: it fails. */
    FATAL,
    /** The request goes on, but part of it was not processed. */
    NON_FATAL,
    /** Informative: the request succeeded, perhaps only in part. */
    WARNING
}
