package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.errorcatalog.apis.edge.EdgeNetworkConfigurationException;
import io.errorcatalog.apis.edge.EdgeNetworkError;
import io.errorcatalog.apis.edge.EdgeNetworkException;
import io.errorcatalog.apis.edge.EdgeNetworkInputException;
import io.errorcatalog.apis.edge.EdgeNetworkRequestProcessingException;
import io.errorcatalog.apis.edge.EdgeNetworkUpstreamException;
import io.errorcatalog.apis.runtime.Retry;
import io.errorcatalog.apis.runtime.Severity;

/**
 * Facts of seed document 001, "Error handling" of the Adobe Experience Platform Edge Network Server API,
 * held by the {@code edge-network} catalog. The English texts below are copied from the document with
 * the markdown markup stripped.
 */
class EdgeNetworkDocumentTest {

    /** 001, "Fatal errors": type is "https://ns.adobe.com/aep/errors/&lt;ERROR-CODE&gt;". */
    private static final String TYPE_PREFIX = "https://ns.adobe.com/aep/errors/";

    /** The arguments an error's message takes, whatever they are. */
    private static Object[] anyArguments(EdgeNetworkError error) {
        Object[] arguments = new Object[error.parameterCount()];
        Arrays.fill(arguments, "com.adobe.example");
        return arguments;
    }

    // ------------------------------------------------------------------------------------------
    // 001, "Fatal errors" and "Non-fatal errors": the three problem details the document shows.
    // ------------------------------------------------------------------------------------------

    @Test
    void fatalErrorExample() {
        // 001, "Fatal errors": {"type":"https://ns.adobe.com/aep/errors/EXEG-0104-422", "status":422,
        // "title":"Unprocessable entity", "detail":"Invalid request (report attached). Please check your
        // input and try again.", "report":{...}}
        String type = "https://ns.adobe.com/aep/errors/EXEG-0104-422";
        EdgeNetworkError error = EdgeNetworkError.CATALOG.byCode(type.substring(TYPE_PREFIX.length())).get();
        assertEquals(EdgeNetworkError.INVALID_REQUEST, error);
        assertEquals(422, error.httpStatus());
        assertEquals("Unprocessable entity", error.title(Locale.ENGLISH));
        assertEquals("Invalid request (report attached). Please check your input and try again.",
                error.message(Locale.ENGLISH));
        assertEquals(Severity.FATAL, error.severity());
        assertNull(error.documentationUrl(), "001 gives no URL of its own; the catalog invents none");

        EdgeNetworkException exception = error.exception();
        assertEquals("Invalid request (report attached). Please check your input and try again.",
                exception.getMessage());
        assertEquals(422, exception.getHttpStatus());
        // 001, "Error types": InputError "Includes errors caused by malformed input, as well as entity
        // validation errors." (4xx); the example reports input validation errors.
        assertTrue(exception instanceof EdgeNetworkInputException, exception.getClass().getName());
    }

    @Test
    void nonFatalErrorExample() {
        // 001, "Non-fatal errors", "errors": {"type": "https://ns.adobe.com/aep/errors/EXEG-0201-503",
        // "status": 503, "title": "The 'com.adobe.experience.platform.ode' service is temporarily unable to
        // serve this request. Please try again later."}
        String type = "https://ns.adobe.com/aep/errors/EXEG-0201-503";
        String title = "The 'com.adobe.experience.platform.ode' service is temporarily unable to serve this request. "
                + "Please try again later.";
        EdgeNetworkError error = EdgeNetworkError.CATALOG.byCode(type.substring(TYPE_PREFIX.length())).get();
        assertEquals(EdgeNetworkError.UPSTREAM_SERVICE_UNAVAILABLE, error);
        assertEquals(503, error.httpStatus());
        assertEquals(Severity.NON_FATAL, error.severity());
        assertEquals(1, error.parameterCount());
        assertEquals(title, error.message(Locale.ENGLISH, "com.adobe.experience.platform.ode"));
        assertNull(error.documentationUrl());

        EdgeNetworkUpstreamException exception =
                EdgeNetworkError.upstreamServiceUnavailable("com.adobe.experience.platform.ode");
        assertEquals(title, exception.getMessage());
        assertEquals(503, exception.getHttpStatus());
        assertEquals(error, exception.getError());
        assertEquals(Arrays.<Object>asList("com.adobe.experience.platform.ode"), exception.getArguments());
        assertEquals(title, error.exception("com.adobe.experience.platform.ode").getMessage());
    }

