package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.errorcatalog.it.errorcatalog.Retry;

/** Written as a user of the plugin would, against the generated API only: the catalog's types and the runtime. */
class ShopErrorTest {

    @Test
    void lookUpByWireCodeAndByStatus() {
        assertSame(ShopError.QUANTITY_TOO_HIGH, ShopError.CATALOG.byCode("quantity_too_high").get());
        assertSame(ShopError.ORDER_NOT_FOUND, ShopError.CATALOG.byCode("404001").get());
        assertTrue(!ShopError.CATALOG.byCode("nope").isPresent());
        assertSame(ShopError.OUT_OF_STOCK, ShopError.CATALOG.byHttpStatus(409).get());
        assertEquals(404, ShopError.ORDER_NOT_FOUND.httpStatus());
        assertEquals(Retry.AFTER_DELAY, ShopError.OUT_OF_STOCK.retry());
        assertEquals("https://shop.example.com/docs/errors#order-not-found",
                ShopError.ORDER_NOT_FOUND.documentationUrl());
    }

    @Test
    void messagesInTwoLocalesWithFallbackToTheDefault() {
        assertEquals("Order A-1 does not exist.", ShopError.ORDER_NOT_FOUND.message(Locale.ENGLISH, "A-1"));
        assertEquals("La commande A-1 n'existe pas.", ShopError.ORDER_NOT_FOUND.message(Locale.FRANCE, "A-1"));
        assertEquals("Order A-1 does not exist.", ShopError.ORDER_NOT_FOUND.message(Locale.CHINESE, "A-1"));
        assertEquals("Quantité trop élevée", ShopError.QUANTITY_TOO_HIGH.title(Locale.FRENCH));
        assertEquals("Vous pouvez commander au plus 3 exemplaires de « pen ».",
                ShopError.QUANTITY_TOO_HIGH.message(Locale.FRENCH, "pen", 3));
    }

    @Test
    void typedFactoryThrowsTheGroupException() {
        ShopValidationException thrown = assertThrows(ShopValidationException.class, () -> {
            throw ShopError.quantityTooHigh("pen", 3);
        });
        assertEquals("You can order at most 3 of 'pen'.", thrown.getMessage());
        assertEquals(400, thrown.getHttpStatus());
        assertSame(ShopError.QUANTITY_TOO_HIGH, thrown.getError());
    }

    @Test
    void applicationsCatchAtTheLevelTheyNeed() {
        try {
            throw ShopError.OUT_OF_STOCK.exception();
        } catch (ShopStockException e) {
            assertEquals("L'article est en rupture de stock.", e.getMessage(Locale.FRENCH));
        }
        try {
            throw ShopError.quantityTooHigh("pen", 3);
        } catch (ShopException e) {
            assertTrue(e instanceof ShopValidationException);
            assertTrue(e instanceof RuntimeException);
        }
    }

    @Test
    void aWrongArgumentCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShopError.ORDER_NOT_FOUND.exception());
        assertEquals("ORDER_NOT_FOUND takes 1 arguments, not 0", e.getMessage());
    }

    @Test
    void aClientKnowsWhetherAndWhenToRetry() {
        java.time.Instant now = java.time.Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(90)),
                ShopError.OUT_OF_STOCK.retryDelay("Sun, 01 Mar 2026 10:01:30 GMT", now));
        assertEquals(java.util.Optional.of(java.time.Duration.ZERO), ShopError.OUT_OF_STOCK.retryDelay("-1", now));
        assertTrue(!ShopError.QUANTITY_TOO_HIGH.retryDelay("30", now).isPresent());
    }

    @Test
    void aServiceAnswersInTheCallersLanguage() {
        Locale locale = ShopError.CATALOG.localeFor("fr-CA,fr;q=0.9,en;q=0.5");
        assertEquals(Locale.FRENCH, locale);
        assertEquals("La commande A-1 n'existe pas.", ShopError.ORDER_NOT_FOUND.message(locale, "A-1"));
        assertEquals(Locale.ENGLISH, ShopError.CATALOG.localeFor("pt-BR"));
    }
}
