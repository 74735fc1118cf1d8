package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.errorcatalog.apis.platform.PlatformConflictException;
import io.errorcatalog.apis.platform.PlatformError;
import io.errorcatalog.apis.platform.PlatformException;
import io.errorcatalog.apis.runtime.Retry;

/**
 * Facts of seed document 000, "Adobe Experience Platform FAQ and Troubleshooting Guide" (sections
 * "API status codes" and "Request header errors"), held by the {@code experience-platform} catalog.
 * The English texts below are copied from the document with the markdown markup stripped.
 */
class ExperiencePlatformDocumentTest {

    /** The page the document is published as; 003 links to it ("FAQ and troubleshooting guide"). */
    private static final String PAGE =
            "https://experienceleague.adobe.com/docs/experience-platform/landing/troubleshooting.html";

    // ------------------------------------------------------------------------------------------
    // 000, "API status codes": the table "Status Code | Description | Possible Causes".
    // The catalog keeps the first sentence of "Possible Causes" as the message, the rest as causes
    // and solutions; every piece must be worded as in the cell, and nothing may be left out.
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> statusCodeTable() {
        return Stream.of(
                Arguments.of(400, "Bad request",
                        "The request was improperly constructed, missing key information, and/or contained incorrect syntax.",
                        "The request was improperly constructed, missing key information, and/or contained incorrect syntax.",
                        Collections.<String>emptyList(),
                        Collections.<String>emptyList()),
                Arguments.of(401, "Authentication failed",
                        "The request did not pass an authentication check. Your access token may be missing or invalid. "
                                + "See the OAuth token errors section below for more details.",
                        "The request did not pass an authentication check.",
                        Arrays.asList("Your access token may be missing or invalid."),
                        Arrays.asList("See the OAuth token errors section below for more details.")),
                Arguments.of(403, "Forbidden",
                        "The resource was found, but you do not have the right credentials to view it. "
                                + "A likely cause of this error is that you might not have the required access control "
                                + "permissions to access or edit the resource. Read how to get the necessary attribute-based "
                                + "access control permissions to use Platform APIs.",
                        "The resource was found, but you do not have the right credentials to view it.",
                        Arrays.asList("A likely cause of this error is that you might not have the required access control "
                                + "permissions to access or edit the resource."),
                        Arrays.asList("Read how to get the necessary attribute-based access control permissions to use Platform APIs.")),
                Arguments.of(404, "Not found",
                        "The requested resource could not be found on the server. The resource may have been deleted, or "
                                + "the requested path was entered incorrectly.",
                        "The requested resource could not be found on the server.",
                        Arrays.asList("The resource may have been deleted, or the requested path was entered incorrectly."),
                        Collections.<String>emptyList()),
                Arguments.of(500, "Internal server error",
                        "This is a server-side error. If you are making many simultaneous calls, you may be reaching the API "
                                + "limit and need to filter your results. (See the Catalog Service API developer guide "
                                + "sub-guide on filtering data to learn more.) Wait for a moment before trying your request "
                                + "again, and contact your administrator if the problem persists.",
                        "This is a server-side error.",
                        Arrays.asList("If you are making many simultaneous calls, you may be reaching the API limit and need "
                                + "to filter your results."),
                        Arrays.asList("See the Catalog Service API developer guide sub-guide on filtering data to learn more.",
                                "Wait for a moment before trying your request again, and contact your administrator if the "
                                        + "problem persists.")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("statusCodeTable")
    void apiStatusCodes(int status, String description, String possibleCauses, String message, List<String> causes,
            List<String> solutions) {
        // 000, "API status codes": the general status codes come first in the catalog, so a lookup by
        // status finds them; they carry no error code of their own.
        PlatformError error = PlatformError.CATALOG.byHttpStatus(status).get();
        assertEquals(status, error.httpStatus());
        assertNull(error.code());
        assertEquals(description, error.title(Locale.ENGLISH));
        assertEquals(message, error.message(Locale.ENGLISH));
        assertEquals(causes, error.causes(Locale.ENGLISH));
        assertEquals(solutions, error.solutions(Locale.ENGLISH));
        assertEquals(PAGE + "#api-status-codes", error.documentationUrl());
        // Every sentence the catalog keeps is worded as in the "Possible Causes" cell.
        List<String> pieces = new ArrayList<>();
        pieces.add(error.message(Locale.ENGLISH));
        pieces.addAll(error.causes(Locale.ENGLISH));
        pieces.addAll(error.solutions(Locale.ENGLISH));
        for (String piece : pieces) {
            assertTrue(possibleCauses.contains(piece), piece);
        }
    }

    @Test
    void internalServerErrorMayBeRetriedAfterAMoment() {
        // 000, "API status codes", 500: "Wait for a moment before trying your request again".
        assertEquals(Retry.AFTER_DELAY, PlatformError.INTERNAL_SERVER_ERROR.retry());
        assertEquals(500, PlatformError.INTERNAL_SERVER_ERROR.exception().getHttpStatus());
    }

    // ------------------------------------------------------------------------------------------
    // 000, "Request header errors": one subsection per error, each with a JSON body
    // {"error_code": ..., "message": ...} and a paragraph that says when it displays and what to do.
    // The document gives no HTTP status for these.
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> requestHeaderErrors() {
        return Stream.of(
                // ### OAuth token is missing {#oauth-token-is-missing}
                Arguments.of("403010", "Oauth token is missing.", "OAuth token is missing", "oauth-token-is-missing",
                        "This error message displays when an Authorization header is missing from an API request. Ensure "
                                + "that the Authorization header is included with a valid access token before trying again."),
                // ### OAuth token is not valid {#oauth-token-is-not-valid}
                Arguments.of("401013", "Oauth token is not valid", "OAuth token is not valid", "oauth-token-is-not-valid",
                        "This error message displays when the provided access token in the Authorization header is not "
                                + "valid. Ensure that the token has been entered correctly, or generate a new token in the "
                                + "Adobe I/O Console."),
                // ### API key is required {#api-key-is-required}
                Arguments.of("403000", "Api Key is required", "API key is required", "api-key-is-required",
                        "This error message displays when an API key header (x-api-key) is missing from an API request. "
                                + "Ensure that the header is included with a valid API key before trying again."),
                // ### API key is invalid {#api-key-is-invalid}
                Arguments.of("403003", "Api Key is invalid", "API key is invalid", "api-key-is-invalid",
                        "This error message displays when the value of the provided API key header (x-api-key) is "
                                + "invalid. Ensure that you have entered the key correctly before trying again. If you do not "
                                + "know your API key, you can find it in the Adobe I/O Console: in the Integrations tab, "
                                + "navigate to the Overview section for a specific integration to find the API key under "
                                + "Client Credentials."),
                // ### Missing header {#missing-header}
                Arguments.of("400003", "Missing header", "Missing header", "missing-header",
                        "This error message displays when an organization header (x-gw-ims-org-id) is missing from an API "
                                + "request. Ensure that the header is included with the ID of your organization before "
                                + "trying again."),
                // ### Profile is not valid {#profile-is-not-valid}
                Arguments.of("403025", "Profile is not valid", "Profile is not valid", "profile-is-not-valid",
                        "This error message displays when the user or Adobe I/O integration (identified by the access "
                                + "token in the Authorization header) is not entitled to make calls to Experience Platform "
                                + "APIs for the organization provided in the x-gw-ims-org-id header. Ensure that you have "
                                + "provided the correct ID for your organization in the header before trying again. If you "
                                + "do not know your organization ID, you can find it in the Adobe I/O Console: in the "
                                + "Integrations tab, navigate to the Overview section for a specific integration to find "
                                + "the ID under Client Credentials."),
                // ### User region is missing {#user-region-is-missing}: two bullets, each a cause and
                // what to do about it (checked bullet by bullet in userRegionIsMissing()).
                Arguments.of("403027", "User region is missing", "User region is missing", "user-region-is-missing",
                        "When an incorrect or malformed organization ID header (x-gw-ims-org-id) is passed in an API "
                                + "request. When your account (as represented by the provided authentication credentials) "
                                + "is not associated with a product profile for Experience Platform. Ensure that the "
                                + "correct ID of your organization is included before trying again. Follow the steps on "
                                + "generating access credentials in the Platform API authentication tutorial to add "
                                + "Platform to your account and update your authentication credentials accordingly."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requestHeaderErrors")
    void requestHeaderErrorByCode(String errorCode, String message, String heading, String anchor,
            String paragraph) {
        PlatformError error = PlatformError.CATALOG.byCode(errorCode).get();
        assertEquals(errorCode, error.code());
        assertEquals(message, error.message(Locale.ENGLISH));
        assertEquals(heading, error.title(Locale.ENGLISH));
        assertEquals(PAGE + "#" + anchor, error.documentationUrl());
        // The document shows only the JSON body, no HTTP status.
        assertEquals(0, error.httpStatus());
        assertEquals(Retry.UNSPECIFIED, error.retry());
        // The paragraph under the JSON body is the causes followed by the solutions, word for word.
        List<String> sentences = new ArrayList<>(error.causes(Locale.ENGLISH));
        sentences.addAll(error.solutions(Locale.ENGLISH));
        assertEquals(paragraph, String.join(" ", sentences));
        // As an exception: the wire message, and no status.
        PlatformException exception = error.exception();
        assertEquals(message, exception.getMessage());
        assertEquals(0, exception.getHttpStatus());
        assertEquals(error, exception.getError());
        assertTrue(exception.getArguments().isEmpty());
    }

    @Test
    void oauthTokenMissingIsTheBriefsExample() {
        // 000, "OAuth token is missing": {"error_code": "403010", "message": "Oauth token is missing."}
        assertEquals("Oauth token is missing.", PlatformError.CATALOG.byCode("403010").get().message(Locale.ENGLISH));
        assertEquals(PlatformError.OAUTH_TOKEN_MISSING, PlatformError.CATALOG.byCode("403010").get());
    }

    @Test
    void userRegionIsMissing() {
        // 000, "User region is missing": "This error message displays in either of the two cases below:"
        // - When an incorrect or malformed organization ID header (`x-gw-ims-org-id`) is passed in an API
        //   request. Ensure that the correct ID of your organization is included before trying again.
        // - When your account (...) is not associated with a product profile for Experience Platform.
        //   Follow the steps on [generating access credentials](...) in the Platform API authentication
        //   tutorial to add Platform to your account and update your authentication credentials accordingly.
        List<String> bullets = Arrays.asList(
                "When an incorrect or malformed organization ID header (x-gw-ims-org-id) is passed in an API request. "
                        + "Ensure that the correct ID of your organization is included before trying again.",
                "When your account (as represented by the provided authentication credentials) is not associated with "
                        + "a product profile for Experience Platform. Follow the steps on generating access credentials "
                        + "in the Platform API authentication tutorial to add Platform to your account and update your "
                        + "authentication credentials accordingly.");
        PlatformError error = PlatformError.CATALOG.byCode("403027").get();
        List<String> causes = error.causes(Locale.ENGLISH);
        List<String> solutions = error.solutions(Locale.ENGLISH);
        assertEquals(bullets.size(), causes.size());
        assertEquals(bullets.size(), solutions.size());
        for (int i = 0; i < bullets.size(); i++) {
            assertEquals(bullets.get(i), causes.get(i) + " " + solutions.get(i));
        }
    }

    @Test
    void refreshEtagError() {
        // 000, "Refresh etag error": the body is only
        // {"errorMessage":"Supplied version=[\\\\\\\"a200a2a3-...\\\\\\\"] does not match the current version on entity=[...]"}
        // (no error code, no status). The versions are the message's parameters; the Java literals below
        // read exactly as the JSON string literals of the document.
        String supplied = "\\\\\\\"a200a2a3-0000-0200-0000-123178f90000\\\\\\\"";
        String current = "\\\\\\\"a200cdb2-0000-0200-0000-456179940000\\\\\\\"";
        String errorMessage = "Supplied version=[\\\\\\\"a200a2a3-0000-0200-0000-123178f90000\\\\\\\"] does not match the "
                + "current version on entity=[\\\\\\\"a200cdb2-0000-0200-0000-456179940000\\\\\\\"]";

        PlatformError error = PlatformError.ETAG_VERSION_MISMATCH;
        assertNull(error.code());
        assertEquals(0, error.httpStatus());
        assertEquals("Refresh etag error", error.title(Locale.ENGLISH));
        assertEquals(PAGE + "#refresh-etag-error", error.documentationUrl());
        assertEquals(2, error.parameterCount());
        assertEquals(errorMessage, error.message(Locale.ENGLISH, supplied, current));

        PlatformConflictException exception = PlatformError.etagVersionMismatch(supplied, current);
        assertEquals(errorMessage, exception.getMessage());
        assertEquals(Arrays.<Object>asList(supplied, current), exception.getArguments());
        assertEquals(0, exception.getHttpStatus());
        assertEquals(errorMessage, error.exception(supplied, current).getMessage());

        assertEquals(Arrays.asList(
                "You may receive an etag error if a change was made on any source or destination entity like flow, "
                        + "connection, source connector, or target connection by another API caller.",
                "Due to the version mismatch, the change that you are trying to make would not be applied to the latest "
                        + "version of the entity."), error.causes(Locale.ENGLISH));
        assertEquals(Arrays.asList(
                "To resolve this, you need to fetch the entity again, make sure that your changes are compatible with new "
                        + "version of the entity, then place the new etag in the If-Match header, and finally make the API "
                        + "call."), error.solutions(Locale.ENGLISH));
    }

    @Test
    void validContentTypeNotSpecified() {
        // 000, "Valid content-type not specified": {"type": "/placeholder/type/uri", "status": 400,
        // "title": "BadRequestError", "detail": "A valid content-type must be specified"}: no error code.
        PlatformError error = PlatformError.CONTENT_TYPE_NOT_VALID;
        assertNull(error.code());
        assertEquals(400, error.httpStatus());
        assertEquals("BadRequestError", error.title(Locale.ENGLISH));
        assertEquals("A valid content-type must be specified", error.message(Locale.ENGLISH));
        assertEquals(Arrays.asList("This error message displays when a POST, PUT or PATCH request has an invalid or "
                + "missing Content-Type header."), error.causes(Locale.ENGLISH));
        assertEquals(Arrays.asList("Ensure that the header is included in the request and that its value is "
                + "application/json."), error.solutions(Locale.ENGLISH));
        // Both 400 errors of the document, in its order: the status code table, then this one.
        assertEquals(Arrays.asList(PlatformError.BAD_REQUEST, PlatformError.CONTENT_TYPE_NOT_VALID),
                PlatformError.CATALOG.allByHttpStatus(400));
    }

    @Test
    void errorsWithoutCodeOrStatus() {
        // 000: the "API status codes" rows, the etag error and the content-type error carry no error_code;
        // the "Request header errors" with an error_code show no HTTP status.
        for (PlatformError error : Arrays.asList(PlatformError.BAD_REQUEST, PlatformError.AUTHENTICATION_FAILED,
                PlatformError.FORBIDDEN, PlatformError.NOT_FOUND, PlatformError.INTERNAL_SERVER_ERROR,
                PlatformError.ETAG_VERSION_MISMATCH, PlatformError.CONTENT_TYPE_NOT_VALID)) {
            assertNull(error.code(), error.name());
        }
        for (String code : Arrays.asList("403010", "401013", "403000", "403003", "400003", "403025", "403027")) {
            assertEquals(0, PlatformError.CATALOG.byCode(code).get().httpStatus(), code);
        }
        assertEquals(0, PlatformError.ETAG_VERSION_MISMATCH.httpStatus());
        // A code the document does not list finds nothing.
        assertFalse(PlatformError.CATALOG.byCode("403011").isPresent());
        assertFalse(PlatformError.CATALOG.byHttpStatus(0).isPresent());
    }

    // ------------------------------------------------------------------------------------------
    // Translations of 000's messages, and the fallback to the document's English.
    // ------------------------------------------------------------------------------------------

    @Test
    void germanAndJapaneseMessages() {
        // 000, "OAuth token is missing": "Oauth token is missing."
        PlatformError error = PlatformError.OAUTH_TOKEN_MISSING;
        String english = "Oauth token is missing.";
        assertEquals("OAuth-Token fehlt.", error.message(Locale.GERMAN));
        assertEquals("OAuth トークンがありません。", error.message(Locale.JAPANESE));
        assertNotEquals(english, error.message(Locale.GERMAN));
        assertNotEquals(english, error.message(Locale.JAPANESE));
        assertEquals("OAuth-Token fehlt", error.title(Locale.GERMAN));
        assertEquals(Arrays.asList("Stellen Sie sicher, dass der Authorization-Header mit einem gültigen Zugriffstoken "
                + "enthalten ist, bevor Sie es erneut versuchen."), error.solutions(Locale.GERMAN));
        // A region of a catalog locale finds the language's texts.
        assertEquals("OAuth トークンがありません。", error.message(Locale.JAPAN));
        // The exception's own message stays in the catalog's default locale (the document's English).
        assertEquals(english, error.exception().getMessage());
        assertEquals("OAuth-Token fehlt.", error.exception().getMessage(Locale.GERMAN));
    }

    @Test
    void frenchApostrophesAreLiteral() {
        // 000, "OAuth token is not valid": "Oauth token is not valid"; the French has an apostrophe.
        assertEquals("Le jeton OAuth n'est pas valide", PlatformError.OAUTH_TOKEN_INVALID.message(Locale.FRENCH));
        assertEquals("Oauth token is not valid", PlatformError.OAUTH_TOKEN_INVALID.message(Locale.ENGLISH));
    }

    @Test
    void unknownLocaleFallsBackToTheDocumentsEnglish() {
        // 000, "API key is required": "Api Key is required"; 000, "Refresh etag error" with parameters.
        for (Locale locale : Arrays.asList(Locale.KOREAN, Locale.forLanguageTag("pt-BR"), Locale.ROOT)) {
            assertEquals("Api Key is required", PlatformError.API_KEY_REQUIRED.message(locale), locale.toString());
            assertEquals("API key is required", PlatformError.API_KEY_REQUIRED.title(locale), locale.toString());
            assertEquals(Arrays.asList("Ensure that the header is included with a valid API key before trying again."),
                    PlatformError.API_KEY_REQUIRED.solutions(locale));
            assertEquals("Supplied version=[a] does not match the current version on entity=[b]",
                    PlatformError.ETAG_VERSION_MISMATCH.message(locale, "a", "b"));
            assertEquals("Api Key is required", PlatformError.API_KEY_REQUIRED.exception().getMessage(locale));
        }
    }

    @Test
    void messageWithoutLocaleUsesTheJvmDefaultThenTheDocumentsEnglish() {
        // 000, "Missing header": "Missing header"
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREAN);
            assertEquals("Missing header", PlatformError.HEADER_MISSING.message());
            assertEquals("Missing header", PlatformError.HEADER_MISSING.title());
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Fehlender Header", PlatformError.HEADER_MISSING.message());
            assertEquals("Fehlender Header", PlatformError.HEADER_MISSING.exception().getLocalizedMessage());
            // The exception's own message stays in the catalog's default locale (the document's English).
            assertEquals("Missing header", PlatformError.HEADER_MISSING.exception().getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
