package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.errorcatalog.runtime.ShopError.ShopException;

/** The runtime at work on a catalog written as the plugin generates one. */
class ErrorCatalogTest {

    private static final ErrorCatalog<ShopError, ShopException> SHOP = ShopError.CATALOG;

    @Test
    void factsComeFromTheCatalogsTable() {
        assertEquals("order_not_found", ShopError.ORDER_NOT_FOUND.code());
        assertEquals(404, ShopError.ORDER_NOT_FOUND.httpStatus());
        assertEquals(Severity.WARNING, ShopError.OUT_OF_STOCK.severity());
        assertTrue(ShopError.UPSTREAM_DOWN.isRetryable());
        assertEquals(1, ShopError.ORDER_NOT_FOUND.parameterCount());
        assertEquals(List.of(ShopError.values()), SHOP.errors());
        assertSame(ShopError.UNKNOWN, SHOP.unknown());
    }

    @Test
    void grpcCodeIsDerivedFromTheHttpStatusByGooglesTable() {
        assertEquals(GrpcStatus.NOT_FOUND, ShopError.ORDER_NOT_FOUND.grpcStatus());
        assertEquals(GrpcStatus.UNAVAILABLE, ShopError.UPSTREAM_DOWN.grpcStatus());
        assertEquals(GrpcStatus.UNKNOWN, ShopError.UNKNOWN.grpcStatus(), "no status: UNKNOWN");
        Map<Integer, GrpcStatus> table = new LinkedHashMap<>();
        table.put(200, GrpcStatus.OK);
        table.put(204, GrpcStatus.OK);
        table.put(302, GrpcStatus.UNKNOWN);
        table.put(400, GrpcStatus.INVALID_ARGUMENT);
        table.put(401, GrpcStatus.UNAUTHENTICATED);
        table.put(402, GrpcStatus.FAILED_PRECONDITION);
        table.put(403, GrpcStatus.PERMISSION_DENIED);
        table.put(404, GrpcStatus.NOT_FOUND);
        table.put(409, GrpcStatus.ABORTED);
        table.put(416, GrpcStatus.OUT_OF_RANGE);
        table.put(429, GrpcStatus.RESOURCE_EXHAUSTED);
        table.put(499, GrpcStatus.CANCELLED);
        table.put(500, GrpcStatus.INTERNAL);
        table.put(501, GrpcStatus.UNIMPLEMENTED);
        table.put(502, GrpcStatus.INTERNAL);
        table.put(503, GrpcStatus.UNAVAILABLE);
        table.put(504, GrpcStatus.DEADLINE_EXCEEDED);
        table.put(0, GrpcStatus.UNKNOWN);
        table.forEach((status, code) -> assertEquals(code, GrpcStatus.forHttpStatus(status), "HTTP " + status));
        assertEquals(16, GrpcStatus.UNAUTHENTICATED.number());
        assertEquals(17, GrpcStatus.values().length);
        assertEquals(GrpcStatus.DATA_LOSS, GrpcStatus.byName("DATA_LOSS"));
        assertEquals(null, GrpcStatus.byName("data_loss"));
    }

    @Test
    void lookupsByCodeAndStatus() {
        assertEquals(Optional.of(ShopError.ORDER_NOT_FOUND), SHOP.byCode("order_not_found"));
        assertEquals(Optional.empty(), SHOP.byCode("nope"));
        assertEquals(List.of(ShopError.UPSTREAM_DOWN, ShopError.SERVICE_UNAVAILABLE), SHOP.allByHttpStatus(503));
        assertEquals(Optional.of(ShopError.UPSTREAM_DOWN), SHOP.byHttpStatus(503), "the first, in catalog order");
        assertEquals(List.of(), SHOP.allByHttpStatus(0));
    }

