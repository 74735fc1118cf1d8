package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OrdersErrorTest {

    private static final Locale SWISS = Locale.forLanguageTag("de-CH");

    @Test
    void eachTextFallsBackOnItsOwnFromDeChToDeToEn() {
        assertEquals("Bestellung nicht auffindbar", OrdersError.ORDER_NOT_FOUND.title(SWISS));
        assertEquals("Bestellung 7 wurde nicht gefunden.", OrdersError.ORDER_NOT_FOUND.message(SWISS, "7"));
        assertEquals("Out of stock", OrdersError.OUT_OF_STOCK.title(SWISS));
        assertEquals("Out of stock", OrdersError.OUT_OF_STOCK.title(Locale.GERMAN));
        assertEquals("Order 7 was not found.", OrdersError.ORDER_NOT_FOUND.message(Locale.JAPANESE, "7"));
    }

    @Test
    void aStaleTranslationKeepsServingAndAFileOfTranslationsServesToo() {
        assertEquals("Ein Artikel ist ausverkauft.", OrdersError.OUT_OF_STOCK.message(Locale.GERMAN));
        assertEquals("Die Bestellung ist gesperrt.", OrdersError.LOCKED.message(SWISS));
        assertEquals(Arrays.asList("Another request is changing it."), OrdersError.LOCKED.causes(SWISS));
    }

    @Test
    void anErrorWithoutTitleOrStatusHasNone() {
        assertNull(OrdersError.LOCKED.title(Locale.ENGLISH));
        assertEquals(0, OrdersError.LOCKED.httpStatus());
    }

    @Test
    void anAliasFindsAndDecodesTheErrorWhichRendersItsOwnCode() {
        assertSame(OrdersError.ORDER_NOT_FOUND, OrdersError.CATALOG.byCode("no_such_order").get());
        Map<String, Object> body = new HashMap<>();
        body.put("error_code", "no_such_order");
        body.put("message", "Order 7 was not found.");
        assertSame(OrdersError.ORDER_NOT_FOUND, OrdersError.CATALOG.decode(404, body, null).getError());
        assertEquals("order_not_found", OrdersError.orderNotFound("7").toBody(Locale.ENGLISH).get("error_code"));
    }

    @Test
    void theBodyOfAnErrorInTheCallersLanguageUsesTheFallbacks() {
        assertEquals("Some items are out of stock.",
                OrdersError.OUT_OF_STOCK.exception().toBody(Locale.FRENCH).get("message"));
    }
}
