package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.example.shop.OrdersError;

class CheckoutTest {

    @Test
    void theLibrarysErrorsWorkWhetherBuiltOrRestored() {
        assertEquals("Bestellung 7 wurde nicht gefunden.", OrdersError.ORDER_NOT_FOUND.message(Locale.GERMAN, "7"));
        assertEquals("The order is locked.", OrdersError.LOCKED.message(Locale.GERMAN));
        assertEquals("https://shop.example/errors/order_not_found",
                OrdersError.orderNotFound("7").toBody(Locale.ENGLISH).get("type"));
    }

    // one more test here
}
