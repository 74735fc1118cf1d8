package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.errorcatalog.it.errorcatalog.CatalogError;

/**
 * ResourceBundle.getBundle with a Control fails in a named module; the generated code and its runtime, which
 * reads the bundles, must not need it.
 */
class NamedModuleTest {

    @Test
    void theTestRunsInsideTheNamedModule() {
        assertTrue(ShopError.class.getModule().isNamed(), "surefire put the classes on the module path");
        assertEquals("com.example.shop", ShopError.class.getModule().getName());
        assertSame(ShopError.class.getModule(), CatalogError.class.getModule(), "the runtime is inside the module");
    }

    @Test
    void messagesAndTitlesAreReadFromTheModulesBundles() {
        assertEquals("La commande A-1 n'existe pas.", ShopError.ORDER_NOT_FOUND.message(Locale.FRENCH, "A-1"));
        assertEquals("Order A-1 does not exist.", ShopError.ORDER_NOT_FOUND.message(Locale.JAPANESE, "A-1"));
        assertEquals("Quantité trop élevée", ShopError.quantityTooHigh("pen", 3).getError().title(Locale.FRENCH));
    }
}
