package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A client built against 1.0 still decodes the removed error's code, as the deprecated constant. */
class TombstoneTest {

    @Test
    @SuppressWarnings("deprecation")
    void theRemovedCodeStillDecodesToItsDeprecatedConstant() throws Exception {
        assertEquals(ShopError.OUT_OF_STOCK, ShopError.CATALOG.byCode("out_of_stock").get());
        assertTrue(ShopError.class.getField("OUT_OF_STOCK").isAnnotationPresent(Deprecated.class));
    }
}
