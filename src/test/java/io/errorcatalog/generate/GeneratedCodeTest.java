package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.CatalogException;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.runtime.GrpcStatus;
import io.errorcatalog.runtime.Outcome;
import io.errorcatalog.runtime.Retry;
import io.errorcatalog.runtime.Severity;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * The generated code of the small catalogs, compiled with {@code --release 8 -Xlint:all -Werror} against
 * the runtime as this repository compiles it, at work through the runtime's types. Typed factories are
 * generated per catalog, so they are found by name.
 */
class GeneratedCodeTest {

    @TempDir
    static Path output;

    private static URLClassLoader loader;
    private static ErrorCatalog<?, ?> payments;
    private static ErrorCatalog<?, ?> refunds;
    private static Class<?> paymentsEnum;
    private static Class<?> refundsEnum;

    @BeforeAll
    static void compileTheGoldenCatalogs() throws Exception {
        Catalogs.generate(Catalogs.GOLDEN_CATALOGS, output);
        loader = JavaCompilation.compileAndLoad(output.resolve("java"), output.resolve("resources"),
                output.resolve("classes"));
        paymentsEnum = loader.loadClass("com.example.payments.PaymentsError");
        refundsEnum = loader.loadClass("com.example.refunds.RefundsError");
        payments = (ErrorCatalog<?, ?>) paymentsEnum.getField("CATALOG").get(null);
        refunds = (ErrorCatalog<?, ?>) refundsEnum.getField("CATALOG").get(null);
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    private static CatalogError constant(ErrorCatalog<?, ?> catalog, String name) {
        return catalog.errors().stream().filter(error -> error.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no constant " + name));
    }

    /** A typed factory, which each catalog's enum declares itself. */
    private static CatalogException factory(String method, Class<?>[] types, Object... arguments) throws Exception {
        try {
            return (CatalogException) paymentsEnum.getMethod(method, types).invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void javadocOfTheGeneratedCodePassesEveryDoclintCheck() throws Exception {
        JavaCompilation.assertJavadocIsClean(output.resolve("java"), output.resolve("javadoc"));
    }

    @Test
    void constantsKeepCatalogOrderAndFacts() {
        assertEquals(List.of("NOT_FOUND", "TOO_LONG", "RATE_LIMITED", "UPSTREAM_DOWN", "CARD_EXPIRED", "UNKNOWN"),
                payments.errors().stream().map(CatalogError::name).toList());
        CatalogError notFound = constant(payments, "NOT_FOUND");
        assertEquals("not_found", notFound.code());
        assertEquals(404, notFound.httpStatus());
        assertEquals(Severity.FATAL, notFound.severity());
        assertEquals(Retry.NEVER, notFound.retry());
        assertEquals("https://docs.example.com/payments/errors#not_found", notFound.documentationUrl());
        CatalogError rateLimited = constant(payments, "RATE_LIMITED");
        assertEquals("0429", rateLimited.code(), "a code is the catalog's text, leading zero and all");
        assertEquals(Retry.RETRY_AFTER, rateLimited.retry());
        assertEquals(Severity.NON_FATAL, rateLimited.severity());
        assertSame(payments, notFound.catalog());
        assertEquals(GrpcStatus.NOT_FOUND, notFound.grpcStatus(), "derived from 404");
        assertEquals(GrpcStatus.RESOURCE_EXHAUSTED, rateLimited.grpcStatus(), "derived from 429");
        assertEquals(GrpcStatus.UNAVAILABLE, constant(payments, "UPSTREAM_DOWN").grpcStatus(), "as the catalog says");
    }

    @Test
    void undocumentedCodeAndStatusAreNullAndZero() throws Exception {
        CatalogError upstream = constant(payments, "UPSTREAM_DOWN");
        assertNull(upstream.code());
        assertEquals(0, upstream.httpStatus());
        assertTrue(paymentsEnum.getField("UPSTREAM_DOWN").isAnnotationPresent(Deprecated.class));
    }

    @Test
    void lookupByCodeAndByStatus() {
        assertEquals(Optional.of(constant(payments, "TOO_LONG")), payments.byCode("too_long"));
        assertEquals(Optional.empty(), payments.byCode("unknown"));
        assertEquals(Optional.of(constant(payments, "NOT_FOUND")), payments.byHttpStatus(404));
        assertEquals(Optional.empty(), payments.byHttpStatus(0), "status 0 stands for undocumented and finds nothing");
        assertEquals(List.of(constant(payments, "TOO_LONG")), payments.allByHttpStatus(400));
    }

    @Test
    void messagesInEachLocaleWithFallbackToTheDefault() {
        CatalogError tooLong = constant(payments, "TOO_LONG");
        assertEquals("Field 'name' must be shorter than '1,000' characters. Value of 'x' was provided.",
                tooLong.message(Locale.ENGLISH, "name", 1000, "x"));
        assertEquals("Feld 'name' muss kürzer als '1.000' Zeichen sein. Angegeben wurde 'x'.",
                tooLong.message(Locale.GERMANY, "name", 1000, "x"));
        assertEquals("Field 'name' must be shorter than '5' characters. Value of 'x' was provided.",
                tooLong.message(Locale.JAPANESE, "name", 5, "x"), "a locale the catalog lacks falls back to en");
        assertEquals("Slow down: {limit} reached.", constant(payments, "RATE_LIMITED").message(Locale.ENGLISH));
        assertEquals("Wert zu lang", tooLong.title(Locale.GERMAN));
        assertEquals("Value too long", tooLong.title(Locale.ROOT));
    }

    @Test
    void theJvmDefaultLocaleIsNeverAFallback() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            CatalogError notFound = constant(payments, "NOT_FOUND");
            assertEquals("Not found", notFound.title(Locale.FRENCH), "fr falls back to en, not to the JVM's de");
            assertEquals("Die Zahlung wurde nicht gefunden.", notFound.message(),
                    "message(Object...) speaks the JVM's locale");
            assertEquals("Nicht gefunden", notFound.title(), "so does title()");
            CatalogException exception = factory("notFound", new Class<?>[0]);
            assertEquals("The payment could not be found.", exception.getMessage(),
                    "an exception's message is in the catalog's default locale, for logs");
            assertEquals("Die Zahlung wurde nicht gefunden.", exception.getLocalizedMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void causesAndSolutionsPerLocale() {
        CatalogError notFound = constant(payments, "NOT_FOUND");
        assertEquals(List.of("Die Zahlung wurde gelöscht.", "Die ID ist falsch."), notFound.causes(Locale.GERMAN));
        assertEquals(List.of(), notFound.solutions(Locale.GERMAN));
    }

    @Test
    void wrongArgumentCountIsRefused() {
        CatalogError tooLong = constant(payments, "TOO_LONG");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> tooLong.message(Locale.ENGLISH, "only one"));
        assertEquals("TOO_LONG takes 3 arguments, not 1", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tooLong.exception("only one"));
    }

    @Test
    void typedFactoryMakesTheGroupException() throws Exception {
        Method factory = paymentsEnum.getMethod("tooLong", String.class, int.class, String.class);
        Class<?> validation = loader.loadClass("com.example.payments.PaymentsValidationException");
        Class<?> base = loader.loadClass("com.example.payments.PaymentsException");
        assertSame(validation, factory.getReturnType());
        assertSame(base, validation.getSuperclass());
        assertSame(CatalogException.class, base.getSuperclass(), "every catalog's exception has one common base");

        CatalogException exception = factory("tooLong", new Class<?>[] {String.class, int.class, String.class},
                "name", 10, "abc");
        assertEquals("Field 'name' must be shorter than '10' characters. Value of '***' was provided.",
                exception.getMessage(), "value is sensitive");
        assertEquals("Feld 'name' muss kürzer als '10' Zeichen sein. Angegeben wurde '***'.",
                exception.getMessage(Locale.GERMAN));
        assertEquals(400, exception.getHttpStatus());
        assertSame(constant(payments, "TOO_LONG"), exception.getError());
        assertEquals(List.of("name", 10, "abc"), exception.getArguments(), "code that asks gets the value");
        assertSame(paymentsEnum, base.getMethod("getError").getReturnType(), "getError() is typed per catalog");
    }

    @Test
    void eachConstantMakesTheExceptionOfItsGroup() {
        CatalogException exception = constant(payments, "UPSTREAM_DOWN").exception("ledger", 3L, 0.5, true);
        assertEquals("com.example.payments.PaymentsServerFailure", exception.getClass().getName());
        assertEquals("The ledger service failed after 3 attempts (0.5, partial: true).", exception.getMessage());
        CatalogException notFound = constant(payments, "NOT_FOUND").exception();
        assertEquals("com.example.payments.PaymentsException", notFound.getClass().getName());
    }

    @Test
    void retryDelayFollowsTheCatalogsAdvice() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        CatalogError rateLimited = constant(payments, "RATE_LIMITED");
        assertTrue(rateLimited.isRetryable());
        assertEquals(Optional.of(Duration.ofSeconds(7)), rateLimited.retryDelay("7", now));
        assertEquals(Optional.of(Duration.ZERO), rateLimited.retryDelay("garbage", now),
                "retryable, but the header announces no usable wait");
        CatalogError notFound = constant(payments, "NOT_FOUND");
        assertFalse(notFound.isRetryable());
        assertEquals(Optional.empty(), notFound.retryDelay("7", now), "never: whatever the header says");
        CatalogError unknown = payments.unknown();
        assertEquals(Optional.of(Duration.ofSeconds(120)), unknown.retryDelay("120", now),
                "where the catalog is silent, the header is honoured");
        assertEquals(Optional.empty(), unknown.retryDelay(null, now));
    }

    @Test
    void acceptLanguagePicksTheBestCatalogLocale() {
        assertEquals(Locale.forLanguageTag("de"), payments.localeFor("de-CH,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.forLanguageTag("de"), payments.localeFor("fr;q=1, de;q=0.5"));
        assertEquals(Locale.forLanguageTag("en"), payments.localeFor("ja, ko"), "none acceptable");
        assertEquals(Locale.forLanguageTag("en"), payments.localeFor(null));
        assertEquals(Locale.forLanguageTag("en"), payments.localeFor("de;q=2;;"), "malformed");
    }

    @Test
    void aProblemWithAnErrorsExtensionIsOneErrorNotAList() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://docs.example.com/payments/errors/not_found");
        body.put("detail", "The payment could not be found.");
        body.put("errors", List.of(Map.of("detail", "must be positive", "pointer", "#/age")));
        CatalogException decoded = payments.decode(404, body, null);
        assertSame(constant(payments, "NOT_FOUND"), decoded.getError());
        assertEquals("not_found", decoded.getRawCode());
    }

    @Test
    void anUnknownWarningOfAPartlySuccessfulResponseIsNoFailure() {
        Map<String, Object> body = Map.of("warnings", List.of(Map.of("type", "https://elsewhere.example/new", "title", "x")));
        Outcome<?> outcome = payments.decodeAll(207, body, null);
        assertFalse(outcome.anyFatal());
        assertEquals(1, outcome.warnings().size());
        assertEquals(List.of(), outcome.errors());
        Outcome<?> unknownError = payments.decodeAll(500, Map.of("errors", List.of(Map.of("title", "boom"))), null);
        assertTrue(unknownError.anyFatal(), "but an unknown error of a failed response is fatal");
    }

    @Test
    void oddMembersOfABodyAreNotTrusted() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 4294967700L);
        body.put("detail", Map.of("nested", true));
        CatalogException decoded = payments.decode(404, body, null);
        assertSame(payments.unknown(), decoded.getError(), "a body without NOT_FOUND's own type is not NOT_FOUND");
        assertEquals(404, decoded.getHttpStatus(), "the status member is no status");
        assertEquals("Unknown error", decoded.getMessage(), "a detail that is no text is no message: the title is");
        CatalogException teapot = payments.decode(418, null, null);
        assertSame(payments.unknown(), teapot.getError());
        assertEquals(418, teapot.getHttpStatus(), "a decoded error keeps the status it came with");
    }

    @Test
    void aDecodedErrorWithoutArgumentsSpeaksTheCatalogsTextEverywhere() {
        CatalogException decoded = payments.decode(404, Map.of("type", "https://docs.example.com/payments/errors/not_found",
                "detail", "what the server said"), null);
        assertEquals("The payment could not be found.", decoded.getMessage());
        assertEquals(decoded.getMessage(), decoded.getMessage(Locale.ENGLISH));
    }

    @Test
    void anErrorGuessedFromTheStatusKeepsWhatTheResponseSaid() {
        CatalogException guessed = payments.decode(404, Map.of("type", "https://elsewhere.example/gone",
                "detail", "The receipt was archived."), null);
        assertSame(payments.unknown(), guessed.getError(),
                "NOT_FOUND's body carries its own type: a body with another type is not NOT_FOUND");
        assertEquals("The receipt was archived.", guessed.getMessage(), "not the catalog's text for another error");
        assertEquals("https://elsewhere.example/gone", guessed.getRawCode(), "the foreign type, as sent");
    }

    @Test
    void extensionsMayNotTakeTheFormatsOwnMembers() {
        CatalogException exception = constant(payments, "NOT_FOUND").exception();
        assertThrows(IllegalArgumentException.class, () -> exception.withExtension("type", "evil"));
        assertThrows(IllegalArgumentException.class, () -> exception.withExtension(null, "x"));
        exception.withExtension("instance", "/payments/7");
        assertEquals(List.of("type", "status", "title", "detail", "instance"),
                List.copyOf(exception.toBody(Locale.ENGLISH).keySet()));
    }

    @Test
    void aBodyWithoutCodeLeavesTheCodeOut() {
        CatalogException upstream = constant(payments, "UPSTREAM_DOWN").exception("ledger", 1L, 0.5, false);
        assertFalse(upstream.toBody(Locale.ENGLISH).containsKey("type"), "no code, no type: about:blank");
        CatalogException limited = constant(payments, "RATE_LIMITED").exception();
        assertEquals(Map.of("note", "Slow down: {limit} reached."), limited.toBody(Locale.ENGLISH));
    }

    @Test
    void anUnknownErrorRendersInTheCatalogsWireFormat() {
        CatalogException unknown = payments.decode(418, Map.of("detail", "I am a teapot"), null);
        assertEquals(Map.of("status", 418, "title", "Unknown error", "detail", "I am a teapot"),
                unknown.toBody(Locale.ENGLISH), "a proxy can pass on what it did not recognise");
    }

    @Test
    void anExtendingCatalogSharesItsParentsErrorsAheadOfItsOwn() throws Exception {
        assertEquals(List.of("NOT_FOUND", "TOO_LONG", "RATE_LIMITED", "UPSTREAM_DOWN", "CARD_EXPIRED", "REFUND_EXPIRED", "UNKNOWN"),
                refunds.errors().stream().map(CatalogError::name).toList());
        CatalogError notFound = constant(refunds, "NOT_FOUND");
        assertEquals("https://docs.example.com/payments/errors#not_found", notFound.documentationUrl(),
                "an inherited error keeps its own catalog's documentation base");
        assertEquals("Nicht gefunden", notFound.title(Locale.GERMAN));
        assertFalse(refundsEnum.getMethod("tooLong", String.class, int.class, String.class).getReturnType()
                .getName().startsWith("com.example.payments"), "the child has its own exception classes");
    }

    @Test
    void anErrorWithoutTitleOrStatusTranslatedInAFileOfItsOwnAndKnownByAliases() throws Exception {
        CatalogError expired = constant(payments, "CARD_EXPIRED");
        assertNull(expired.title(Locale.ENGLISH), "the catalog gives it none, and invents none");
        assertEquals(0, expired.httpStatus());
        assertEquals("Die Karte ist im Mai abgelaufen.", expired.message(Locale.GERMAN, "Mai"),
                "from payments.de.yaml");
        assertEquals(List.of("The card is past its expiry date."), expired.causes(Locale.GERMAN),
                "untranslated: the default locale's");
        assertSame(expired, payments.byCode("0054").orElseThrow());
        assertSame(expired, payments.byCode("expired_card").orElseThrow());
        assertEquals("card_expired", expired.code());
        assertEquals(List.of("expired_card", "0054"), expired.aliases());
    }
}
