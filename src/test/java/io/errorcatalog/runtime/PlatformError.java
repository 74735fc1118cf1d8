package io.errorcatalog.runtime;

/**
 * A catalog written by hand as the plugin generates one, for the tests of the big platforms' shapes: the
 * errors of AIP-193's, Azure's and Graph's documented examples, in English with a US English text; and
 * problem details whose parameters travel as extension members, and problem details that carry retry advice.
 */
enum PlatformError implements CatalogError {
    RESOURCE_AVAILABILITY,
    PASSWORD_TOO_SHORT,
    PASSWORD_ERROR,
    BAD_REQUEST,
    FIELD_TOO_LONG,
    QUOTA_EXCEEDED,
    SLOW_DOWN,
    UNKNOWN;

    static final ErrorCatalog<PlatformError, PlatformException> CATALOG;

    static {
        RuntimeVersion.check(RuntimeVersion.MAJOR, RuntimeVersion.MINOR, PlatformError.class);
        ErrorCatalog.Builder<PlatformError, PlatformException> facts = ErrorCatalog.builder(PlatformError.class,
                PlatformError.values(), "io.errorcatalog.runtime.PlatformMessages", PlatformException::new);
        facts.locales("en", "en-US");
        facts.wires(new GoogleRpcShape("compute.googleapis.com", "Additional information on this error"),
                new MicrosoftShape("target"), new ProblemShape("https://platform.example/errors/", "true"),
                new ProblemShape("https://platform.example/retry/", null, "true"));
        facts.error(RESOURCE_AVAILABILITY, "RESOURCE_AVAILABILITY", 429, Severity.FATAL, Retry.AFTER_DELAY, -1, 4,
                "https://cloud.google.com/compute/docs/resource-error", 0, null, GrpcStatus.RESOURCE_EXHAUSTED);
        facts.parameters(RESOURCE_AVAILABILITY, "zone:string", "vmType:string", "attachment:string",
                "zonesWithCapacity:string");
        facts.error(PASSWORD_TOO_SHORT, "PasswordTooShort", 400, Severity.FATAL, Retry.NEVER, -1, 2, null, 1,
                "InvalidPasswordFormat");
        facts.parameters(PASSWORD_TOO_SHORT, "target:string", "minLength:int");
        facts.error(PASSWORD_ERROR, "passwordError", 401, Severity.FATAL, Retry.NEVER, -1, 1, null, 1, "unauthorized");
        facts.parameters(PASSWORD_ERROR, "target:string");
        facts.error(BAD_REQUEST, "badRequest", 400, Severity.FATAL, Retry.NEVER, -1, 1, null, 1, null);
        facts.parameters(BAD_REQUEST, "target:string");
        facts.error(FIELD_TOO_LONG, "field_too_long", 422, Severity.FATAL, Retry.NEVER, -1, 3, null, 2, null);
        facts.parameters(FIELD_TOO_LONG, "field:string", "max:int", "strict:boolean");
        facts.error(QUOTA_EXCEEDED, "quota_exceeded", 429, Severity.FATAL, Retry.AFTER_DELAY, -1, 0, null, 2, null);
        facts.error(SLOW_DOWN, "slow_down", 429, Severity.FATAL, Retry.AFTER_DELAY, -1, 0, null, 3, null);
        facts.unknown(UNKNOWN, 0);
        CATALOG = facts.build();
    }

    @Override
    public ErrorCatalog<PlatformError, PlatformException> catalog() {
        return CATALOG;
    }

    static final class PlatformException extends CatalogException {
        private static final long serialVersionUID = 1L;

        PlatformException(PlatformError error, Object[] arguments, Received received) {
            super(error, arguments, received);
        }
    }
}
