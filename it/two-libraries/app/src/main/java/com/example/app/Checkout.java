package com.example.app;

import java.util.Locale;

import com.example.billing.BillingError;
import com.example.orders.OrdersError;

/** Uses the errors of both libraries, as an application would. */
public final class Checkout {

    private Checkout() {
    }

    /**
     * The titles of both libraries' not-found errors.
     *
     * @param locale the locale
     * @return both titles
     */
    public static String notFoundTitles(Locale locale) {
        return OrdersError.NOT_FOUND.title(locale) + " / " + BillingError.NOT_FOUND.title(locale);
    }
}
