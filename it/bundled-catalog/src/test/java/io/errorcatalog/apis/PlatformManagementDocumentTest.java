package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.errorcatalog.apis.management.PlatformManagementClientException;
import io.errorcatalog.apis.management.PlatformManagementError;
import io.errorcatalog.apis.management.PlatformManagementException;
import io.errorcatalog.apis.management.PlatformManagementServerException;
import io.errorcatalog.apis.management.PlatformManagementValidationException;
import io.errorcatalog.apis.runtime.Retry;

/**
 * Facts of seed document 004, "Error Codes" of the Platform Management API v2, held by the
 * {@code platform-management} catalog. The rows below are copied from the document's tables.
 */
class PlatformManagementDocumentTest {

    // ------------------------------------------------------------------------------------------
    // 004, "Error Codes": "HTTP Status Code | Code | Description" (the 4xx table and the 5xx table).
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> codesByStatus() {
        return Stream.of(
                Arguments.of(401, "unauthorized", "The provided authentication credentials are invalid."),
                Arguments.of(403, "forbidden", "The requestor does not have permission to perform the request."),
                Arguments.of(404, "not_found", "The requested resource could not be found."),
                Arguments.of(405, "method_not_allowed", "The provided method is not allowed on the targeted resource."),
                Arguments.of(409, "conflict", "Request conflicts with state of target resource."),
                Arguments.of(422, "unprocessable", "The provided request cannot be processed."),
                Arguments.of(429, "rate_limit_exceeded", "The rate limit has been exceeded."),
                Arguments.of(500, "internal_server_error", "An unexpected internal server error occurred."),
                Arguments.of(502, "bad_gateway", "A dependent service returned an invalid response."),
                Arguments.of(503, "service_unavailable", "A dependent service is temporarily unavailable."),
                Arguments.of(504, "gateway_timeout", "A dependent service timed out."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codesByStatus")
    void codeByStatus(int status, String code, String description) {
        PlatformManagementError error = PlatformManagementError.CATALOG.byCode(code).get();
        assertEquals(code, error.code());
        assertEquals(status, error.httpStatus());
        assertEquals(description, error.message(Locale.ENGLISH));
        assertEquals(0, error.parameterCount());
        // One code per status outside 400.
        assertEquals(Arrays.asList(error), PlatformManagementError.CATALOG.allByHttpStatus(status));
        assertEquals(error, PlatformManagementError.CATALOG.byHttpStatus(status).get());
        // 004 says nothing about retrying any of them.
        assertEquals(Retry.UNSPECIFIED, error.retry());

        PlatformManagementException exception = error.exception();
        assertEquals(description, exception.getMessage());
        assertEquals(status, exception.getHttpStatus());
        assertEquals(error, exception.getError());
        // "4xx Client errors", "5xx Server errors"
        if (status < 500) {
            assertTrue(exception instanceof PlatformManagementClientException, exception.getClass().getName());
        } else {
            assertTrue(exception instanceof PlatformManagementServerException, exception.getClass().getName());
        }
    }

    @Test
    void rateLimit() {
        // 004, after the 4xx table: "The Platform Management API v2 rate limit is 60 requests/minute per API
        // token. Calls that exceed this rate will not be executed. / If your implementation exceeds this rate
        // limit, contact our Support team. Our Support team can evaluate your implementation and provide options
        // to address your requirements."
        PlatformManagementError error = PlatformManagementError.CATALOG.byCode("rate_limit_exceeded").get();
        assertEquals(Arrays.asList("The Platform Management API v2 rate limit is 60 requests/minute per API token.",
                "Calls that exceed this rate will not be executed."), error.causes(Locale.ENGLISH));
        assertEquals(Arrays.asList("If your implementation exceeds this rate limit, contact our Support team.",
                "Our Support team can evaluate your implementation and provide options to address your requirements."),
                error.solutions(Locale.ENGLISH));
        assertEquals(429, error.httpStatus());
    }

    // ------------------------------------------------------------------------------------------
    // 004, "400 Specific Errors": "Error Code | Description"; 'x', 'y' and 'z' stand for the details (a number
    // where the catalog declares the detail an int, as exception(...) takes nothing else for it).
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> badRequestErrors() {
        return Stream.of(
                Arguments.of("empty", "Field 'x' cannot be empty.", new Object[] { "x" }),
                // The quoted part "...y..." is the detail the route fills in.
                Arguments.of("invalid_format", "Field 'x' cannot \"...y...\". Value of 'z' was provided.",
                        new Object[] { "x", "...y...", "z" }),
                Arguments.of("invalid_type", "Field 'x' must be of type 'y'. Value of 'z' was provided.",
                        new Object[] { "x", "y", "z" }),
                Arguments.of("not_allowed", "Field 'x' cannot be used with 'y'. Value of 'z' was provided.",
                        new Object[] { "x", "y", "z" }),
                Arguments.of("required", "Field 'x' is required.", new Object[] { "x" }),
                Arguments.of("resource_exhausted", "You cannot 'x' any more of 'y'. Value of 'z' was provided.",
                        new Object[] { "x", "y", "z" }),
                Arguments.of("too_high", "Field 'x' must be lower than 'y'. Value of 'z' was provided.",
                        new Object[] { "x", "y", "z" }),
                Arguments.of("too_long", "Field 'x' must be shorter than '5' characters. Value of 'z' was provided.",
                        new Object[] { "x", 5, "z" }),
                Arguments.of("too_low", "Field 'x' must be higher than 'y'. Value of 'z' was provided.",
                        new Object[] { "x", "y", "z" }),
                Arguments.of("too_short", "Field 'x' must be longer than '5'. Value of 'z' was provided.",
                        new Object[] { "x", 5, "z" }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequestErrors")
    void badRequestErrorFormatsAsTheDocumentShows(String code, String description, Object[] placeholders) {
        PlatformManagementError error = PlatformManagementError.CATALOG.byCode(code).get();
        assertEquals(400, error.httpStatus());
        assertEquals(placeholders.length, error.parameterCount());
        assertEquals(description, error.message(Locale.ENGLISH, placeholders));
        assertEquals(Retry.UNSPECIFIED, error.retry());

        PlatformManagementException exception = error.exception(placeholders);
        assertTrue(exception instanceof PlatformManagementValidationException, exception.getClass().getName());
        assertEquals(description, exception.getMessage());
        assertEquals(400, exception.getHttpStatus());
        assertEquals(Arrays.asList(placeholders), exception.getArguments());
        // Another number of arguments than the description has details is refused.
        assertThrows(IllegalArgumentException.class, () -> error.message(Locale.ENGLISH, new Object[0]));
    }

    @Test
    void badRequestErrorsAreExactlyTheDocumentedOnes() {
        // 004: "400 | (varies) | An invalid JSON request body or payload has been provided as part of the API
        // call. See: 400 Specific Errors": the 400 codes are those of the table, in its order; "(varies)" is not
        // a code.
        List<String> codes = new ArrayList<>();
        for (PlatformManagementError error : PlatformManagementError.CATALOG.allByHttpStatus(400)) {
            codes.add(error.code());
        }
        assertEquals(Arrays.asList("empty", "invalid_format", "invalid_type", "not_allowed", "required",
                "resource_exhausted", "too_high", "too_long", "too_low", "too_short"), codes);
        assertEquals("empty", PlatformManagementError.CATALOG.byHttpStatus(400).get().code());
        assertFalse(PlatformManagementError.CATALOG.byCode("(varies)").isPresent());
        assertFalse(PlatformManagementError.CATALOG.byCode("error_code").isPresent());
        // 004 states the errors' codes and descriptions only; it links no documentation page per error.
        for (PlatformManagementError error : PlatformManagementError.values()) {
            assertNull(error.documentationUrl(), error.name());
        }
    }

    @Test
    void typedFactoriesFormatAsTheDocumentShows() {
        // 004, "400 Specific Errors", with the document's own placeholders where the detail is text.
        assertEquals("Field 'x' cannot be empty.", PlatformManagementError.empty("x").getMessage());
        assertEquals("Field 'x' cannot \"...y...\". Value of 'z' was provided.",
                PlatformManagementError.invalidFormat("x", "...y...", "z").getMessage());
        assertEquals("Field 'x' must be of type 'y'. Value of 'z' was provided.",
                PlatformManagementError.invalidType("x", "y", "z").getMessage());
        assertEquals("Field 'x' cannot be used with 'y'. Value of 'z' was provided.",
                PlatformManagementError.notAllowed("x", "y", "z").getMessage());
        assertEquals("Field 'x' is required.", PlatformManagementError.required("x").getMessage());
        assertEquals("You cannot 'x' any more of 'y'. Value of 'z' was provided.",
                PlatformManagementError.resourceExhausted("x", "y", "z").getMessage());
        assertEquals("Field 'x' must be lower than 'y'. Value of 'z' was provided.",
                PlatformManagementError.tooHigh("x", "y", "z").getMessage());
        assertEquals("Field 'x' must be higher than 'y'. Value of 'z' was provided.",
                PlatformManagementError.tooLow("x", "y", "z").getMessage());
    }

    @Test
    void tooLong() {
        // 004, "400 Specific Errors": "too_long | Field 'x' must be shorter than 'y' characters. Value of 'z' was
        // provided." The length 'y' is a number of characters, so the typed factory takes an int.
        String description = "Field 'x' must be shorter than 'y' characters. Value of 'z' was provided.";
        PlatformManagementValidationException exception = PlatformManagementError.tooLong("x", 255, "z");
        assertEquals(description.replace("'y'", "'255'"), exception.getMessage());
        assertEquals(description.replace("'y'", "'255'"), exception.getMessage(Locale.ENGLISH));
        assertEquals(400, exception.getHttpStatus());
        assertEquals(PlatformManagementError.TOO_LONG, exception.getError());
        assertEquals("too_long", exception.getError().code());
        assertEquals(Arrays.<Object>asList("x", 255, "z"), exception.getArguments());
        // The same via message(Locale, Object...) and exception(Object...).
        assertEquals(description.replace("'y'", "'255'"),
                PlatformManagementError.TOO_LONG.message(Locale.ENGLISH, "x", 255, "z"));
        assertEquals(description, PlatformManagementError.TOO_LONG.message(Locale.ENGLISH, "x", "y", "z"));
        assertEquals(description.replace("'y'", "'255'"),
                PlatformManagementError.TOO_LONG.exception("x", 255, "z").getMessage());
        // Translated, with the same details.
        assertEquals("Das Feld 'x' muss kürzer als '255' Zeichen sein. Angegeben wurde der Wert 'z'.",
                exception.getMessage(Locale.GERMAN));
        assertEquals("フィールド 'x' は '255' 文字未満である必要があります。'z' という値が指定されました。",
                exception.getMessage(Locale.JAPANESE));
        assertNotEquals(exception.getMessage(), exception.getMessage(Locale.GERMAN));
        // Unknown locales fall back to the document's English.
        assertEquals(description.replace("'y'", "'255'"), exception.getMessage(Locale.KOREAN));
        assertEquals(description.replace("'y'", "'255'"), exception.getMessage(Locale.forLanguageTag("pt-BR")));
    }

    @Test
    void tooShort() {
        // 004, "400 Specific Errors": "too_short | Field 'x' must be longer than 'y'. Value of 'z' was provided."
        String description = "Field 'x' must be longer than 'y'. Value of 'z' was provided.";
        PlatformManagementValidationException exception = PlatformManagementError.tooShort("x", 3, "z");
        assertEquals(description.replace("'y'", "'3'"), exception.getMessage());
        assertEquals(Arrays.<Object>asList("x", 3, "z"), exception.getArguments());
        assertEquals(400, exception.getHttpStatus());
    }

    @Test
    void translationsKeepTheDetails() {
        // 004, "400 Specific Errors": "required | Field 'x' is required."
        PlatformManagementValidationException exception = PlatformManagementError.required("x");
        assertEquals("Field 'x' is required.", exception.getMessage());
        assertEquals("Das Feld 'x' ist erforderlich.", exception.getMessage(Locale.GERMAN));
        assertEquals("フィールド 'x' は必須です。", exception.getMessage(Locale.JAPANESE));
        assertEquals("Le champ 'x' est obligatoire.", exception.getMessage(Locale.FRENCH));
        assertEquals("El campo 'x' es obligatorio.", exception.getMessage(Locale.forLanguageTag("es")));
        assertEquals("Field 'x' is required.", exception.getMessage(Locale.KOREAN));
        // Every locale of a message uses the same details.
        for (Locale locale : PlatformManagementError.CATALOG.locales()) {
            String message = PlatformManagementError.NOT_ALLOWED.message(locale, "x", "y", "z");
            assertTrue(message.contains("'x'") && message.contains("'y'") && message.contains("'z'"),
                    locale + ": " + message);
        }
    }
}
