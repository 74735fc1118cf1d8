package io.errorcatalog.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The bodies the runtime's wire shapes write, for the plugin's error reference: the classes the generated code
 * uses render them, so a reference shows what the API sends. This class is the plugin's, not part of the
 * runtime a build gets ({@code RuntimeTypes.SOURCES}); it sits in the runtime's package only to reach what the
 * shapes keep package-private.
 */
public final class ExampleBodies {

    /** What a body's message shows in place of a sensitive parameter's value. */
    public static final String MASK = Parameters.MASK;

    private ExampleBodies() {}

    /**
     * What a body tells of an error in every locale.
     *
     * @param code the wire code, or null
     * @param status the HTTP status, or 0
     * @param severity how bad the error is, which decides how its body travels
     * @param retry whether a retry can succeed, which a shape may carry
     * @param ownType the error's own wire setting (a problem's own type, a Microsoft code's outer codes), or null
     * @param grpc the error's canonical gRPC code
     * @param documentationUrl the error's documentation, or null
     * @param parameters the error's parameters as generated code names them ({@code name:type},
     *     {@code name:type:sensitive}), in the catalog's order
     */
    public record Facts(String code, int status, Severity severity, Retry retry, String ownType, GrpcStatus grpc,
            String documentationUrl, List<String> parameters) {

        public Facts {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * One error's body, as {@code toBody} writes it for the example arguments, or for an error that travels among
     * others (a non-fatal one or a warning) the body of a response of several errors that holds it alone, as
     * {@code bodyOf} writes it.
     *
     * @param locale the locale of the body's texts, as a BCP 47 tag
     * @param title the title in that locale, or null
     * @param message the message in that locale as the example shows it, its placeholders by name
     * @param defaultMessage the message so in the catalog's default locale, which some shapes carry too
     * @param arguments the example's argument for each parameter, typed
     */
    public static Map<String, Object> of(WireShape shape, Facts error, String locale, String title, String message,
            String defaultMessage, List<Object> arguments) {
        Map<String, Object> sent = shape.sentParameters(Parameters.of(error.parameters().toArray(new String[0])),
                arguments.toArray());
        // No retry delay: a body carries one only where the code that throws gives it (withRetryDelay).
        BodyParts parts = new BodyParts(error.code(), error.status(), title, message, error.ownType(),
                Collections.<String, Object>emptyMap(), new BodyParts.More(locale, defaultMessage, error.grpc(),
                        error.documentationUrl(), sent, null, error.retry(), Collections.<Map<String, ?>>emptyList()));
        if (travelsAlone(error.severity())) {
            return shape.body(parts);
        }
        List<Object> member = Collections.<Object>singletonList(shape.member(parts));
        return error.severity() == Severity.WARNING ? CatalogException.bodyOf(Collections.emptyList(), member)
                : CatalogException.bodyOf(member, Collections.emptyList());
    }

    /** Whether an error's body is its own: a fatal error's is; others travel in a response of several. */
    public static boolean travelsAlone(Severity severity) {
        return severity == Severity.FATAL;
    }
}
