package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.errorcatalog.apis.edge.EdgeNetworkError;
import io.errorcatalog.apis.edge.EdgeNetworkException;
import io.errorcatalog.apis.edge.EdgeNetworkInputException;
import io.errorcatalog.apis.edge.EdgeNetworkUpstreamException;
import io.errorcatalog.apis.management.PlatformManagementError;
import io.errorcatalog.apis.management.PlatformManagementException;
import io.errorcatalog.apis.management.PlatformManagementValidationException;
import io.errorcatalog.apis.platform.PlatformAuthenticationException;
import io.errorcatalog.apis.platform.PlatformError;
import io.errorcatalog.apis.platform.PlatformException;
import io.errorcatalog.apis.runtime.Outcome;

/**
 * Every example body of the documents, rendered by the generated code, serialized by Jackson and compared
 * byte for byte with the document's JSON serialized the same way (so member order counts, white space
 * does not); and each read back to its constant and exception class.
 */
class WireBodiesDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as a JSON library writes it: compact, members in the map's order. */
    private static String tree(Object body) throws IOException {
        return JSON.writeValueAsString(body);
    }

    /** The document's JSON written the same way, so that order and values compare byte for byte. */
    private static String documented(String json) throws IOException {
        return JSON.writeValueAsString(JSON.readTree(json));
    }

    private static Map<String, Object> parsed(String json) throws IOException {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    // 000, "Request header errors": one body per error, {"error_code": ..., "message": ...}.
    private static final String[][] HEADER_ERRORS = {
        {"OAUTH_TOKEN_MISSING", "{\"error_code\": \"403010\", \"message\": \"Oauth token is missing.\"}"},
        {"OAUTH_TOKEN_INVALID", "{\"error_code\": \"401013\", \"message\": \"Oauth token is not valid\"}"},
        {"API_KEY_REQUIRED", "{\"error_code\": \"403000\", \"message\": \"Api Key is required\"}"},
        {"API_KEY_INVALID", "{\"error_code\": \"403003\", \"message\": \"Api Key is invalid\"}"},
        {"HEADER_MISSING", "{\"error_code\": \"400003\", \"message\": \"Missing header\"}"},
        {"PROFILE_NOT_VALID", "{\"error_code\": \"403025\", \"message\": \"Profile is not valid\"}"},
        {"USER_REGION_MISSING", "{\"error_code\": \"403027\", \"message\": \"User region is missing\"}"},
    };

    @Test
    void requestHeaderErrorsRenderAndDecodeAsDocumented() throws IOException {
        for (String[] example : HEADER_ERRORS) {
            PlatformError error = PlatformError.valueOf(example[0]);
            assertEquals(documented(example[1]), tree(error.exception().toBody(Locale.ENGLISH)), example[0]);

            PlatformException decoded = PlatformError.CATALOG.decode(403, parsed(example[1]), null);
            assertSame(error, decoded.getError(), example[0]);
            assertEquals(JSON.readTree(example[1]).get("message").asText(), decoded.getMessage());
            assertEquals(error.code(), decoded.getRawCode());
        }
        assertTrue(PlatformError.CATALOG.decode(403, parsed(HEADER_ERRORS[0][1]), null)
                instanceof PlatformAuthenticationException);
    }

    // 000, "Refresh etag error": {"errorMessage": "..."} with the versions in escaped quotes.
    private static final String ETAG_BODY = "{\"errorMessage\":\"Supplied version=[\\\\\\\\\\\\\\\"a200a2a3-0000-0200-0000-"
            + "123178f90000\\\\\\\\\\\\\\\"] does not match the current version on entity=[\\\\\\\\\\\\\\\"a200cdb2-0000-"
            + "0200-0000-456179940000\\\\\\\\\\\\\\\"]\"}";

    @Test
    void refreshEtagErrorRendersAndDecodesAsDocumented() throws IOException {
        String supplied = "\\\\\\\"a200a2a3-0000-0200-0000-123178f90000\\\\\\\"";
        String current = "\\\\\\\"a200cdb2-0000-0200-0000-456179940000\\\\\\\"";
        assertEquals(documented(ETAG_BODY),
                tree(PlatformError.etagVersionMismatch(supplied, current).toBody(Locale.ENGLISH)));
        PlatformException decoded = PlatformError.CATALOG.decode(412, parsed(ETAG_BODY), null);
        assertSame(PlatformError.ETAG_VERSION_MISMATCH, decoded.getError(), "told by its own member, errorMessage");
        assertTrue(decoded.getMessage().startsWith("Supplied version=["));
    }

    // 000, "Valid content-type not specified": a problem body.
    private static final String CONTENT_TYPE_BODY = "{\"type\": \"/placeholder/type/uri\", \"status\": 400,"
            + " \"title\": \"BadRequestError\", \"detail\": \"A valid content-type must be specified\"}";

    @Test
    void aStatusEntryWithoutCodeRendersNoCodeMember() throws IOException {
        // 000 documents the 400 status without an error_code: the body says only what is known.
        assertEquals(documented("{\"message\": \"The request was improperly constructed, missing key information,"
                + " and/or contained incorrect syntax.\"}"), tree(PlatformError.BAD_REQUEST.exception().toBody(Locale.ENGLISH)));
    }

    @Test
    void contentTypeErrorRendersAndDecodesAsAProblem() throws IOException {
        assertEquals(documented(CONTENT_TYPE_BODY),
                tree(PlatformError.CONTENT_TYPE_NOT_VALID.exception().toBody(Locale.ENGLISH)));
        assertSame(PlatformError.CONTENT_TYPE_NOT_VALID,
                PlatformError.CATALOG.decode(400, parsed(CONTENT_TYPE_BODY), null).getError());
    }

    // 001, "Fatal errors": a problem with a report extension member.
    private static final String FATAL_BODY = "{\"type\":\"https://ns.adobe.com/aep/errors/EXEG-0104-422\",\"status\":422,"
            + "\"title\":\"Unprocessable entity\",\"detail\":\"Invalid request (report attached). Please check your input"
            + " and try again.\",\"report\":{\"errors\":[\"Allowed Adobe version is 1.0 for standard 'Adobe' at index 0\","
            + "\"Allowed IAB version is 2.0 for standard 'IAB TCF' at index 1\",\"IAB consent string value must not be"
            + " empty for standard 'IAB TCF' at index 1\"],\"requestId\":\"0f8821e5-ed1a-4301-b445-5f336fb50ee8\","
            + "\"orgId\":\"53A16ACB5CC1D3760A495C99@AdobeOrg\"}}";

    @Test
    void fatalEdgeErrorRendersAsTheDocumentedProblem() throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("errors", Arrays.asList("Allowed Adobe version is 1.0 for standard 'Adobe' at index 0",
                "Allowed IAB version is 2.0 for standard 'IAB TCF' at index 1",
                "IAB consent string value must not be empty for standard 'IAB TCF' at index 1"));
        report.put("requestId", "0f8821e5-ed1a-4301-b445-5f336fb50ee8");
        report.put("orgId", "53A16ACB5CC1D3760A495C99@AdobeOrg");
        Map<String, Object> body = EdgeNetworkError.INVALID_REQUEST.exception().withExtension("report", report)
                .toBody(Locale.ENGLISH);
        assertEquals(documented(FATAL_BODY), tree(body));
        assertEquals(Arrays.asList("type", "status", "title", "detail", "report"), new ArrayList<>(body.keySet()),
                "members in the documented order");

        EdgeNetworkException decoded = EdgeNetworkError.CATALOG.decode(422, parsed(FATAL_BODY), null);
        assertSame(EdgeNetworkError.INVALID_REQUEST, decoded.getError());
        assertTrue(decoded instanceof EdgeNetworkInputException);
        assertEquals("https://ns.adobe.com/aep/errors/EXEG-0104-422".substring(32), decoded.getRawCode());
    }

    // 001, "Non-fatal errors": errors and warnings embedded in the standard 207 response.
    private static final String PARTIAL_BODY = "{\"requestId\":\"72eaa048-207e-4dde-bf16-0cb2b21336d5\",\"handle\":[],"
            + "\"errors\":[{\"type\":\"https://ns.adobe.com/aep/errors/EXEG-0201-503\",\"status\":503,\"title\":\"The"
            + " 'com.adobe.experience.platform.ode' service is temporarily unable to serve this request. Please try again"
            + " later.\"}],\"warnings\":[{\"type\":\"https://ns.adobe.com/aep/errors/EXEG-0204-200\",\"status\":200,"
            + "\"title\":\"A warning occurred while calling the 'com.adobe.audiencemanager' service for this request.\","
            + "\"report\":{\"cause\":{\"message\":\"Cannot read related customer for device id: ...\",\"code\":202}}}]}";

    @Test
    void partialSuccessRendersErrorsAndWarningsAsDocumented() throws IOException {
        Map<String, Object> cause = new LinkedHashMap<>();
        cause.put("message", "Cannot read related customer for device id: ...");
        cause.put("code", 202);
        EdgeNetworkUpstreamException warning = EdgeNetworkError.upstreamServiceWarning("com.adobe.audiencemanager");
        warning.withExtension("report", Collections.singletonMap("cause", cause));
        List<EdgeNetworkException> problems = Arrays.asList(
                EdgeNetworkError.upstreamServiceUnavailable("com.adobe.experience.platform.ode"), warning);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("requestId", "72eaa048-207e-4dde-bf16-0cb2b21336d5");
        response.put("handle", Collections.emptyList());
        response.putAll(EdgeNetworkException.bodyOf(Locale.ENGLISH, problems));
        assertEquals(documented(PARTIAL_BODY), tree(response));
    }

    @Test
    void partialSuccessDecodesToEachErrorAndWarning() throws IOException {
        Outcome<EdgeNetworkException> outcome = EdgeNetworkError.CATALOG.decodeAll(207, parsed(PARTIAL_BODY), null);
        List<EdgeNetworkException> decoded = outcome.all();
        assertEquals(2, decoded.size());
        assertSame(EdgeNetworkError.UPSTREAM_SERVICE_UNAVAILABLE, outcome.errors().get(0).getError());
        assertSame(EdgeNetworkError.UPSTREAM_SERVICE_WARNING, outcome.warnings().get(0).getError());
        assertTrue(decoded.get(0) instanceof EdgeNetworkUpstreamException);
        assertFalse(outcome.anyFatal(), "001: upstream errors are non-fatal");
        EdgeNetworkException combined = outcome.toException();
        assertSame(decoded.get(0), combined);
        assertEquals(1, combined.getSuppressed().length);
        assertEquals("The 'com.adobe.experience.platform.ode' service is temporarily unable to serve this request."
                + " Please try again later.", decoded.get(0).getMessage(), "the text the API sent");
    }

    // 004, "Error Codes" and "400 Specific Errors": several errors in one errors array.
    private static final String VALIDATION_BODY = "{\"errors\": [{\"code\": \"required\", \"description\": \"Field"
            + " 'name' is required.\"}, {\"code\": \"too_long\", \"description\": \"Field 'title' must be shorter than"
            + " '255' characters. Value of 'zzz' was provided.\"}]}";

    @Test
    void validationErrorsRenderAndDecodeAsOneErrorsArray() throws IOException {
        List<PlatformManagementException> errors = Arrays.asList(PlatformManagementError.required("name"),
                PlatformManagementError.tooLong("title", 255, "zzz"));
        assertEquals(documented(VALIDATION_BODY), tree(PlatformManagementException.bodyOf(Locale.ENGLISH, errors)));

        Outcome<PlatformManagementException> decoded =
                PlatformManagementError.CATALOG.decodeAll(400, parsed(VALIDATION_BODY), null);
        assertSame(PlatformManagementError.REQUIRED, decoded.all().get(0).getError());
        assertSame(PlatformManagementError.TOO_LONG, decoded.all().get(1).getError());
        assertTrue(decoded.all().get(1) instanceof PlatformManagementValidationException);
        assertTrue(decoded.anyFatal());
        assertEquals(1, decoded.toException().getSuppressed().length, "one exception to throw, carrying both");
    }

    @Test
    void anUnknownCodeIsUnknownTheStatusFindsOnlyAnErrorWithoutCodeNeverNull() throws IOException {
        String unknownCode = "{\"errors\": [{\"code\": \"brand_new\", \"description\": \"Something new.\"}]}";
        // Changed by the stricter decoding: RATE_LIMIT_EXCEEDED's item would say rate_limit_exceeded, so an item
        // with another code is an error the catalog does not know, whatever the status (was RATE_LIMIT_EXCEEDED).
        PlatformManagementException otherCode = PlatformManagementError.CATALOG.decode(429, parsed(unknownCode), "30");
        assertSame(PlatformManagementError.UNKNOWN, otherCode.getError(), "no error of the status sends that code");
        assertEquals("brand_new", otherCode.getRawCode());
        assertEquals(unknownCode.length() > 0, otherCode.getRawBody().contains("brand_new"));

        // The status still finds an error whose body carries no code: 000's 404 row, which has no error_code.
        PlatformException byStatus = PlatformError.CATALOG.decode(404,
                parsed("{\"message\": \"The requested resource could not be found on the server.\"}"), null);
        assertSame(PlatformError.NOT_FOUND, byStatus.getError(), "the constant for the status");
        assertNull(byStatus.getRawCode());

        PlatformManagementException unknown = PlatformManagementError.CATALOG.decode(418, parsed(unknownCode), null);
        assertSame(PlatformManagementError.UNKNOWN, unknown.getError());
        assertEquals("Something new.", unknown.getMessage());
        assertEquals("Unbekannter Fehler", PlatformManagementError.UNKNOWN.title(Locale.GERMAN));

        // Changed by the stricter decoding: every 503 of 004 sends a code (service_unavailable), so a 503 without
        // a body is not taken for SERVICE_UNAVAILABLE (was SERVICE_UNAVAILABLE); it keeps its status.
        PlatformManagementException noBody = PlatformManagementError.CATALOG.decode(503, null, null);
        assertSame(PlatformManagementError.UNKNOWN, noBody.getError());
        assertEquals(503, noBody.getHttpStatus());
        assertNull(noBody.getRawBody());
    }
}
