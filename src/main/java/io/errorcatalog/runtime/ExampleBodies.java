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
     * One error's body, as {@code toBody} writes it, or for an error that travels among others (a non-fatal one
     * or a warning) the body of a response of several errors that holds it alone, as {@code bodyOf} writes it.
     *
     * @param code the wire code, or null
     * @param status the HTTP status, or 0
     * @param ownType the error's own problem type, or null
     * @param severity how bad the error is
     * @param locale the locale the texts are in, as a BCP 47 tag
     * @param grpc the error's canonical gRPC code
     * @param documentationUrl the error's documentation, or null
     */
    public static Map<String, Object> of(WireShape shape, String code, int status, String title, String message,
            String ownType, Severity severity, String locale, GrpcStatus grpc, String documentationUrl) {
        // An example shows the message as the reader's, and sends no arguments as members, retry advice or delay.
        BodyParts parts = new BodyParts(code, status, title, message, ownType, Collections.<String, Object>emptyMap(),
                new BodyParts.More(locale, message, grpc, documentationUrl, Collections.<String, Object>emptyMap(),
                        null, Retry.UNSPECIFIED, Collections.<Map<String, ?>>emptyList()));
        if (travelsAlone(severity)) {
            return shape.body(parts);
        }
        List<Object> member = Collections.<Object>singletonList(shape.member(parts));
        return severity == Severity.WARNING ? CatalogException.bodyOf(Collections.emptyList(), member)
                : CatalogException.bodyOf(member, Collections.emptyList());
    }

    /** Whether an error's body is its own: a fatal error's is; others travel in a response of several. */
    public static boolean travelsAlone(Severity severity) {
        return severity == Severity.FATAL;
    }
}