    @Test
    void textsFallBackAlongTheLocaleChainToTheDefaultNeverToTheJvms() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Bestellung 7 wurde nicht gefunden.",
                    ShopError.ORDER_NOT_FOUND.message(Locale.forLanguageTag("de-CH"), 7));
            assertEquals("Order 7 was not found.", ShopError.ORDER_NOT_FOUND.message(Locale.FRENCH, 7));
            assertEquals(List.of("Die Bestellung wurde gel\u00f6scht."), ShopError.ORDER_NOT_FOUND.causes(Locale.GERMAN));
            assertEquals(List.of(), ShopError.ORDER_NOT_FOUND.solutions(Locale.GERMAN));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void eachTextFallsBackOnItsOwnAlongTheChainWhereATranslationIsMissing() {
        Locale swiss = Locale.forLanguageTag("de-CH");
        assertEquals("Bestellung nicht auffindbar", ShopError.ORDER_NOT_FOUND.title(swiss), "de-CH's own");
        assertEquals("Bestellung 7 wurde nicht gefunden.", ShopError.ORDER_NOT_FOUND.message(swiss, 7), "from de");
        assertEquals(List.of("Die Bestellung wurde gel\u00f6scht."), ShopError.ORDER_NOT_FOUND.causes(swiss),
                "a list from the nearest locale that has one, whole: de lists one cause where en lists two");
        assertEquals("Some items are out of stock.", ShopError.OUT_OF_STOCK.message(swiss), "from en: untranslated");
        assertEquals("Conflict", ShopError.LEGACY_NOTE.title(Locale.GERMAN), "de has its message, not its title");
        assertEquals("Es gibt einen Konflikt.", ShopError.LEGACY_NOTE.message(Locale.GERMAN));
        assertEquals("Bestellung nicht gefunden", ShopError.ORDER_NOT_FOUND.title(Locale.forLanguageTag("de-AT")),
                "a locale the catalog does not list takes its nearest parent's");
    }

    @Test
    void anErrorWithoutATitleHasNoneInAnyLocaleAndItsProblemSendsNone() {
        assertNull(ShopError.CARD_DECLINED.title(Locale.ENGLISH));
        assertNull(ShopError.CARD_DECLINED.title(Locale.GERMAN));
        Map<String, Object> body = SHOP.exception(ShopError.CARD_DECLINED).toBody(Locale.ENGLISH);
        assertFalse(body.containsKey("title"), body.toString());
        assertEquals("The card was declined.", body.get("detail"));
    }

    @Test
    void aliasesFindAndDecodeTheErrorWhichStillRendersItsOwnCode() {
        assertEquals(List.of("order_missing", "no_such_order"), ShopError.ORDER_NOT_FOUND.aliases());
        assertEquals(List.of(), ShopError.OUT_OF_STOCK.aliases());
        assertEquals(Optional.of(ShopError.ORDER_NOT_FOUND), SHOP.byCode("no_such_order"));
        ShopException decoded = SHOP.decode(404, Map.of("type", "https://shop.example/errors/order_missing"), null);
        assertSame(ShopError.ORDER_NOT_FOUND, decoded.getError());
        assertEquals("https://shop.example/errors/order_not_found",
                SHOP.exception(ShopError.ORDER_NOT_FOUND, 7).toBody(Locale.ENGLISH).get("type"));
    }

    @Test
    void theArgumentCountIsChecked() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ShopError.ORDER_NOT_FOUND.exception());
        assertEquals("ORDER_NOT_FOUND takes 1 arguments, not 0", wrong.getMessage());
    }

    @Test
    void anExceptionIsOfItsGroupsClass() {
        assertInstanceOf(ShopError.ShopUpstreamException.class, ShopError.UPSTREAM_DOWN.exception());
        assertSame(ShopException.class, SHOP.exception(ShopError.ORDER_NOT_FOUND, 7).getClass());
    }

    @Test
    void anErrorOfAGroupThatWasNeverAddedFailsTheBuild() {
        ErrorCatalog.Builder<ShopError, ShopException> facts =
                ErrorCatalog.builder(ShopError.class, ShopError.values(), "io.errorcatalog.runtime.ShopMessages",
                        ShopException::new);
        facts.locales("en");
        for (ShopError error : ShopError.values()) {
            int group = error == ShopError.UPSTREAM_DOWN ? 0 : -1;
            facts.error(error, null, 0, Severity.FATAL, Retry.NEVER, group, 0, null, -1, null);
        }
        facts.unknown(ShopError.UNKNOWN, -1);
        IllegalStateException wrong = assertThrows(IllegalStateException.class, facts::build);
        assertEquals("io.errorcatalog.runtime.ShopError.UPSTREAM_DOWN is in exception group 0, but 0 group(s) were added",
                wrong.getMessage());
    }

    @Test
    void aBodyIsFoundByItsCodeOrItsOwnType() {
        assertSame(ShopError.ORDER_NOT_FOUND, SHOP.decode(404,
                Map.of("type", "https://shop.example/errors/order_not_found"), null).getError());
        assertSame(ShopError.CARD_DECLINED, SHOP.decode(402,
                Map.of("type", "https://payments.example/declined"), null).getError(), "by its own type");
        assertSame(ShopError.LEGACY_NOTE, SHOP.decode(409, Map.of("note", "it conflicts"), null).getError(),
                "a code-message shape without a code member: by its message member");
    }

    /** A failed request must never be read as one that went on: issue "wrong answers", item 1. */
    @Test
    void aTypelessFailureOfAStatusIsTheFatalErrorWithoutACodeNotTheOptimisticOne() {
        Map<String, Object> springs = new LinkedHashMap<>();
        springs.put("type", "about:blank");
        springs.put("status", 503);
        springs.put("title", "Service Unavailable");
        for (Map<String, ?> body : List.of(SHOP.exception(ShopError.SERVICE_UNAVAILABLE).toBody(Locale.ENGLISH),
                springs, Map.of("title", "Service Unavailable", "status", 503))) {
            Outcome<ShopException> outcome = SHOP.decodeAll(503, body, null);
            assertSame(ShopError.SERVICE_UNAVAILABLE, outcome.errors().get(0).getError(), body.toString());
            assertTrue(outcome.anyFatal(), body.toString());
        }
    }

    @Test
    void aFailedResponseIsFatalWhateverItsBodySays() {
        Outcome<ShopException> outcome = SHOP.decodeAll(503,
                Map.of("type", "https://shop.example/errors/upstream_down"), null);
        assertSame(ShopError.UPSTREAM_DOWN, outcome.errors().get(0).getError(), "the body names it exactly");
        assertTrue(outcome.anyFatal(), "but the request failed: 503");
        assertTrue(SHOP.decodeAll(400, Map.of("warnings", List.of(Map.of("type",
                "https://shop.example/errors/out_of_stock"))), null).anyFatal(), "a failure with only warnings in it");
    }

    @Test
    void aStatusWhoseErrorsAllCarryCodesGivesUnknownForABodyWithout() {
        ShopException decoded = SHOP.decode(404, Map.of("detail", "no such route"), null);
        assertSame(ShopError.UNKNOWN, decoded.getError(), "ORDER_NOT_FOUND always sends its type");
        assertEquals("no such route", decoded.getMessage());
        assertEquals(404, decoded.getHttpStatus());
    }

    /**
     * The body is a server's: nested deeper than any stack (as a JSON parser without a limit gives it) or huge, it
     * decodes, and its text for the log is what String.valueOf writes, cut.
     */
    @Test
    void aBodyNestedThousandsDeepOrHugeDecodesAndIsCutForTheLog() {
        Map<String, Object> deep = new java.util.HashMap<>();
        Map<String, Object> level = deep;
        for (int i = 0; i < 200_000; i++) {
            Map<String, Object> inner = new java.util.HashMap<>();
            level.put("cause", inner);
            level = inner;
        }
        ShopException decoded = SHOP.decode(404, Map.of("detail", "no such route", "debug", List.of(deep)), null);
        assertEquals("no such route", decoded.getMessage());
        assertTrue(decoded.getRawBody().matches("\\{(detail=no such route, )?debug=\\[(\\{cause=)+\\.\\.\\.(\\})+\\]"
                + "(, detail=no such route)?\\}"), decoded.getRawBody());
        Map<String, Object> plain = new java.util.TreeMap<>(Map.of("detail", "x", "list", List.of(1, "b"), "n", 2));
        assertEquals(String.valueOf(plain), SHOP.decode(404, plain, null).getRawBody());
        String huge = SHOP.decode(404, Map.of("detail", "x", "items", java.util.Collections.nCopies(10_000_000, "item")),
                null).getRawBody();
        assertEquals(Bodies.RAW_BODY_LIMIT + 3, huge.length());
        assertTrue(huge.endsWith("..."), huge);
    }

    @Test
    void aPartlySuccessfulResponseListsErrorsAndWarnings() {
        Map<String, Object> body = Map.of("errors", List.of(Map.of("type", "https://shop.example/errors/upstream_down",
                "status", 503, "title", "down")), "warnings", List.of(Map.of(
                "type", "https://shop.example/errors/out_of_stock", "title", "some items")));
        Outcome<ShopException> outcome = SHOP.decodeAll(207, body, "5");
        assertEquals(List.of(ShopError.UPSTREAM_DOWN), outcome.errors().stream().map(ShopException::getError).toList());
        assertEquals(List.of(ShopError.OUT_OF_STOCK), outcome.warnings().stream().map(ShopException::getError).toList());
        assertFalse(outcome.anyFatal(), "a non-fatal error of a 207");
        assertEquals(503, outcome.errors().get(0).getHttpStatus(), "the item's own status");
        ShopException thrown = outcome.toException();
        assertSame(ShopError.UPSTREAM_DOWN, thrown.getError());
        assertEquals(1, thrown.getSuppressed().length);
    }

    @Test
    void bodiesRoundTripAndSeveralErrorsMakeOneBody() {
        ShopException notFound = SHOP.exception(ShopError.ORDER_NOT_FOUND, 7);
        notFound.withExtension("instance", "/orders/7");
        Map<String, Object> body = notFound.toBody(Locale.GERMAN);
        assertEquals(List.of("type", "status", "title", "detail", "instance"), List.copyOf(body.keySet()));
        assertEquals("Bestellung 7 wurde nicht gefunden.", body.get("detail"));
        assertSame(ShopError.ORDER_NOT_FOUND, SHOP.decode(404, body, null).getError());

        Map<String, Object> several = CatalogException.bodyOf(Locale.ENGLISH,
                List.of(SHOP.exception(ShopError.UPSTREAM_DOWN), SHOP.exception(ShopError.OUT_OF_STOCK)));
        assertEquals(List.of("errors", "warnings"), List.copyOf(several.keySet()));
        assertEquals(Map.of("type", "https://shop.example/errors/out_of_stock", "status", 200,
                "title", "Some items are out of stock."), ((List<?>) several.get("warnings")).get(0),
                "an embedded problem carries its message as its title");
    }

    @Test
    void theUnknownErrorRendersInTheCatalogsShapeSoAProxyCanPassItOn() {
        ShopException unknown = SHOP.decode(418, Map.of("detail", "I am a teapot", "type", "https://tea.example/pot"), null);
        assertSame(ShopError.UNKNOWN, unknown.getError());
        assertEquals("https://tea.example/pot", unknown.getRawCode());
        assertEquals(Map.of("status", 418, "title", "Unknown error", "detail", "I am a teapot"),
                unknown.toBody(Locale.ENGLISH));
    }

    @Test
    void acceptLanguagePicksACatalogLocale() {
        assertEquals(Locale.GERMAN, SHOP.localeFor("de-AT, en;q=0.5"));
        assertEquals(Locale.forLanguageTag("de-CH"), SHOP.localeFor("de-CH, en;q=0.5"));
        assertEquals(Locale.ENGLISH, SHOP.localeFor("ja"));
        assertEquals(Locale.ENGLISH, SHOP.localeFor(";;;q=x"));
    }

    @Test
    void acceptLanguageFindsTheLocaleWhoseBundlesAnswerItAsTheTextsDo() {
        ErrorCatalog.Builder<ShopError, ShopException> facts = ErrorCatalog.builder(ShopError.class, ShopError.values(),
                "io.errorcatalog.runtime.ShopMessages", ShopException::new);
        facts.locales("en", "zh-Hant-TW", "zh-Hans", "nb", "de");
        for (ShopError error : ShopError.values()) {
            facts.error(error, null, 0, Severity.FATAL, Retry.NEVER, -1, 0, null, -1, null);
        }
        facts.unknown(ShopError.UNKNOWN, -1);
        ErrorCatalog<ShopError, ShopException> catalog = facts.build();

        assertEquals(Locale.forLanguageTag("zh-Hant-TW"), catalog.localeFor("zh-TW, en;q=0.5"));
        assertEquals(Locale.forLanguageTag("zh-Hans"), catalog.localeFor("zh-CN"));
        assertEquals(Locale.ENGLISH, catalog.localeFor("zh-HK"), "neither zh-Hant nor zh is a locale of it");
        assertEquals(Locale.forLanguageTag("nb"), catalog.localeFor("no, de;q=0.5"));
        assertEquals(Locale.GERMAN, catalog.localeFor("nb;q=0, de-AT;q=0.8"));
        assertEquals(Locale.GERMAN, catalog.localeFor("fr, de-*;q=0.5"));
        assertEquals(Locale.ENGLISH, catalog.localeFor("*"));
    }

    @Test
    void aDecodedErrorGivesTheResponsesTitleAndExtensionMembersTypedAndPassesThemOn() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://shop.example/errors/order_not_found");
        body.put("status", 404);
        body.put("title", "No such order");
        body.put("detail", "Order 7 was not found.");
        body.put("instance", "/orders/7");
        body.put("report", Map.of("orderId", 7));
        ShopException decoded = SHOP.decode(404, body, null);
        assertEquals("No such order", decoded.getRawTitle());
        assertEquals(Map.of("instance", "/orders/7", "report", Map.of("orderId", 7)), decoded.getExtensions());
        assertEquals(List.of("type", "status", "title", "detail", "instance", "report"),
                List.copyOf(decoded.toBody(Locale.ENGLISH).keySet()), "a proxy passes the members on");
        assertEquals(Map.of(), SHOP.exception(ShopError.ORDER_NOT_FOUND, 7).getExtensions());
        assertEquals(null, SHOP.exception(ShopError.ORDER_NOT_FOUND, 7).getRawTitle());
    }
}
