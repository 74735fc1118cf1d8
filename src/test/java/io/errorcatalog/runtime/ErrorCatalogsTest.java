package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Two catalogs of one API (a big one split in two, say) as one. */
class ErrorCatalogsTest {

    private static final ErrorCatalogs BOTH = ErrorCatalogs.of(ShopError.CATALOG, BillingError.CATALOG);

    /** The second catalog: its codes are the shop's too, but it speaks the errors shape. */
    enum BillingError implements CatalogError {
        INVOICE_LOCKED,
        UNKNOWN;

        static final ErrorCatalog<BillingError, CatalogException> CATALOG;

        static {
            ErrorCatalog.Builder<BillingError, CatalogException> facts = ErrorCatalog.builder(BillingError.class,
                    BillingError.values(), "io.errorcatalog.runtime.BillingMessages", (error, arguments, received) ->
                            new CatalogException(error, arguments, received) {
                                private static final long serialVersionUID = 1L;
                            });
            facts.locales("en");
            facts.wires(new ErrorsShape(null));
            facts.error(INVOICE_LOCKED, "invoice_locked", 423, Severity.FATAL, Retry.NEVER, -1, 0, null, 0, null);
            facts.unknown(UNKNOWN, 0);
            CATALOG = facts.build();
        }

        @Override
        public ErrorCatalog<BillingError, CatalogException> catalog() {
            return CATALOG;
        }
    }

    @Test
    void oneLookupFindsTheErrorsOfBoth() {
        assertEquals(Optional.of(ShopError.ORDER_NOT_FOUND), BOTH.byCode("order_not_found"));
        assertEquals(Optional.of(BillingError.INVOICE_LOCKED), BOTH.byCode("invoice_locked"));
        assertEquals(Optional.empty(), BOTH.byCode("nope"));
        assertEquals(ShopError.values().length + BillingError.values().length, BOTH.errors().size());
    }

    @Test
    void decodingAsksEachCatalogForAnExactMatchBeforeAnyGuessesByStatus() {
        CatalogException locked = BOTH.decode(423, Map.of("errors", List.of(Map.of("code", "invoice_locked",
                "description", "locked"))), null);
        assertSame(BillingError.INVOICE_LOCKED, locked.getError());
        assertSame(ShopError.SERVICE_UNAVAILABLE, BOTH.decode(503, null, null).getError());
        assertSame(ShopError.UNKNOWN, BOTH.decode(418, null, null).getError(), "the first catalog's UNKNOWN");
    }

    @Test
    void oneCatchCoversBoth() {
        int caught = 0;
        for (CatalogError error : List.of(ShopError.OUT_OF_STOCK, BillingError.INVOICE_LOCKED)) {
            try {
                throw error.exception();
            } catch (CatalogException e) {
                assertSame(error, e.getError());
                caught++;
            }
        }
        assertEquals(2, caught);
    }

    @Test
    void joiningNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, ErrorCatalogs::of);
    }
}
