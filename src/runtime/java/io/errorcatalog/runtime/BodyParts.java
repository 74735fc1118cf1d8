package io.errorcatalog.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a wire shape puts in a body for one error; every text already in the body's locale. */
@Generated
final class BodyParts {

    /** The wire code, or null where the API sends none. */
    final String code;
    /** The HTTP status, or 0 where undocumented. */
    final int status;
    final String title;
    final String message;
    /** The error's own wire setting (a problem's own type, the general codes above a Microsoft code), or null. */
    final String type;
    /** Extension members, in the order added. */
    final Map<String, Object> extensions;
    /** The facts and texts a shape may carry beyond the code and the message. */
    final More more;

    BodyParts(String code, int status, String title, String message, String type, Map<String, Object> extensions,
            More more) {
        this.code = code;
        this.status = status;
        this.title = title;
        this.message = message;
        this.type = type;
        this.extensions = extensions;
        this.more = more;
    }

    /** What the shapes of the big API platforms carry beside a code and a message. */
    static final class More {

        /** The body's locale, as a BCP 47 tag. */
        final String locale;
        /** The message in the catalog's default locale: the developer-facing text of AIP-193. */
        final String defaultMessage;
        /** The error's canonical gRPC code. */
        final GrpcStatus grpc;
        /** The error's documentation, or null. */
        final String documentationUrl;
        /** The message's arguments by parameter name, typed, in the catalog's order; empty where not sent. */
        final Map<String, Object> parameters;
        /** How long to wait before retrying, or null where the error gives no delay. */
        final Duration retryDelay;
        /** Whether the same request can succeed later. */
        final Retry retry;
        /** The errors a decoded error's body gave as its details, passed on as they came; empty for others. */
        final List<Map<String, ?>> details;

        More(String locale, String defaultMessage, GrpcStatus grpc, String documentationUrl,
                Map<String, Object> parameters, Duration retryDelay, Retry retry, List<Map<String, ?>> details) {
            this.locale = locale;
            this.defaultMessage = defaultMessage;
            this.grpc = grpc;
            this.documentationUrl = documentationUrl;
            this.parameters = parameters;
            this.retryDelay = retryDelay;
            this.retry = retry;
            this.details = details;
        }
    }
}
