package io.errorcatalog.compat;

import static io.errorcatalog.compat.CompatCatalogs.SHOP;
import static io.errorcatalog.compat.CompatCatalogs.change;
import static io.errorcatalog.compat.CompatCatalogs.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.model.ReleaseHistory.CatalogHistory;

/** What each release carries forward: first releases, tombstones' ages, retired codes. */
class HistoriesTest {

    private static final String ADDED = """
              PAYMENT_DECLINED:
                code: payment_declined
                status: 402
                title: {en: Declined, de: Abgelehnt}
                message: {en: Declined., de: Abgelehnt.}
            """;

    private static CatalogHistory shop(ReleaseHistory history) {
        return history.of("shop");
    }

    @Test
    void aFirstReleaseGivesEveryErrorItsVersion() {
        assertEquals(Map.of("OUT_OF_STOCK", "1.0", "ORDER_NOT_FOUND", "1.0"),
                shop(Histories.next(null, set(SHOP), "1.0")).since());
    }

    @Test
    void anErrorKeepsItsFirstReleaseAndANewOneGetsThisBuildsVersion() {
        ReleaseHistory known = new ReleaseHistory(Map.of("shop", new CatalogHistory(Map.of("OUT_OF_STOCK", "0.9"),
                Map.of(), Map.of())));
        ReleaseHistory next = Histories.next(new Baseline("1.0", set(SHOP), known, List.of()), set(SHOP + ADDED), "1.1");
        // ORDER_NOT_FOUND predates the history: the baseline's own version is its first release.
        assertEquals(Map.of("OUT_OF_STOCK", "0.9", "ORDER_NOT_FOUND", "1.0", "PAYMENT_DECLINED", "1.1"),
                shop(next).since());
    }

    @Test
    void aRenamedConstantKeepsItsFirstRelease() {
        ReleaseHistory next = Histories.next(new Baseline("1.0", set(SHOP), ReleaseHistory.NONE, List.of()),
                set(change(SHOP, "  OUT_OF_STOCK:", "  SOLD_OUT:")), "1.1");
        assertEquals("1.0", shop(next).since().get("SOLD_OUT"));
    }

    @Test
    void withoutAVersionNewErrorsHaveNoFirstRelease() {
        assertEquals(Map.of(), shop(Histories.next(null, set(SHOP), null)).since());
    }

    @Test
    void eachReleaseThatShipsATombstoneCountsAndADroppedOnesCodeIsRetired() {
        String tombstone = change(SHOP, "    retry: never\n", "    retry: never\n    removed: {version: 1.1, reason: Gone.}\n");
        ReleaseHistory first = Histories.next(new Baseline("1.0", set(SHOP), ReleaseHistory.NONE, List.of()),
                set(tombstone), "1.1");
        assertEquals(Map.of("OUT_OF_STOCK", 1), shop(first).tombstoneReleases());
        ReleaseHistory second = Histories.next(new Baseline("1.1", set(tombstone), first, List.of()), set(tombstone),
                "1.2");
        assertEquals(Map.of("OUT_OF_STOCK", 2), shop(second).tombstoneReleases());

        String dropped = change(SHOP, SHOP.substring(SHOP.indexOf("  OUT_OF_STOCK:"), SHOP.indexOf("  ORDER_NOT_FOUND:")),
                "");
        ReleaseHistory third = Histories.next(new Baseline("1.2", set(tombstone), second, List.of()), set(dropped), "1.3");
        assertEquals(Map.of("out_of_stock", "OUT_OF_STOCK"), shop(third).retiredCodes());
        assertEquals(Map.of(), shop(third).tombstoneReleases());
        // Retired for good: a later release still has it, unless an error takes the code back.
        ReleaseHistory fourth = Histories.next(new Baseline("1.3", set(dropped), third, List.of()), set(dropped), "1.4");
        assertEquals(Map.of("out_of_stock", "OUT_OF_STOCK"), shop(fourth).retiredCodes());
    }

    @Test
    void theHistoryIsWrittenSortedAndReadBack() throws IOException {
        ReleaseHistory history = new ReleaseHistory(Map.of("shop", new CatalogHistory(
                Map.of("B", "1.1", "A", "1.0"), Map.of("C", 2), Map.of("c\"ode", "C"))));
        String json = HistoryJson.write(history);
        assertEquals("""
                {
                  "format" : 1,
                  "catalogs" : {
                    "shop" : {
                      "since" : {
                        "A" : "1.0",
                        "B" : "1.1"
                      },
                      "tombstoneReleases" : {
                        "C" : 2
                      },
                      "retiredCodes" : {
                        "c\\"ode" : "C"
                      }
                    }
                  }
                }
                """, json);
        assertEquals(history, HistoryJson.read(json.getBytes(StandardCharsets.UTF_8), "the baseline 1.0"));
    }

    @Test
    void aFileThatIsNoHistorySaysWhose() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> HistoryJson.read("{\"format\": 2}".getBytes(StandardCharsets.UTF_8), "the baseline 1.0"));
        assertEquals("the baseline 1.0: META-INF/error-catalog/history.json is no history of format 1", e.getMessage());
    }

    /** A truncated or damaged artifact: the file and the place, not Jackson's exception and its redacted source. */
    @Test
    void aFileThatIsNoJsonSaysWhoseAndWhere() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> HistoryJson.read("{\"format\": 1,\n nonsense".getBytes(StandardCharsets.UTF_8), "the baseline 1.0"));
        assertEquals("the baseline 1.0: META-INF/error-catalog/history.json is no JSON at line 2, column 2 (Unexpected"
                + " character ('n' (code 110)): was expecting double-quote to start field name), so no history of"
                + " format 1", e.getMessage());
        IOException deep = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> HistoryJson.read("[".repeat(5_000).getBytes(StandardCharsets.UTF_8), "the baseline 1.0"));
        assertTrue(deep.getMessage().startsWith("the baseline 1.0: META-INF/error-catalog/history.json is no JSON"),
                deep.getMessage());
    }
}
