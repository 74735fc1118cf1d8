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

import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/** The generated code of the small catalogs, compiled with {@code --release 8 -Xlint:all -Werror}, at work. */
class GeneratedCodeTest {

    @TempDir
    static Path output;

    private static URLClassLoader loader;
    private static Class<?> payments;
    private static Class<?> refunds;

    @BeforeAll
    static void compileTheGoldenCatalogs() throws Exception {
        Catalogs.generate(Catalogs.GOLDEN_CATALOGS, output);
        loader = JavaCompilation.compileAndLoad(output.resolve("java"), output.resolve("resources"),
                output.resolve("classes"));
        payments = loader.loadClass("com.example.payments.PaymentsError");
        refunds = loader.loadClass("com.example.refunds.RefundsError");
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    private static Object constant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError("no constant " + name);
    }

    private static Object call(Object target, String method, Class<?>[] types, Object... arguments) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Method found = type.getMethod(method, types);
        try {
            return found.invoke(target instanceof Class<?> ? null : target, arguments);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Object call(Object target, String method) throws Exception {
        return call(target, method, new Class<?>[0]);
    }

    private static String message(Object constant, Locale locale, Object... arguments) throws Exception {
        return (String) call(constant, "message", new Class<?>[] {Locale.class, Object[].class}, locale, arguments);
    }

    @Test
    void javadocOfTheGeneratedCodePassesEveryDoclintCheck() throws Exception {
        JavaCompilation.assertJavadocIsClean(output.resolve("java"), output.resolve("javadoc"));
    }

    @Test
    void constantsKeepCatalogOrderAndFacts() throws Exception {
        assertEquals(List.of("NOT_FOUND", "TOO_LONG", "RATE_LIMITED", "UPSTREAM_DOWN", "UNKNOWN"),
                java.util.Arrays.stream(payments.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        Object notFound = constant(payments, "NOT_FOUND");
        assertEquals("not_found", call(notFound, "code"));
        assertEquals(404, call(notFound, "httpStatus"));
        assertEquals("FATAL", call(notFound, "severity").toString());
        assertEquals("NEVER", call(notFound, "retry").toString());
        assertEquals("https://docs.example.com/payments/errors#not_found", call(notFound, "documentationUrl"));
        Object rateLimited = constant(payments, "RATE_LIMITED");
        assertEquals("0429", call(rateLimited, "code"), "a code is the catalog's text, leading zero and all");
        assertEquals("RETRY_AFTER", call(rateLimited, "retry").toString());
        assertEquals("NON_FATAL", call(rateLimited, "severity").toString());
    }

    @Test
    void undocumentedCodeAndStatusAreNullAndZero() throws Exception {
        Object upstream = constant(payments, "UPSTREAM_DOWN");
        assertNull(call(upstream, "code"));
        assertEquals(0, call(upstream, "httpStatus"));
        assertTrue(payments.getField("UPSTREAM_DOWN").isAnnotationPresent(Deprecated.class));
    }

    @Test
    void lookupByCodeAndByStatus() throws Exception {
        assertEquals(Optional.of(constant(payments, "TOO_LONG")),
                call(payments, "byCode", new Class<?>[] {String.class}, "too_long"));
        assertEquals(Optional.empty(), call(payments, "byCode", new Class<?>[] {String.class}, "unknown"));
        assertEquals(Optional.of(constant(payments, "NOT_FOUND")),
                call(payments, "byHttpStatus", new Class<?>[] {int.class}, 404));
        assertEquals(Optional.empty(), call(payments, "byHttpStatus", new Class<?>[] {int.class}, 0),
                "status 0 stands for undocumented and finds nothing");
        assertEquals(List.of(constant(payments, "TOO_LONG")),
                call(payments, "allByHttpStatus", new Class<?>[] {int.class}, 400));
    }

    @Test
    void messagesInEachLocaleWithFallbackToTheDefault() throws Exception {
        Object tooLong = constant(payments, "TOO_LONG");
        assertEquals("Field 'name' must be shorter than '1,000' characters. Value of 'x' was provided.",
                message(tooLong, Locale.ENGLISH, "name", 1000, "x"));
        assertEquals("Feld 'name' muss kürzer als '1.000' Zeichen sein. Angegeben wurde 'x'.",
                message(tooLong, Locale.GERMANY, "name", 1000, "x"));
        assertEquals("Field 'name' must be shorter than '5' characters. Value of 'x' was provided.",
                message(tooLong, Locale.JAPANESE, "name", 5, "x"), "a locale the catalog lacks falls back to en");
        assertEquals("Slow down: {limit} reached.", message(constant(payments, "RATE_LIMITED"), Locale.ENGLISH));
        assertEquals("Wert zu lang", call(tooLong, "title", new Class<?>[] {Locale.class}, Locale.GERMAN));
        assertEquals("Value too long", call(tooLong, "title", new Class<?>[] {Locale.class}, Locale.ROOT));
    }

    @Test
    void theJvmDefaultLocaleIsNeverAFallback() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Not found", call(constant(payments, "NOT_FOUND"), "title",
                    new Class<?>[] {Locale.class}, Locale.FRENCH), "fr falls back to en, not to the JVM's de");
            assertEquals("Die Zahlung wurde nicht gefunden.",
                    call(constant(payments, "NOT_FOUND"), "message", new Class<?>[] {Object[].class},
                            (Object) new Object[0]), "message(Object...) speaks the JVM's locale");
            assertEquals("Nicht gefunden", call(constant(payments, "NOT_FOUND"), "title"), "so does title()");
            RuntimeException exception = (RuntimeException) call(payments, "notFound");
            assertEquals("The payment could not be found.", exception.getMessage(),
                    "an exception's message is in the catalog's default locale, for logs");
            assertEquals("Die Zahlung wurde nicht gefunden.", exception.getLocalizedMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void causesAndSolutionsPerLocale() throws Exception {
        Object notFound = constant(payments, "NOT_FOUND");
        assertEquals(List.of("Die Zahlung wurde gelöscht.", "Die ID ist falsch."),
                call(notFound, "causes", new Class<?>[] {Locale.class}, Locale.GERMAN));
        assertEquals(List.of(), call(notFound, "solutions", new Class<?>[] {Locale.class}, Locale.GERMAN));
    }

    @Test
    void wrongArgumentCountIsRefused() {
        Object tooLong = constant(payments, "TOO_LONG");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> message(tooLong, Locale.ENGLISH, "only one"));
        assertEquals("TOO_LONG takes 3 arguments, not 1", error.getMessage());
    }

    @Test
    void typedFactoryMakesTheGroupException() throws Exception {
        Method factory = payments.getMethod("tooLong", String.class, int.class, String.class);
        Class<?> validation = loader.loadClass("com.example.payments.PaymentsValidationException");
        Class<?> base = loader.loadClass("com.example.payments.PaymentsException");
        assertSame(validation, factory.getReturnType());
        assertSame(base, validation.getSuperclass());
        assertSame(RuntimeException.class, base.getSuperclass());

        RuntimeException exception = (RuntimeException) factory.invoke(null, "name", 10, "abc");
        assertEquals("Field 'name' must be shorter than '10' characters. Value of 'abc' was provided.",
                exception.getMessage());
        assertEquals("Feld 'name' muss kürzer als '10' Zeichen sein. Angegeben wurde 'abc'.",
                call(exception, "getMessage", new Class<?>[] {Locale.class}, Locale.GERMAN));
        assertEquals(400, call(exception, "getHttpStatus"));
        assertEquals(constant(payments, "TOO_LONG"), call(exception, "getError"));
        assertEquals(List.of("name", 10, "abc"), call(exception, "getArguments"));
    }

    @Test
    void eachConstantMakesTheExceptionOfItsGroup() throws Exception {
        Object upstream = constant(payments, "UPSTREAM_DOWN");
        Object exception = call(upstream, "exception", new Class<?>[] {Object[].class},
                (Object) new Object[] {"ledger", 3L, 0.5, true});
        assertEquals("com.example.payments.PaymentsServerFailure", exception.getClass().getName());
        assertEquals("The ledger service failed after 3 attempts (0.5, partial: true).",
                ((RuntimeException) exception).getMessage());
        Object notFound = call(constant(payments, "NOT_FOUND"), "exception", new Class<?>[] {Object[].class},
                (Object) new Object[0]);
        assertEquals("com.example.payments.PaymentsException", notFound.getClass().getName());
    }

    private static Optional<?> parseRetryAfter(String value, Instant now) throws Exception {
        Method parse = loader.loadClass("com.example.payments.PaymentsError$Support")
                .getDeclaredMethod("parseRetryAfter", String.class, Instant.class);
        parse.setAccessible(true);
        return (Optional<?>) parse.invoke(null, value, now);
    }

    @Test
    void retryAfterIsReadInEachFormOfRfc9110AndBadValuesNeverThrow() throws Exception {
        Instant now = Instant.parse("1994-11-06T08:49:07Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), parseRetryAfter("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), parseRetryAfter("Sun Nov  6 08:49:37 1994", now));
        assertEquals(Optional.of(Duration.ZERO), parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", now), "a past date");
        for (String bad : new String[] {null, "", "-5", "1.5", "soon", "Mon, 06 Nov 1994 08:49:37 GMT",
            "Monday, 06-Nov-94 08:49:37 GMT", "06-Nov-94 08:49:37 GMT", "120s"}) {
            assertEquals(Optional.empty(), parseRetryAfter(bad, now), "'" + bad + "'");
        }
    }

    @Test
    void retryDelayFollowsTheCatalogsAdvice() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Class<?>[] types = {String.class, Instant.class};
        Object rateLimited = constant(payments, "RATE_LIMITED");
        assertEquals(true, call(rateLimited, "isRetryable"));
        assertEquals(Optional.of(Duration.ofSeconds(7)), call(rateLimited, "retryDelay", types, "7", now));
        assertEquals(Optional.of(Duration.ZERO), call(rateLimited, "retryDelay", types, "garbage", now),
                "retryable, but the header announces no usable wait");
        Object notFound = constant(payments, "NOT_FOUND");
        assertEquals(false, call(notFound, "isRetryable"));
        assertEquals(Optional.empty(), call(notFound, "retryDelay", types, "7", now), "never: whatever the header says");
    }

