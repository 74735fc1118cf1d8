package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import io.errorcatalog.apis.classifications.ClassificationsError;
import io.errorcatalog.apis.classifications.ClassificationsException;
import io.errorcatalog.apis.platform.PlatformError;

/**
 * Facts of seed document 003, "Troubleshoot Classifications API" (Adobe Analytics), held by the
 * {@code classifications} catalog. Its section "API status codes" says: "See the FAQ and troubleshooting
 * guide in the Experience Platform API documentation. The Classifications API and the Experience Platform
 * API share the root URI domain of adobe.io, so all status code messages are shared."
 */
class ClassificationsDocumentTest {

    /** 003, "API status codes": the link to the "FAQ and troubleshooting guide". */
    private static final String GUIDE =
            "https://experienceleague.adobe.com/docs/experience-platform/landing/troubleshooting.html";

    private static final List<Locale> LOCALES = Arrays.asList(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.JAPANESE, Locale.KOREAN);

    private static Object[] arguments(int count) {
        Object[] arguments = new Object[count];
        for (int i = 0; i < count; i++) {
            arguments[i] = "argument-" + i;
        }
        return arguments;
    }

    @Test
    void sharesEveryExperiencePlatformError() {
        // 003: "all status code messages are shared" with the Experience Platform API (document 000), and 003
        // names no error of its own.
        assertEquals(PlatformError.values().length, ClassificationsError.values().length);
        for (PlatformError platform : PlatformError.values()) {
            ClassificationsError error = ClassificationsError.valueOf(platform.name());
            assertEquals(platform.ordinal(), error.ordinal(), platform.name());
            assertEquals(platform.code(), error.code(), platform.name());
            assertEquals(platform.httpStatus(), error.httpStatus(), platform.name());
            assertEquals(platform.severity().name(), error.severity().name(), platform.name());
            assertEquals(platform.retry().name(), error.retry().name(), platform.name());
            assertEquals(platform.parameterCount(), error.parameterCount(), platform.name());
            assertEquals(platform.documentationUrl(), error.documentationUrl(), platform.name());
            Object[] arguments = arguments(platform.parameterCount());
            for (Locale locale : LOCALES) {
                String where = platform.name() + " " + locale;
                assertEquals(platform.title(locale), error.title(locale), where);
                assertEquals(platform.message(locale, arguments), error.message(locale, arguments), where);
                assertEquals(platform.causes(locale), error.causes(locale), where);
                assertEquals(platform.solutions(locale), error.solutions(locale), where);
            }
            ClassificationsException exception = error.exception(arguments);
            assertEquals(platform.exception(arguments).getMessage(), exception.getMessage(), platform.name());
            assertEquals(platform.httpStatus(), exception.getHttpStatus(), platform.name());
        }
    }

    @Test
    void everyPlatformCodeIsAClassificationsCode() {
        // 003: the shared codes are the codes of 000, "Request header errors".
        List<String> platformCodes = new ArrayList<>();
        for (PlatformError platform : PlatformError.values()) {
            if (platform.code() != null) {
                platformCodes.add(platform.code());
            }
        }
        List<String> classificationsCodes = new ArrayList<>();
        for (ClassificationsError error : ClassificationsError.values()) {
            if (error.code() != null) {
                classificationsCodes.add(error.code());
            }
        }
        assertEquals(Arrays.asList("403010", "401013", "403000", "403003", "400003", "403025", "403027"),
                classificationsCodes);
        assertEquals(platformCodes, classificationsCodes);
    }

    static Stream<Arguments> sharedMessages() {
        // 000, "Request header errors" (shared by 003): error_code and message of each JSON body.
        return Stream.of(
                Arguments.of("403010", "Oauth token is missing."),
                Arguments.of("401013", "Oauth token is not valid"),
                Arguments.of("403000", "Api Key is required"),
                Arguments.of("403003", "Api Key is invalid"),
                Arguments.of("400003", "Missing header"),
                Arguments.of("403025", "Profile is not valid"),
                Arguments.of("403027", "User region is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedMessages")
    void sharedMessageByCode(String errorCode, String message) {
        ClassificationsError error = ClassificationsError.CATALOG.byCode(errorCode).get();
        assertEquals(message, error.message(Locale.ENGLISH));
        assertEquals(message, error.exception().getMessage());
        assertEquals(0, error.httpStatus()); // 000 gives these no HTTP status
        assertEquals(PlatformError.CATALOG.byCode(errorCode).get().name(), error.name());
        assertTrue(error.documentationUrl().startsWith(GUIDE + "#"), error.documentationUrl());
    }

    static Stream<Arguments> sharedStatusCodes() {
        // 000, "API status codes" (shared by 003): Status Code | Description.
        return Stream.of(
                Arguments.of(400, "Bad request",
                        "The request was improperly constructed, missing key information, and/or contained incorrect syntax."),
                Arguments.of(401, "Authentication failed", "The request did not pass an authentication check."),
                Arguments.of(403, "Forbidden",
                        "The resource was found, but you do not have the right credentials to view it."),
                Arguments.of(404, "Not found", "The requested resource could not be found on the server."),
                Arguments.of(500, "Internal server error", "This is a server-side error."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedStatusCodes")
    void sharedStatusCodeMessages(int status, String description, String message) {
        ClassificationsError error = ClassificationsError.CATALOG.byHttpStatus(status).get();
        assertNull(error.code());
        assertEquals(description, error.title(Locale.ENGLISH));
        assertEquals(message, error.message(Locale.ENGLISH));
        assertEquals(status, error.exception().getHttpStatus());
        // The guide 003 links to, at the section 000 names {#api-status-codes}.
        assertEquals(GUIDE + "#api-status-codes", error.documentationUrl());
    }

    @Test
    void sharedTranslationsAndFallback() {
        // 000, "OAuth token is missing" (shared by 003): "Oauth token is missing."
        ClassificationsError error = ClassificationsError.CATALOG.byCode("403010").get();
        assertEquals("OAuth-Token fehlt.", error.message(Locale.GERMAN));
        assertEquals("OAuth トークンがありません。", error.message(Locale.JAPANESE));
        assertNotEquals("Oauth token is missing.", error.message(Locale.GERMAN));
        assertEquals("Oauth token is missing.", error.message(Locale.KOREAN));
        assertEquals("Oauth token is missing.", error.message(Locale.forLanguageTag("pt-BR")));
        assertFalse(ClassificationsError.CATALOG.byCode("403011").isPresent());
    }
}
