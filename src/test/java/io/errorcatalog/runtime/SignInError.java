package io.errorcatalog.runtime;

/**
 * A catalog written by hand as the plugin generates one, for the tests of sensitive parameters: one error
 * per wire shape, each carrying its arguments as members, whose second parameter is sensitive; in English
 * and German.
 */
enum SignInError implements CatalogError {
    PROBLEM,
    CODE_MESSAGE,
    ERRORS,
    GOOGLE_RPC,
    MICROSOFT,
    UNKNOWN;

    static final ErrorCatalog<SignInError, SignInException> CATALOG;

    static {
        RuntimeVersion.check(RuntimeVersion.MAJOR, RuntimeVersion.MINOR, SignInError.class);
        ErrorCatalog.Builder<SignInError, SignInException> facts = ErrorCatalog.builder(SignInError.class,
                SignInError.values(), "io.errorcatalog.runtime.SignInMessages", SignInException::new);
        facts.locales("en", "de");
        facts.wires(new ProblemShape("https://sign-in.example/errors/", "true"),
                new CodeMessageShape("error_code", "message", "true"), new ErrorsShape("true"),
                new GoogleRpcShape("sign-in.example.com", "Additional information on this error"),
                new MicrosoftShape("user"));
        SignInError[] shapes = {PROBLEM, CODE_MESSAGE, ERRORS, GOOGLE_RPC, MICROSOFT};
        for (int wire = 0; wire < shapes.length; wire++) {
            facts.error(shapes[wire], shapes[wire].name().toLowerCase(java.util.Locale.ROOT), 401, Severity.FATAL,
                    Retry.NEVER, -1, 3, null, wire, null);
            facts.parameters(shapes[wire], "user:string", "password:string:sensitive", "attempts:int");
        }
        facts.unknown(UNKNOWN, 0);
        CATALOG = facts.build();
    }

    @Override
    public ErrorCatalog<SignInError, SignInException> catalog() {
        return CATALOG;
    }

    static final class SignInException extends CatalogException {
        private static final long serialVersionUID = 1L;

        SignInException(SignInError error, Object[] arguments, Received received) {
            super(error, arguments, received);
        }
    }
}