    @Test
    void warningExample() {
        // 001, "Non-fatal errors", "warnings": {"type": "https://ns.adobe.com/aep/errors/EXEG-0204-200",
        // "status": 200, "title": "A warning occurred while calling the 'com.adobe.audiencemanager' service
        // for this request.", "report": {...}}
        String type = "https://ns.adobe.com/aep/errors/EXEG-0204-200";
        String title = "A warning occurred while calling the 'com.adobe.audiencemanager' service for this request.";
        EdgeNetworkError error = EdgeNetworkError.CATALOG.byCode(type.substring(TYPE_PREFIX.length())).get();
        assertEquals(EdgeNetworkError.UPSTREAM_SERVICE_WARNING, error);
        assertEquals(200, error.httpStatus());
        assertEquals(Severity.WARNING, error.severity());
        assertEquals(title, error.message(Locale.ENGLISH, "com.adobe.audiencemanager"));
        assertEquals(title, EdgeNetworkError.upstreamServiceWarning("com.adobe.audiencemanager").getMessage());
        assertEquals(200, EdgeNetworkError.upstreamServiceWarning("com.adobe.audiencemanager").getHttpStatus());
    }

    @Test
    void documentedCodesAreTheOnlyCodes() {
        // 001 shows exactly three error codes (in its "Fatal errors" and "Non-fatal errors" examples).
        List<String> documented = Arrays.asList("EXEG-0104-422", "EXEG-0201-503", "EXEG-0204-200");
        for (EdgeNetworkError error : EdgeNetworkError.values()) {
            if (error.code() != null) {
                assertTrue(documented.contains(error.code()), error.code());
                // The code is the <ERROR-CODE> of the problem type URI, and ends with the status it comes with.
                assertTrue(error.code().endsWith("-" + error.httpStatus()), error.code());
            }
        }
        for (String code : documented) {
            assertTrue(EdgeNetworkError.CATALOG.byCode(code).isPresent(), code);
        }
    }

