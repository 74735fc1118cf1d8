package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** The chains of bundles texts are looked up in, on the fixture catalog's bundles (en, de, de-CH). */
class BundlesTest {

    private static final Locale SWISS = Locale.forLanguageTag("de-CH");

    private final Bundles bundles = new Bundles("io.errorcatalog.runtime.ShopMessages",
            List.of(Locale.ENGLISH, Locale.GERMAN, SWISS), ShopError.class);

    @Test
    void aChainHoldsTheCatalogsFilesOfTheLocaleAndItsParentsThenTheBaseFile() {
        List<ResourceBundle> swiss = bundles.chain(SWISS);
        List<ResourceBundle> german = bundles.chain(Locale.GERMAN);
        ResourceBundle base = bundles.chain(Locale.JAPANESE).get(0);
        assertEquals(3, swiss.size());
        assertEquals(List.of(swiss.get(1), base), german, "de's file, read once, in both chains");
        assertEquals(german, bundles.chain(Locale.forLanguageTag("de-AT")), "a locale the catalog lacks: its parent's");
        assertEquals(List.of(base), bundles.chain(Locale.JAPANESE));
        assertEquals("Bestellung nicht auffindbar", swiss.get(0).getString("ORDER_NOT_FOUND.title"));
    }

    @Test
    void aLocalesChainIsWorkedOutOnceAndKept() {
        assertSame(bundles.chain(SWISS), bundles.chain(Locale.forLanguageTag("de-CH")));
        assertSame(bundles.chain(Locale.FRENCH), bundles.chain(Locale.FRENCH));
    }

    @Test
    void chainsOfLocalesTheCatalogLacksAreKeptOnlyUpToABoundThoseOfItsOwnAlways() {
        for (int i = 0; i < Bundles.OTHER_LOCALES; i++) {
            bundles.chain(new Locale("de", "", "v" + i)); // as a client's Accept-Language could ask
        }
        Locale onePastTheBound = Locale.forLanguageTag("de-AT");
        List<ResourceBundle> worked = bundles.chain(onePastTheBound);
        assertEquals(bundles.chain(Locale.GERMAN), worked, "still the right chain");
        assertNotSame(worked, bundles.chain(onePastTheBound), "worked out again, not kept");
        assertSame(bundles.chain(new Locale("de", "", "v0")), bundles.chain(new Locale("de", "", "v0")),
                "kept before the bound");
        assertSame(bundles.chain(SWISS), bundles.chain(SWISS), "the catalog's own locale, asked for after the bound");
    }
}
