package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.example.billing.BillingError;
import com.example.orders.OrdersError;

class CheckoutTest {

    @Test
    void eachLibraryRunsOnItsOwnRuntimeInItsOwnModule() {
        assertEquals("Bestellung nicht gefunden / Invoice not found", Checkout.notFoundTitles(Locale.GERMAN));
        assertEquals("Order not found / Facture introuvable", Checkout.notFoundTitles(Locale.FRENCH));
        assertNotEquals(OrdersError.CATALOG.getClass(), BillingError.CATALOG.getClass());
        assertEquals("com.example.orders", OrdersError.CATALOG.getClass().getModule().getName());
        assertEquals("com.example.billing", BillingError.CATALOG.getClass().getModule().getName());
        assertTrue(Checkout.class.getModule().isNamed(), "the application is a named module");
    }

    @Test
    void eachDecodesItsOwnWireFormat() {
        assertSame(OrdersError.NOT_FOUND, OrdersError.CATALOG.decode(404,
                Collections.singletonMap("type", "https://orders.example/errors/not_found"), null).getError());
        assertSame(BillingError.NOT_FOUND, BillingError.CATALOG.decode(404,
                Collections.singletonMap("error_code", "not_found"), null).getError());
    }
}