    @Test
    void acceptLanguagePicksTheBestCatalogLocale() throws Exception {
        Class<?>[] types = {String.class};
        assertEquals(Locale.forLanguageTag("de"), call(payments, "localeFor", types, "de-CH,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.forLanguageTag("de"), call(payments, "localeFor", types, "fr;q=1, de;q=0.5"));
        assertEquals(Locale.forLanguageTag("en"), call(payments, "localeFor", types, "ja, ko"), "none acceptable");
        assertEquals(Locale.forLanguageTag("en"), call(payments, "localeFor", types, (Object) null));
        assertEquals(Locale.forLanguageTag("en"), call(payments, "localeFor", types, "de;q=2;;"), "malformed");
    }

    private static Object decodeAll(int status, Map<String, ?> body, String retryAfter) throws Exception {
        return call(payments, "decodeAll", new Class<?>[] {int.class, Map.class, String.class}, status, body, retryAfter);
    }

    private static RuntimeException decode(int status, Map<String, ?> body, String retryAfter) throws Exception {
        return (RuntimeException) call(payments, "decode", new Class<?>[] {int.class, Map.class, String.class},
                status, body, retryAfter);
    }

    @Test
    void aProblemWithAnErrorsExtensionIsOneErrorNotAList() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://docs.example.com/payments/errors/not_found");
        body.put("detail", "The payment could not be found.");
        body.put("errors", List.of(Map.of("detail", "must be positive", "pointer", "#/age")));
        RuntimeException decoded = decode(404, body, null);
        assertEquals(constant(payments, "NOT_FOUND"), call(decoded, "getError"));
        assertEquals("not_found", call(decoded, "getRawCode"));
    }

    @Test
    void anUnknownWarningOfAPartlySuccessfulResponseIsNoFailure() throws Exception {
        Map<String, Object> body = Map.of("warnings", List.of(Map.of("type", "https://elsewhere.example/new", "title", "x")));
        Object outcome = decodeAll(207, body, null);
        assertEquals(false, call(outcome, "anyFatal"));
        assertEquals(1, ((List<?>) call(outcome, "warnings")).size());
        assertEquals(List.of(), call(outcome, "errors"));
        Object unknownError = decodeAll(500, Map.of("errors", List.of(Map.of("title", "boom"))), null);
        assertEquals(true, call(unknownError, "anyFatal"), "but an unknown error of a failed response is fatal");
    }

    @Test
    void oddMembersOfABodyAreNotTrusted() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 4294967700L);
        body.put("detail", Map.of("nested", true));
        RuntimeException decoded = decode(404, body, null);
        assertEquals(constant(payments, "NOT_FOUND"), call(decoded, "getError"), "the status member is no status");
        assertEquals(404, call(decoded, "getHttpStatus"));
        RuntimeException teapot = decode(418, null, null);
        assertEquals("UNKNOWN", call(teapot, "getError").toString());
        assertEquals(418, call(teapot, "getHttpStatus"), "a decoded error keeps the status it came with");
    }

    @Test
    void aDecodedErrorWithoutArgumentsSpeaksTheCatalogsTextEverywhere() throws Exception {
        RuntimeException decoded = decode(404, Map.of("type", "https://docs.example.com/payments/errors/not_found",
                "detail", "what the server said"), null);
        assertEquals("The payment could not be found.", decoded.getMessage());
        assertEquals(decoded.getMessage(), call(decoded, "getMessage", new Class<?>[] {Locale.class}, Locale.ENGLISH));
    }

    @Test
    void anErrorGuessedFromTheStatusKeepsWhatTheResponseSaid() throws Exception {
        RuntimeException guessed = decode(404, Map.of("type", "https://elsewhere.example/gone",
                "detail", "The receipt was archived."), null);
        assertEquals(constant(payments, "NOT_FOUND"), call(guessed, "getError"), "the status's error");
        assertEquals("The receipt was archived.", guessed.getMessage(), "not the catalog's text for another error");
        assertEquals("https://elsewhere.example/gone", call(guessed, "getRawCode"), "the foreign type, as sent");
    }

    @Test
    void extensionsMayNotTakeTheFormatsOwnMembers() throws Exception {
        Object exception = call(constant(payments, "NOT_FOUND"), "exception", new Class<?>[] {Object[].class},
                (Object) new Object[0]);
        Class<?>[] types = {String.class, Object.class};
        assertThrows(IllegalArgumentException.class, () -> call(exception, "withExtension", types, "type", "evil"));
        assertThrows(IllegalArgumentException.class, () -> call(exception, "withExtension", types, null, "x"));
        call(exception, "withExtension", types, "instance", "/payments/7");
        assertEquals(List.of("type", "status", "title", "detail", "instance"), List.copyOf(((Map<?, ?>) call(exception,
                "toBody", new Class<?>[] {Locale.class}, Locale.ENGLISH)).keySet()));
    }

    @Test
    void aBodyWithoutCodeLeavesTheCodeOut() throws Exception {
        Object upstream = call(constant(payments, "UPSTREAM_DOWN"), "exception", new Class<?>[] {Object[].class},
                (Object) new Object[] {"ledger", 1L, 0.5, false});
        Map<?, ?> body = (Map<?, ?>) call(upstream, "toBody", new Class<?>[] {Locale.class}, Locale.ENGLISH);
        assertFalse(body.containsKey("type"), "no code, no type: about:blank");
        Object limited = call(constant(payments, "RATE_LIMITED"), "exception", new Class<?>[] {Object[].class},
                (Object) new Object[0]);
        assertEquals(Map.of("note", "Slow down: {limit} reached."),
                call(limited, "toBody", new Class<?>[] {Locale.class}, Locale.ENGLISH));
    }

    @Test
    void retryAfterIsBoundedAndHonouredWhereTheCatalogIsSilent() throws Exception {
        Instant now = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(Optional.of(Duration.ofDays(365)), parseRetryAfter("99999999999999999999999", now));
        assertEquals(Optional.of(Duration.ofDays(365)), parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now));
        assertEquals(Optional.of(Duration.ofSeconds(1)), parseRetryAfter("Sun, 06 Nov 1994 08:49:38 GMT", now));
        assertEquals(Optional.of(Duration.ofHours(15).plusMinutes(10).plusSeconds(23)),
                parseRetryAfter("Sun, 06 Nov 1994 23:59:60 GMT", now), "a leap second");
        Object unknown = constant(payments, "UNKNOWN");
        Class<?>[] types = {String.class, Instant.class};
        assertEquals(Optional.of(Duration.ofSeconds(120)), call(unknown, "retryDelay", types, "120", now));
        assertEquals(Optional.empty(), call(unknown, "retryDelay", types, null, now));
    }

    @Test
    void anExtendingCatalogSharesItsParentsErrorsAheadOfItsOwn() throws Exception {
        assertEquals(List.of("NOT_FOUND", "TOO_LONG", "RATE_LIMITED", "UPSTREAM_DOWN", "REFUND_EXPIRED", "UNKNOWN"),
                java.util.Arrays.stream(refunds.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        Object notFound = constant(refunds, "NOT_FOUND");
        assertEquals("https://docs.example.com/payments/errors#not_found", call(notFound, "documentationUrl"),
                "an inherited error keeps its own catalog's documentation base");
        assertEquals("Nicht gefunden", call(notFound, "title", new Class<?>[] {Locale.class}, Locale.GERMAN));
        assertFalse(refunds.getMethod("tooLong", String.class, int.class, String.class).getReturnType()
                .getName().startsWith("com.example.payments"), "the child has its own exception classes");
    }
}
