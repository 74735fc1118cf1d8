package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.example.orders.OrdersError;
import com.example.platform.errors.CatalogError;
import com.example.platform.errors.CatalogException;
import com.example.platform.errors.ErrorCatalogs;

class BothCatalogsTest {

    @Test
    void oneCatchOfTheCommonBaseCoversTheExceptionsOfBothModules() {
        List<CatalogError> caught = new ArrayList<>();
        for (Runnable failing : new Runnable[] {
                () -> { throw OrdersError.orderNotFound("o-1"); },
                () -> { throw BillingError.invoiceLocked("i-2"); } }) {
            try {
                failing.run();
            } catch (CatalogException e) {
                caught.add(e.getError());
            }
        }
        assertEquals(2, caught.size());
        assertSame(OrdersError.ORDER_NOT_FOUND, caught.get(0));
        assertSame(BillingError.INVOICE_LOCKED, caught.get(1));
    }

    @Test
    void oneLookupFindsTheErrorsOfBothModules() {
        ErrorCatalogs both = ErrorCatalogs.of(OrdersError.CATALOG, BillingError.CATALOG);
        assertEquals(Optional.of(OrdersError.ORDER_NOT_FOUND), both.byCode("order_not_found"));
        assertEquals(Optional.of(BillingError.INVOICE_LOCKED), both.byCode("invoice_locked"));
        CatalogException decoded = both.decode(423,
                Collections.singletonMap("type", "https://api.example.com/errors/invoice_locked"), null);
        assertSame(BillingError.INVOICE_LOCKED, decoded.getError());
    }

    @Test
    void bothCatalogsRunOnTheProvidersRuntime() {
        assertSame(OrdersError.CATALOG.getClass(), BillingError.CATALOG.getClass());
        assertEquals("com.example.platform.errors.ErrorCatalog", BillingError.CATALOG.getClass().getName());
    }
}