    // ------------------------------------------------------------------------------------------
    // 001, "Handling 4xx and 5xx Responses": one row per status, with no error code of its own.
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> handlingTable() {
        return Stream.of(
                // |`4xx Bad Request`| Most `4xx` errors, like 400, 403, 404, should not be retried on behalf of the
                // client, except for `429`. These are client errors and will not succeed. The client must address
                // the error before retrying the request.|
                Arguments.of(400, "Bad Request", Retry.NEVER,
                        "These are client errors and will not succeed.",
                        Collections.<String>emptyList(),
                        Arrays.asList("The client must address the error before retrying the request.")),
                // |`429 Too Many Requests`| ... In such a scenario the caller must respect the `Retry-After`
                // response header. ...|
                Arguments.of(429, "Too Many Requests", Retry.RETRY_AFTER,
                        "429 HTTP response code indicates that the Adobe Experience Platform Edge Network or an upstream "
                                + "service is rate limiting the requests.",
                        Collections.<String>emptyList(),
                        Arrays.asList("In such a scenario the caller must respect the Retry-After response header.")),
                // |`500 Internal Server Error`| `500` errors are generic, catch-all errors. `500` errors must not be
                // retried, except for `502` and `503`. ...|
                Arguments.of(500, "Internal Server Error", Retry.NEVER,
                        "500 errors are generic, catch-all errors.",
                        Collections.<String>emptyList(),
                        Collections.<String>emptyList()),
                // |`502 Bad Gateway`| ... recipients of `502` errors may retry the request after some time.|
                Arguments.of(502, "Bad Gateway", Retry.AFTER_DELAY,
                        "Indicates that the Adobe Experience Platform Edge Network received an invalid response from "
                                + "upstream servers.",
                        Arrays.asList("This can happen due to network issues between servers."),
                        Arrays.asList("The temporary network issue may resolve and thus a retry may resolve the issue, so "
                                + "recipients of 502 errors may retry the request after some time.")),
                // |`503 Service Unavailable`| ... Recipients of `503` errors may retry the request, but must respect
                // the `Retry-After` header.|
                Arguments.of(503, "Service Unavailable", Retry.RETRY_AFTER,
                        "This error code indicates that the service is temporarily unavailable.",
                        Arrays.asList("This can happen during maintenance periods."),
                        Arrays.asList("Recipients of 503 errors may retry the request, but must respect the Retry-After "
                                + "header.")),
                // |`504 Gateway Timeout`| ... The temporary network issues may be resolved after some time and a
                // retry may solve the issue.|
                Arguments.of(504, "Gateway Timeout", Retry.AFTER_DELAY,
                        "Indicates that Adobe Experience Platform Edge Network request to the upstream servers has "
                                + "timed-out.",
                        Arrays.asList("This can happen due to network issues between servers, DNS issues, or other network "
                                + "issues."),
                        Arrays.asList("The temporary network issues may be resolved after some time and a retry may solve "
                                + "the issue.")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("handlingTable")
    void handlingOf4xxAnd5xxResponses(int status, String title, Retry retry, String message, List<String> causes,
            List<String> solutions) {
        EdgeNetworkError error = null;
        for (EdgeNetworkError candidate : EdgeNetworkError.CATALOG.allByHttpStatus(status)) {
            if (candidate.code() == null) {
                error = candidate;
            }
        }
        assertTrue(error != null, "no code-less error with status " + status);
        assertNull(error.code());
        assertEquals(status, error.httpStatus());
        assertEquals(title, error.title(Locale.ENGLISH));
        assertEquals(message, error.message(Locale.ENGLISH));
        assertEquals(causes, error.causes(Locale.ENGLISH));
        assertEquals(solutions, error.solutions(Locale.ENGLISH));
        assertEquals(retry, error.retry());
        assertEquals(status, error.exception().getHttpStatus());
    }

    static Stream<Arguments> retryRules() {
        // 001, "Handling 4xx and 5xx Responses": 429 and 503 must respect Retry-After; 502 and 504 may be
        // retried after some time; 4xx (like 400, 403, 404) and 500 must not be retried.
        return Stream.of(
                Arguments.of(400, Retry.NEVER),
                Arguments.of(422, Retry.NEVER),
                Arguments.of(429, Retry.RETRY_AFTER),
                Arguments.of(500, Retry.NEVER),
                Arguments.of(502, Retry.AFTER_DELAY),
                Arguments.of(503, Retry.RETRY_AFTER),
                Arguments.of(504, Retry.AFTER_DELAY));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("retryRules")
    void retryRuleHoldsForEveryErrorWithTheStatus(int status, Retry retry) {
        List<EdgeNetworkError> errors = EdgeNetworkError.CATALOG.allByHttpStatus(status);
        assertFalse(errors.isEmpty(), "no error with status " + status);
        for (EdgeNetworkError error : errors) {
            assertEquals(retry, error.retry(), error.name());
        }
        assertEquals(retry, EdgeNetworkError.CATALOG.byHttpStatus(status).get().retry());
    }

    @Test
    void no4xxOtherThan429IsRetried() {
        // 001: "Most 4xx errors, like 400, 403, 404, should not be retried on behalf of the client, except
        // for 429. These are client errors and will not succeed."
        int clientErrors = 0;
        for (EdgeNetworkError error : EdgeNetworkError.values()) {
            int status = error.httpStatus();
            if (status >= 400 && status < 500 && status != 429) {
                assertEquals(Retry.NEVER, error.retry(), error.name());
                clientErrors++;
            }
        }
        assertEquals(2, clientErrors); // 400 Bad Request and EXEG-0104-422
        // "500 errors must not be retried, except for 502 and 503."
        assertNotEquals(Retry.NEVER, EdgeNetworkError.CATALOG.byHttpStatus(502).get().retry());
        assertNotEquals(Retry.NEVER, EdgeNetworkError.CATALOG.byHttpStatus(503).get().retry());
    }

    // ------------------------------------------------------------------------------------------
    // 001, "Error types" and "Severity".
    // ------------------------------------------------------------------------------------------

    @Test
    void severityOfTheErrorTypes() {
        // 001, "Severity": RequestProcessingError, InputError and ConfigurationError are Fatal; UpstreamError is
        // Non-Fatal ("Non-fatal errors can be further broken down into: Errors ... Warnings").
        for (EdgeNetworkError error : EdgeNetworkError.values()) {
            EdgeNetworkException exception = error.exception(anyArguments(error));
            if (exception instanceof EdgeNetworkRequestProcessingException
                    || exception instanceof EdgeNetworkInputException
                    || exception instanceof EdgeNetworkConfigurationException) {
                assertEquals(Severity.FATAL, error.severity(), error.name());
            }
            if (exception instanceof EdgeNetworkUpstreamException) {
                assertNotEquals(Severity.FATAL, error.severity(), error.name());
            }
        }
        assertEquals(Severity.NON_FATAL, EdgeNetworkError.CATALOG.byCode("EXEG-0201-503").get().severity());
        assertEquals(Severity.WARNING, EdgeNetworkError.CATALOG.byCode("EXEG-0204-200").get().severity());
        assertEquals(Severity.FATAL, EdgeNetworkError.CATALOG.byCode("EXEG-0104-422").get().severity());
    }

    @Test
    void statusCodesOfTheErrorTypes() {
        // 001, "Error types": RequestProcessingError `500`, InputError `4xx`, ConfigurationError `422`.
        for (EdgeNetworkError error : EdgeNetworkError.values()) {
            EdgeNetworkException exception = error.exception(anyArguments(error));
            if (exception instanceof EdgeNetworkRequestProcessingException) {
                assertEquals(500, error.httpStatus(), error.name());
            }
            if (exception instanceof EdgeNetworkInputException) {
                assertTrue(error.httpStatus() >= 400 && error.httpStatus() < 500, error.name());
            }
            if (exception instanceof EdgeNetworkConfigurationException) {
                assertEquals(422, error.httpStatus(), error.name());
            }
        }
        // "RequestProcessingError | Internal | General purpose error issued by the Adobe Experience Platform Edge
        // Network on unexpected circumstances. | 500"
        assertTrue(EdgeNetworkError.INTERNAL_SERVER_ERROR.exception() instanceof EdgeNetworkRequestProcessingException);
        assertTrue(EdgeNetworkError.BAD_REQUEST.exception() instanceof EdgeNetworkInputException);
    }

    @Test
    void fatalErrorsHaveANon2xxStatus() {
        // 001, "Fatal errors": "Fatal errors halt the request processing and cause a non-2xx response status to
        // be returned." Warnings come with 200 ("status": 200 in the warnings example).
        for (EdgeNetworkError error : EdgeNetworkError.values()) {
            if (error.severity() == Severity.FATAL) {
                assertFalse(error.httpStatus() >= 200 && error.httpStatus() < 300, error.name());
            }
        }
        assertEquals(200, EdgeNetworkError.UPSTREAM_SERVICE_WARNING.httpStatus());
    }

    @Test
    void codeLessEntries() {
        // 001, "Handling 4xx and 5xx Responses" gives statuses only, no error codes.
        for (EdgeNetworkError error : Arrays.asList(EdgeNetworkError.BAD_REQUEST, EdgeNetworkError.TOO_MANY_REQUESTS,
                EdgeNetworkError.INTERNAL_SERVER_ERROR, EdgeNetworkError.BAD_GATEWAY,
                EdgeNetworkError.SERVICE_UNAVAILABLE, EdgeNetworkError.GATEWAY_TIMEOUT)) {
            assertNull(error.code(), error.name());
        }
        // The first 503 in catalog order is the documented EXEG-0201-503; both 503s honour Retry-After.
        assertEquals(Arrays.asList(EdgeNetworkError.UPSTREAM_SERVICE_UNAVAILABLE, EdgeNetworkError.SERVICE_UNAVAILABLE),
                EdgeNetworkError.CATALOG.allByHttpStatus(503));
    }

    // ------------------------------------------------------------------------------------------
    // Translations and fallback.
    // ------------------------------------------------------------------------------------------

    @Test
    void germanJapaneseAndFallback() {
        // 001, "Non-fatal errors": "The 'com.adobe.experience.platform.ode' service is temporarily unable to
        // serve this request. Please try again later."
        String english = "The 'com.adobe.experience.platform.ode' service is temporarily unable to serve this "
                + "request. Please try again later.";
        EdgeNetworkUpstreamException exception =
                EdgeNetworkError.upstreamServiceUnavailable("com.adobe.experience.platform.ode");
        assertEquals("Der Dienst 'com.adobe.experience.platform.ode' kann diese Anfrage vorübergehend nicht bearbeiten. "
                + "Bitte versuchen Sie es später erneut.", exception.getMessage(Locale.GERMAN));
        assertEquals("'com.adobe.experience.platform.ode' サービスは一時的にこのリクエストを処理できません。"
                + "後でもう一度お試しください。", exception.getMessage(Locale.JAPANESE));
        assertNotEquals(english, exception.getMessage(Locale.GERMAN));
        assertEquals(english, exception.getMessage(Locale.KOREAN));
        assertEquals(english, exception.getMessage(Locale.forLanguageTag("pt-BR")));
        assertEquals(english, exception.getMessage());
    }
}
