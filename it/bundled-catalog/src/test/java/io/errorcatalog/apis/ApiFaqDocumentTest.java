package io.errorcatalog.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.errorcatalog.apis.faq.ApiFaqClientException;
import io.errorcatalog.apis.faq.ApiFaqError;
import io.errorcatalog.apis.faq.ApiFaqException;
import io.errorcatalog.apis.faq.ApiFaqServerException;
import io.errorcatalog.apis.runtime.Retry;

/**
 * Facts of seed document 002, "API Error Code FAQs" (the table "Err Code | General meaning | Advised
 * solutions"), held by the {@code api-error-faq} catalog. The rows below are copied from the document.
 */
class ApiFaqDocumentTest {

    static Stream<Arguments> errorCodeTable() {
        return Stream.of(
                Arguments.of("400", "Bad Request. This usually occurs when the request being sent is malformed.",
                        "Check permissions on API resource being accessed. Check configurations on source or extract."),
                Arguments.of("401", "Incorrect authentication. This usually occurs when your API credentials are incorrect.",
                        "Check that the credentials are correct and valid."),
                Arguments.of("403", "Insufficient permissions. This usually occurs when the permissions associated to the "
                                + "authenticated method (e.g. the user or API credential) are insufficient to perform the "
                                + "relevant action.",
                        "Check that the authenticated user has enough permissions and/or scope to call the API."),
                Arguments.of("404", "Not found. This usually occurs if the server cannot find the requested resource.",
                        "Check if for temporary service outage. Check if API resource is still available (i.e. active)."),
                Arguments.of("414", "URI Too Long. This usually occurs if the requested URI is too large.",
                        "If applicable, use a custom version of the report and specify less parameters until the request "
                                + "is accepted by API."),
                Arguments.of("429", "Too many requests. This usually occurs when the number of requests in a given period "
                                + "exceeds the limit.",
                        "Reduce the number of concurrent extract runs and/or spread the schedules of extracts in the same "
                                + "source."),
                Arguments.of("500", "Internal server error. This usually occurs when the server (API) is down.",
                        "Due to the server side origins of this type of error, best option is to try again later."),
                Arguments.of("502", "Bad gateway. This usually occurs when the server received an invalid response while "
                                + "acting as a gateway or proxy server.",
                        "Due to the server side origins of this type of error, best option is to try again later."),
                Arguments.of("503", "Service unavailable. This usually occurs when the server is not ready to handle the "
                                + "request.",
                        "Due to the server side origins of this type of error, best option is to try again later."),
                Arguments.of("504", "Gateway timeout. This usually occurs when the server, while acting as a gateway or "
                                + "proxy, did not get a response in time.",
                        "Reduce the volume of data being queried. If applicable, reduce backfill settings."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCodeTable")
    void errorCodeByCode(String errCode, String generalMeaning, String advisedSolutions) {
        // 002: the "Err Code" is the HTTP status; the "General meaning" is a short name, then the explanation.
        ApiFaqError error = ApiFaqError.CATALOG.byCode(errCode).get();
        int status = Integer.parseInt(errCode);
        assertEquals(errCode, error.code());
        assertEquals(status, error.httpStatus());
        assertEquals(error, ApiFaqError.CATALOG.byHttpStatus(status).get());
        assertEquals(Arrays.asList(error), ApiFaqError.CATALOG.allByHttpStatus(status));
        assertEquals(generalMeaning, error.title(Locale.ENGLISH) + ". " + error.message(Locale.ENGLISH));
        assertTrue(generalMeaning.startsWith(error.title(Locale.ENGLISH) + ". "), error.title(Locale.ENGLISH));
        assertEquals(advisedSolutions, String.join(" ", error.solutions(Locale.ENGLISH)));
        // 002 names no causes apart from the meaning.
        assertTrue(error.causes(Locale.ENGLISH).isEmpty());

        ApiFaqException exception = error.exception();
        assertEquals(generalMeaning.substring(generalMeaning.indexOf(". ") + 2), exception.getMessage());
        assertEquals(status, exception.getHttpStatus());
        if (status < 500) {
            assertTrue(exception instanceof ApiFaqClientException, exception.getClass().getName());
        } else {
            assertTrue(exception instanceof ApiFaqServerException, exception.getClass().getName());
        }
    }

    @Test
    void onlyTheDocumentedCodes() {
        // 002 lists exactly these ten codes.
        List<String> documented = Arrays.asList("400", "401", "403", "404", "414", "429", "500", "502", "503", "504");
        // values() ends with UNKNOWN, the generated stand-in for a response the catalog does not know.
        assertEquals(documented.size() + 1, ApiFaqError.values().length);
        assertEquals(ApiFaqError.UNKNOWN, ApiFaqError.values()[documented.size()]);
        for (int i = 0; i < documented.size(); i++) {
            assertEquals(documented.get(i), ApiFaqError.values()[i].code());
        }
        assertFalse(ApiFaqError.CATALOG.byCode("405").isPresent());
        assertFalse(ApiFaqError.CATALOG.byHttpStatus(501).isPresent());
    }

    @Test
    void retryOnlyWhereTheDocumentSaysTryAgainLater() {
        // 002: 500, 502 and 503 advise "Due to the server side origins of this type of error, best option is to
        // try again later."; no other row says anything about retrying.
        List<String> tryAgainLater = Arrays.asList("500", "502", "503");
        for (ApiFaqError error : ApiFaqError.values()) {
            if (tryAgainLater.contains(error.code())) {
                assertEquals(Retry.AFTER_DELAY, error.retry(), error.code());
                assertEquals(Arrays.asList("Due to the server side origins of this type of error, best option is to try "
                        + "again later."), error.solutions(Locale.ENGLISH));
            } else {
                assertEquals(Retry.UNSPECIFIED, error.retry(), error.code());
            }
        }
    }

    @Test
    void germanJapaneseAndFallback() {
        // 002, 404: "Not found. This usually occurs if the server cannot find the requested resource."
        ApiFaqError error = ApiFaqError.CATALOG.byCode("404").get();
        String english = "This usually occurs if the server cannot find the requested resource.";
        assertEquals("Dies tritt in der Regel auf, wenn der Server die angeforderte Ressource nicht finden kann.",
                error.message(Locale.GERMAN));
        assertEquals("これは通常、サーバーが要求されたリソースを見つけられない場合に発生します。", error.message(Locale.JAPANESE));
        assertNotEquals(english, error.message(Locale.GERMAN));
        assertEquals("Nicht gefunden", error.title(Locale.GERMAN));
        assertEquals("見つかりません", error.title(Locale.JAPANESE));
        assertEquals(english, error.message(Locale.KOREAN));
        assertEquals(english, error.message(Locale.forLanguageTag("pt-BR")));
        assertEquals("Not found", error.title(Locale.forLanguageTag("pt-BR")));
        assertEquals(Arrays.asList("Check if for temporary service outage.",
                "Check if API resource is still available (i.e. active)."), error.solutions(Locale.KOREAN));
    }
}
