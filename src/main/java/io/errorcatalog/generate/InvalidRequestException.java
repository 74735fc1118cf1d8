package io.errorcatalog.generate;

/** The request itself is wrong (a glob pattern, the template directory): the user's build configuration. */
public final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
