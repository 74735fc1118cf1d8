package io.errorcatalog.load;

import static io.errorcatalog.load.CatalogTexts.allProblems;
import static io.errorcatalog.load.CatalogTexts.loadClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.Acceptance;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;

/** {@code removed} (a tombstone) and {@code accept} (accepted changes): how they are read and checked. */
class TombstoneAndAcceptanceTest {

    private static final String HEAD = "id: shop\ntitle: Shop\nlocales: [en]\nerrors:\n";

    @Test
    void aTombstoneIsTheErrorWithWhenAndWhyItWasRemoved() {
        Catalog catalog = loadClean("shop.yaml", HEAD + """
                  OUT_OF_STOCK:
                    code: out_of_stock
                    status: 409
                    title: Out of stock
                    message: Out of stock.
                    removed: {version: 1.1, reason: Back-ordered now.}
                  ORDER_NOT_FOUND: {code: order_not_found, status: 404, title: Not found, message: No such order.}
                """);
        ErrorEntry tombstone = catalog.errors().get(0);
        assertEquals("1.1", tombstone.removed().version().value());
        assertEquals("Back-ordered now.", tombstone.removed().reason());
        assertEquals(new SourceLocation("shop.yaml", 10, 14), tombstone.removed().location());
        assertTrue(tombstone.isDeprecated());
        assertNull(catalog.errors().get(1).removed());
        assertTrue(!catalog.errors().get(1).isDeprecated());
    }

    @Test
    void aTombstoneNeedsAVersionAndAReasonAndIsAMap() {
        assertEquals(List.of(
                "shop.yaml:5:60: [wrong-type] 'removed' of error A must be a map, not a text",
                "shop.yaml:6:60: [missing-key] 'removed' of error B has no 'reason'; add it, for example reason: \"The API"
                        + " no longer sends it; clients get ORDER_GONE instead.\"",
                "shop.yaml:7:83: [missing-reason] 'removed' of error C gives no reason; write why, for the reviewers of"
                        + " the change and the authors of clients",
                "shop.yaml:8:75: [unknown-key] unknown key 'when' in 'removed' of error D; the keys here are: reason,"
                        + " version"),
                CatalogTexts.loadProblems("shop.yaml", HEAD + """
                  A: {code: a, status: 400, title: x, message: x, removed: 1.1}
                  B: {code: b, status: 400, title: x, message: x, removed: {version: 1.1}}
                  C: {code: c, status: 400, title: x, message: x, removed: {version: 1.1, reason: " "}}
                  D: {code: d, status: 400, title: x, message: x, removed: {version: 1.1, when: now, reason: R.}}
                """));
    }

    @Test
    void acceptEntriesOfTheCatalogAndOfAnErrorKeepTheirRuleReasonAndPlace() {
        Catalog catalog = loadClean("shop.yaml", """
                id: shop
                title: Shop
                locales: [en]
                accept: {locale-removed: Nobody read German.}
                errors:
                  A:
                    code: a
                    status: 410
                    title: x
                    message: x
                    accept:
                      status-changed: It was 410 all along.
                """);
        assertEquals(List.of(new Acceptance("locale-removed", "Nobody read German.", new SourceLocation("shop.yaml", 4, 10))),
                catalog.accepted());
        assertEquals(List.of(new Acceptance("status-changed", "It was 410 all along.",
                new SourceLocation("shop.yaml", 12, 7))), catalog.errors().get(0).accepted());
    }

    @Test
    void anAcceptanceNamesARuleAndGivesAReason() {
        assertEquals(List.of(
                "shop.yaml:5:60: [unknown-compat-rule] 'staus-changed' in 'accept' is no compatibility rule; did you"
                        + " mean 'status-changed'?",
                "shop.yaml:6:76: [missing-reason] the acceptance of 'status-changed' in error B gives no reason; write"
                        + " why, for the reviewers of the change and the authors of clients"),
                allProblems("shop.yaml", HEAD + """
                  A: {code: a, status: 400, title: x, message: x, accept: {staus-changed: Fine.}}
                  B: {code: b, status: 400, title: x, message: x, accept: {status-changed: ""}}
                """));
    }

    @Test
    void noOtherErrorMayTakeTheCodeOfATombstone() {
        assertEquals(List.of("shop.yaml:6:13: [duplicate-code] the code 'a' of B is already the code of A at"
                        + " shop.yaml:5:13; a code names one error"),
                allProblems("shop.yaml", HEAD + """
                  A: {code: a, status: 400, title: x, message: x, removed: {version: 1.1, reason: Gone.}}
                  B: {code: a, status: 400, title: x, message: x}
                """));
    }
}
