package io.errorcatalog.compat;

import static io.errorcatalog.compat.CompatCatalogs.SHOP;
import static io.errorcatalog.compat.CompatCatalogs.assertOnly;
import static io.errorcatalog.compat.CompatCatalogs.change;
import static io.errorcatalog.compat.CompatCatalogs.changes;
import static io.errorcatalog.compat.CompatCatalogs.compare;
import static io.errorcatalog.compat.CompatCatalogs.only;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.errorcatalog.load.CatalogTexts;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;

/** Each rule of the gate: what it reports, where, with the baseline's value; and what it lets pass. */
class CompatibilityTest {

    /** The entry of OUT_OF_STOCK in {@link CompatCatalogs#SHOP}, to delete. */
    private static final String OUT_OF_STOCK = SHOP.substring(SHOP.indexOf("  OUT_OF_STOCK:"),
            SHOP.indexOf("  ORDER_NOT_FOUND:"));
    private static final String CODE_MESSAGE = SHOP + "wire: {format: code-message}\n";

    @Test
    void anUnchangedCatalogHasNoChanges() {
        CompatReport report = compare(SHOP, SHOP);
        assertEquals(List.of(), report.outcomes());
        assertTrue(report.failing().isEmpty());
    }

    @Test
    void aDeletedErrorIsARemovedCodeAtTheErrorsMapNamingTheBaselinesPlace() {
        CompatReport report = compare(SHOP, change(SHOP, OUT_OF_STOCK, ""));
        assertEquals("shop.yaml:5:3: [code-removed] the error OUT_OF_STOCK (code 'out_of_stock') of 1.0 (shop.yaml:5:3)"
                + " is removed without a tombstone: clients that decode 'out_of_stock' get UNKNOWN, and code that names"
                + " OUT_OF_STOCK no longer compiles; keep it and add removed: {version: ..., reason: ...}", only(report));
        assertEquals(1, report.failing().size());
        assertEquals("out_of_stock", report.outcomes().get(0).finding().before());
    }

    @Test
    void aChangedCodeIsARemovedCodeAtTheNewCode() {
        CompatReport report = compare(SHOP, change(SHOP, "code: out_of_stock", "code: sold_out"));
        assertOnly(report, "breaking code-removed at shop.yaml:6:11",
                "the code of OUT_OF_STOCK was 'out_of_stock' in 1.0 and is 'sold_out' now");
    }

    @Test
    void aGoneCatalogIsOneRemoval() {
        CompatReport report = Compatibility.compare(CompatCatalogs.baseline(SHOP, ReleaseHistory.NONE),
                CompatCatalogs.set(change(SHOP, "id: shop", "id: store")), "1.1", Map.of(), 2);
        assertTrue(changes(report).contains("breaking code-removed at shop.yaml:1:1"), changes(report).toString());
        assertTrue(changes(report).contains("note error-added at shop.yaml:5:3"));
    }

    @Test
    void aTombstoneInsteadOfADeletionIsANote() {
        CompatReport report = compare(SHOP, change(SHOP, "    retry: never\n",
                "    retry: never\n    removed: {version: 1.1, reason: Sold elsewhere now.}\n"));
        assertEquals("shop.yaml:12:14: [error-tombstoned] OUT_OF_STOCK (code 'out_of_stock') is removed in 1.1 with a"
                + " tombstone (decoding still recognises its code, no other error may take it, its constant stays,"
                + " deprecated): Sold elsewhere now.", only(report));
        assertTrue(report.failing().isEmpty());
    }

    @Test
    void aCodeGivenToAnotherErrorIsReusedAndTheOldOneRemoved() {
        String after = change(change(SHOP, OUT_OF_STOCK, ""), "code: order_not_found", "code: out_of_stock");
        CompatReport report = compare(SHOP, after);
        assertEquals(List.of("breaking code-removed at shop.yaml:5:3", "breaking code-removed at shop.yaml:6:11",
                "breaking code-reused at shop.yaml:6:11"), changes(report));
        assertTrue(report.outcomes().get(2).toString().contains("the code 'out_of_stock' of ORDER_NOT_FOUND was the code"
                + " of OUT_OF_STOCK in 1.0 (shop.yaml:5:3)"), report.outcomes().get(2).toString());
    }

    @Test
    void theCodeOfADroppedTombstoneStaysTaken() {
        String after = change(SHOP, "code: order_not_found", "code: item_expired");
        ReleaseHistory history = new ReleaseHistory(Map.of("shop", new ReleaseHistory.CatalogHistory(Map.of(), Map.of(),
                Map.of("item_expired", "ITEM_EXPIRED"))));
        CompatReport report = compare(SHOP, after, history, Map.of());
        assertTrue(changes(report).contains("breaking code-reused at shop.yaml:14:11"), changes(report).toString());
        assertTrue(report.outcomes().stream().anyMatch(outcome -> outcome.toString().contains(
                "was the code of ITEM_EXPIRED, whose tombstone was dropped before 1.0")));
    }

    @Test
    void aCodeKeptAsAnAliasIsNoRemovalAndAnAliasRemovedOrGivenAwayIs() {
        String aliased = change(SHOP, "code: out_of_stock", "code: sold_out\n    aliases: [out_of_stock]");
        assertEquals(List.of(), changes(compare(SHOP, aliased)));
        CompatReport removed = compare(aliased, change(aliased, "\n    aliases: [out_of_stock]", ""));
        assertOnly(removed, "breaking alias-removed at shop.yaml:5:3", "the alias 'out_of_stock' of OUT_OF_STOCK in"
                + " 1.0 is gone: clients that decode it get UNKNOWN; keep it in 'aliases'");
        String givenAway = change(change(aliased, "\n    aliases: [out_of_stock]", ""), "code: order_not_found",
                "code: order_not_found\n    aliases: [out_of_stock]");
        assertEquals(List.of("breaking code-reused at shop.yaml:15:15"), changes(compare(aliased, givenAway)));
    }

    @Test
    void aNewNameWhoseAliasIsTheCodeOfAGoneNameIsThatErrorRenamed() {
        String renamed = change(change(SHOP, "  OUT_OF_STOCK:", "  SOLD_OUT:"), "code: out_of_stock",
                "code: sold_out\n    aliases: [out_of_stock]");
        assertEquals(List.of("breaking constant-renamed at shop.yaml:5:3"), changes(compare(SHOP, renamed)));
    }

    @Test
    void aNewNameWithTheCodeOfAGoneNameIsARenamedConstantNotARemoval() {
        CompatReport report = compare(SHOP, change(SHOP, "  OUT_OF_STOCK:", "  SOLD_OUT:"));
        assertEquals("shop.yaml:5:3: [constant-renamed] SOLD_OUT has the code 'out_of_stock' of OUT_OF_STOCK in 1.0: the"
                + " constant is renamed, and code that names OUT_OF_STOCK no longer compiles; keep the name OUT_OF_STOCK"
                + " (if this is another error, give it a code of its own)", only(report));
    }

    @Test
    void aChangedStatusIsReportedAtTheStatusWithBothValues() {
        CompatReport report = compare(SHOP, change(SHOP, "status: 404", "status: 410"));
        assertEquals("shop.yaml:15:13: [status-changed] the HTTP status of ORDER_NOT_FOUND was 404 in 1.0 and is 410"
                + " now: clients that branch on it, or decode by it, see another error", only(report));
        assertEquals("404", report.outcomes().get(0).finding().before());
        assertEquals("410", report.outcomes().get(0).finding().now());
    }

    @Test
    void anUndocumentedStatusIsAChangeToo() {
        assertEquals(List.of("breaking status-changed at shop.yaml:15:13"),
                changes(compare(SHOP, change(SHOP, "status: 404", "status: null"))));
    }

    @Test
    void aProblemTypeChangesWithItsTypeBaseAndWithItsOwnType() {
        String problems = SHOP + "wire: {format: problem, typeBase: 'https://example.com/errors/'}\n";
        CompatReport base = compare(problems, change(problems, "example.com/errors/", "example.com/problems/"));
        assertTrue(changes(base).containsAll(List.of("breaking problem-type-changed at shop.yaml:18:7",
                "breaking wire-changed at shop.yaml:18:7")), changes(base).toString());
        CompatReport own = compare(problems, change(problems, "    status: 404\n",
                "    status: 404\n    wire: {type: 'https://example.com/gone'}\n"));
        assertOnly(own, "breaking problem-type-changed at shop.yaml:16:11",
                "was https://example.com/errors/order_not_found in 1.0 and is"
                + " https://example.com/gone now");
    }

    @Test
    void aBodyOfAnotherShapeIsAWireChangeOfTheCatalogOnce() {
        CompatReport report = compare(CODE_MESSAGE, change(CODE_MESSAGE, "code-message}", "code-message, codeField: code}"));
        assertOnly(report, "breaking wire-changed at shop.yaml:18:7",
                "was code-message (codeField error_code, messageField message) in 1.0 and is"
                + " code-message (codeField code, messageField message) now");
    }

    @Test
    void anErrorThatTravelsOtherwiseThanItsCatalogIsAWireChangeOfThatError() {
        CompatReport report = compare(CODE_MESSAGE, change(CODE_MESSAGE, "    status: 404\n",
                "    status: 404\n    wire: {codeField: null}\n"));
        assertEquals(List.of("breaking wire-changed at shop.yaml:16:11"), changes(report));
    }

    @Test
    void parametersRemovedRenamedRetypedReorderedAndAddedEachHaveTheirRule() {
        String two = change(SHOP, "params: {item: string}", "params: {item: string, count: int}");
        two = change(two, "\"{item} is out of stock.\", de: \"{item} ist ausverkauft.\"",
                "\"{item} is out of stock ({count}).\", de: \"{item} ist ausverkauft ({count}).\"");
        assertEquals(List.of("warning wording-changed at shop.yaml:9:19", "warning parameter-added at shop.yaml:10:28"),
                changes(compare(SHOP, two)));

        String removed = change(change(two, "{item: string, count: int}", "{count: int}"), "{item} ist", "Es ist");
        removed = change(removed, "{item} is", "It is");
        CompatReport report = compare(two, removed);
        assertEquals(List.of("breaking parameter-removed at shop.yaml:5:3", "warning wording-changed at shop.yaml:9:19"),
                changes(report));
        assertTrue(report.outcomes().get(0).toString().contains("its factory's parameters were (String item, int count)"
                + " in 1.0 and are (int count) now"), report.outcomes().get(0).toString());

        String renamed = change(two, "{item: string, count: int}", "{product: string, count: int}").replace("{item}",
                "{product}");
        assertEquals(List.of("breaking parameter-renamed at shop.yaml:10:14", "warning wording-changed at shop.yaml:9:19"),
                changes(compare(two, renamed)));

        assertEquals(List.of("breaking parameter-retyped at shop.yaml:10:28"),
                changes(compare(two, change(two, "count: int", "count: long"))));

        assertEquals(List.of("breaking parameters-reordered at shop.yaml:10:14"),
                changes(compare(two, change(two, "{item: string, count: int}", "{count: int, item: string}"))));
    }

    @Test
    void onlyALowerSeverityBreaks() {
        String warning = change(SHOP, "    retry: never\n", "    retry: never\n    severity: warning\n");
        assertEquals(List.of("breaking severity-lowered at shop.yaml:5:3"), changes(compare(SHOP, warning)));
        assertEquals(List.of(), changes(compare(warning, SHOP)));
    }

    @Test
    void retryAdviceBreaksBetweenNeverAndRetryableOnly() {
        assertEquals(List.of("breaking retry-changed at shop.yaml:5:3"),
                changes(compare(SHOP, change(SHOP, "retry: never", "retry: after-delay"))));
        String afterDelay = change(SHOP, "retry: never", "retry: after-delay");
        assertEquals(List.of("breaking retry-changed at shop.yaml:5:3"),
                changes(compare(afterDelay, SHOP)));
        assertEquals(List.of(), changes(compare(afterDelay, change(SHOP, "retry: never", "retry: retry-after"))));
        assertEquals(List.of(), changes(compare(SHOP, change(SHOP, "retry: never", "retry: unspecified"))));
    }

    @Test
    void aLocaleRemovedIsReportedAtTheLocales() {
        String english = """
                id: shop
                title: Shop
                locales: [en]
                errors:
                  ORDER_NOT_FOUND: {code: order_not_found, status: 404, title: Order not found, message: No such order.}
                """;
        String both = change(english, "[en]", "[en, de]").replace("title: Order not found, message: No such order.",
                "title: {en: Order not found, de: Nicht gefunden}, message: {en: No such order., de: Keine.}");
        CompatReport report = compare(both, english);
        assertOnly(report, "breaking locale-removed at shop.yaml:3:11",
                "the locale de of 1.0 is gone from the catalog 'shop': its users get the en"
                + " texts");
    }

    @Test
    void rewordingInTheDefaultLocaleWarnsAndOtherLocalesDoNot() {
        CompatReport report = compare(SHOP, change(SHOP, "message: {en: No such order.", "message: {en: No order of that number."));
        assertOnly(report, "warning wording-changed at shop.yaml:17:19", "(\"No such order.\")");
        assertEquals(List.of(), changes(compare(SHOP, change(SHOP, "de: Keine solche Bestellung.", "de: Nicht da."))));
        assertEquals(List.of("warning wording-changed at shop.yaml:16:17"),
                changes(compare(SHOP, change(SHOP, "en: Order not found,", "en: Unknown order,"))));
    }

    @Test
    void aBaselineErrorWhoseTitleOrMessageCouldNotBeReadIsComparedWithoutThem() {
        // Released with 'mesage' misspelt and a title that is a number: the loader lists both and keeps the rest.
        String broken = change(change(SHOP, "    message: {en: No such order.", "    mesage: {en: No such order."),
                "title: {en: Out of stock, de: Ausverkauft}", "title: [Out of stock]");
        CatalogTexts.Loaded loaded = CatalogTexts.load("shop.yaml", broken);
        assertEquals(2, loaded.diagnostics().size(), String.join("\n", loaded.diagnostics()));
        Baseline baseline = new Baseline("1.0", new CatalogSet(List.of(loaded.catalog().orElseThrow()), "com.example"),
                ReleaseHistory.NONE, List.of());
        CompatReport report = Compatibility.compare(baseline, CompatCatalogs.set(change(SHOP, "status: 404",
                "status: 410")), "1.1-SNAPSHOT", Map.of(), 2);
        assertEquals(List.of("breaking status-changed at shop.yaml:15:13"), changes(report));
    }

    @Test
    void aBaselineErrorWithAnyOfItsValuesUnreadableIsComparedAllTheSame() {
        for (String line : SHOP.substring(SHOP.indexOf("  OUT_OF_STOCK:")).lines().toList()) {
            if (!line.startsWith("    ")) {
                continue;
            }
            String key = line.substring(0, line.indexOf(':') + 1);
            CatalogTexts.Loaded loaded = CatalogTexts.load("shop.yaml", change(SHOP, line, key + " [{x: 1}]"));
            assertEquals(1, loaded.diagnostics().size(), key + String.join("\n", loaded.diagnostics()));
            Baseline baseline = new Baseline("1.0", new CatalogSet(List.of(loaded.catalog().orElseThrow()),
                    "com.example"), ReleaseHistory.NONE, List.of());
            assertDoesNotThrow(() -> Compatibility.compare(baseline, CompatCatalogs.set(SHOP), "1.1-SNAPSHOT",
                    Map.of(), 2), key);
        }
    }

    @Test
    void fewerCausesOrSolutionsWarn() {
        assertEquals(List.of("warning causes-removed at shop.yaml:12:13"),
                changes(compare(SHOP, change(SHOP, "[Sold out, Recalled], de: [Verkauft, Zurückgerufen]",
                        "[Sold out], de: [Verkauft]"))));
        String solutions = change(SHOP, "    status: 404\n", "    status: 404\n    solutions: {en: [Check it], de: [Prüfen]}\n");
        assertEquals(List.of("warning solutions-removed at shop.yaml:13:3"), changes(compare(solutions, SHOP)));
    }

    @Test
    void aNewErrorIsANote() {
        CompatReport report = compare(SHOP, SHOP + """
                  PAYMENT_DECLINED:
                    code: payment_declined
                    status: 402
                    title: {en: Declined, de: Abgelehnt}
                    message: {en: Declined., de: Abgelehnt.}
                """);
        assertEquals(List.of("note error-added at shop.yaml:18:3"), changes(report));
        assertTrue(report.failing().isEmpty());
    }

    @Test
    void aTombstoneDroppedBeforeEnoughReleasesShippedItBreaks() {
        String tombstone = change(SHOP, "    retry: never\n",
                "    retry: never\n    removed: {version: 1.0, reason: Sold elsewhere now.}\n");
        String dropped = change(SHOP, OUT_OF_STOCK, "");
        ReleaseHistory once = new ReleaseHistory(Map.of("shop", new ReleaseHistory.CatalogHistory(Map.of(),
                Map.of("OUT_OF_STOCK", 1), Map.of())));
        CompatReport early = compare(tombstone, dropped, once, Map.of());
        assertOnly(early, "breaking tombstone-dropped-early at shop.yaml:5:3",
                "is dropped after 1 release(s), 1.0 the last: keep it until 2 releases have"
                + " shipped it");

        ReleaseHistory twice = new ReleaseHistory(Map.of("shop", new ReleaseHistory.CatalogHistory(Map.of(),
                Map.of("OUT_OF_STOCK", 2), Map.of())));
        assertEquals(List.of(), changes(compare(tombstone, dropped, twice, Map.of())));
    }

    @Test
    void anAcceptedChangeIsListedWithItsReasonAndDoesNotFail() {
        CompatReport report = compare(SHOP, change(SHOP, "    status: 404\n",
                "    status: 410\n    accept: {status-changed: The API answers 410 since March.}\n"));
        assertEquals(List.of("accepted status-changed at shop.yaml:15:13"), changes(report));
        assertTrue(report.failing().isEmpty());
        assertTrue(only(report).endsWith("(accepted: The API answers 410 since March.)"), only(report));
    }

    @Test
    void anAcceptanceAcceptsItsOwnRuleOnItsOwnErrorOnly() {
        String after = change(change(SHOP, "    status: 404\n",
                "    status: 410\n    accept: {retry-changed: Not this one.}\n"), "status: 409", "status: 400");
        assertEquals(List.of("breaking status-changed at shop.yaml:7:13", "breaking status-changed at shop.yaml:15:13",
                "warning unused-acceptance at shop.yaml:16:14"), changes(compare(SHOP, after)));
    }

    @Test
    void theCatalogsOwnAcceptAcceptsItsOwnChanges() {
        String english = """
                id: shop
                title: Shop
                locales: [en]
                accept: {locale-removed: "Nobody asked for German."}
                errors:
                  ORDER_NOT_FOUND: {code: order_not_found, status: 404, title: Order not found, message: No such order.}
                """;
        String both = """
                id: shop
                title: Shop
                locales: [en, de]
                errors:
                  ORDER_NOT_FOUND: {code: order_not_found, status: 404, title: {en: Order not found, de: Nicht gefunden}, message: {en: No such order., de: Keine.}}
                """;
        assertEquals(List.of("accepted locale-removed at shop.yaml:3:11"), changes(compare(both, english)));
    }

    @Test
    void anAcceptanceOfNoChangeWarns() {
        CompatReport report = compare(SHOP, change(SHOP, "    status: 404\n",
                "    status: 404\n    accept: {status-changed: Shipped in 1.0 already.}\n"));
        assertEquals("shop.yaml:16:14: [unused-acceptance] this accepts a change 'status-changed' that there is none"
                + " of against 1.0; remove it (it would accept the next such change unseen)", only(report));
        assertTrue(report.failing().isEmpty());
    }

    @Test
    void aConfiguredLevelReplacesTheDefaultAndOffHidesTheChange() {
        String after = change(SHOP, "status: 404", "status: 410");
        CompatReport lowered = compare(SHOP, after, ReleaseHistory.NONE,
                CompatRules.levels(List.of("status-changed=warning")));
        assertEquals(List.of("warning status-changed at shop.yaml:15:13"), changes(lowered));
        assertTrue(lowered.failing().isEmpty());
        assertEquals(List.of(), changes(compare(SHOP, after, ReleaseHistory.NONE,
                CompatRules.levels(List.of(" status-changed = off ")))));
        assertEquals(List.of("breaking error-added at shop.yaml:18:3"), changes(compare(SHOP, SHOP + """
                  PAYMENT_DECLINED:
                    code: payment_declined
                    status: 402
                    title: {en: Declined, de: Abgelehnt}
                    message: {en: Declined., de: Abgelehnt.}
                """, ReleaseHistory.NONE, CompatRules.levels(List.of("error-added=breaking")))));
    }

    @Test
    void anErrorMovedToAnotherGroupOrToNoneBreaksAtItsGroup() {
        String grouped = change(SHOP, "    retry: never\n", "    retry: never\n    group: stock\n")
                + "groups: {stock: {}, orders: {}}\n";
        CompatReport moved = compare(grouped, change(grouped, "group: stock", "group: orders"));
        assertEquals("shop.yaml:12:12: [group-changed] OUT_OF_STOCK was in the group 'stock' in 1.0 and is in the group"
                + " 'orders' now: it is thrown as another exception class, so catch blocks and switches over its old"
                + " group miss it", only(moved));
        assertEquals("stock", moved.outcomes().get(0).finding().before());
        assertEquals("orders", moved.outcomes().get(0).finding().now());
        assertOnly(compare(grouped, change(grouped, "    group: stock\n", "")), "breaking group-changed at shop.yaml:5:3",
                "is in no group (the catalog's base exception) now");
        assertEquals(List.of("breaking group-changed at shop.yaml:12:12"), changes(compare(
                change(grouped, "    group: stock\n", ""), grouped)));
    }

    @Test
    void anotherDefaultLocaleBreaksAtTheLocalesAndTheSameLocalesInTheSameOrderDoNot() {
        CompatReport report = compare(SHOP, change(SHOP, "locales: [en, de]", "locales: [de, en]"));
        assertEquals("shop.yaml:3:11: [default-locale-changed] the default locale of the catalog 'shop' was en in 1.0"
                + " and is de now: clients of a locale it lacks, and texts not translated, fall back to de instead",
                only(report));
        assertEquals("en", report.outcomes().get(0).finding().before());
        assertEquals(null, report.outcomes().get(0).finding().error());
    }

    @Test
    void anotherParentCatalogBreaksAtItsExtendsAndNoParentAtTheId() {
        String base = """
                id: base
                title: Base
                locales: [en, de]
                errors:
                  UNAUTHORIZED: {code: unauthorized, status: 401, title: {en: No, de: Nein}, message: {en: No., de: Nein.}}
                """;
        String other = change(base, "id: base", "id: other").replace("unauthorized", "forbidden");
        String child = change(SHOP, "locales: [en, de]\n", "locales: [en, de]\nextends: base\n");
        CompatReport added = compareSets(List.of(base, SHOP), List.of(base, child));
        assertEquals("shop.yaml:4:10: [extends-changed] the catalog 'shop' extended no catalog in 1.0 and extends"
                + " 'base' now: the inherited errors its enum holds and decodes change, so code that names one of the"
                + " old no longer compiles and clients decoding its codes get UNKNOWN", only(added));
        assertEquals("base", added.outcomes().get(0).finding().now());
        assertEquals(List.of("breaking extends-changed at shop.yaml:4:10"), changes(compareSets(
                List.of(base, other, child), List.of(base, other, change(child, "extends: base", "extends: other")))));
        assertOnly(compareSets(List.of(base, child), List.of(base, SHOP)), "breaking extends-changed at shop.yaml:1:5",
                "extended 'base' in 1.0 and extends no catalog now");
    }

    @Test
    void generatedTypesUnderOtherNamesBreakWhereTheNameIsWrittenAndADefaultWrittenOutDoesNot() {
        CompatReport renamed = compare(SHOP, change(SHOP, "title: Shop\n", "title: Shop\nenum: StoreError\n"));
        // The base exception's default follows the enum's name, so it is renamed too, at the id that derives it.
        assertEquals(List.of("breaking java-names-changed at shop.yaml:1:5", "breaking java-names-changed at shop.yaml:3:7"),
                changes(renamed));
        assertTrue(renamed.outcomes().get(0).toString().contains("the base exception of the catalog 'shop' was"
                + " ShopException in 1.0 and is StoreException now"), renamed.outcomes().get(0).toString());
        assertEquals("shop.yaml:3:7: [java-names-changed] the enum of the catalog 'shop' was ShopError in 1.0 and is"
                + " StoreError now: code that names ShopError no longer compiles", renamed.outcomes().get(1).toString());
        assertEquals(List.of(), changes(compare(SHOP, change(SHOP, "title: Shop\n", "title: Shop\nenum: ShopError\n"))));

        assertOnly(compare(SHOP, change(SHOP, "title: Shop\n", "title: Shop\npackage: com.example.shop\n")),
                "breaking java-names-changed at shop.yaml:3:10", "the package of the catalog 'shop' was com.example in"
                + " 1.0 and is com.example.shop now");

        String grouped = change(SHOP, "    retry: never\n", "    retry: never\n    group: stock\n")
                + "groups: {stock: {}}\n";
        assertOnly(compare(grouped, change(grouped, "{stock: {}}", "{stock: {exception: SoldOutException}}")),
                "breaking java-names-changed at shop.yaml:19:29", "the exception of the group 'stock' of the catalog"
                + " 'shop' was ShopStockException in 1.0 and is SoldOutException now");

        // A group inherited from the parent is named after this catalog's exception, and written in the parent's file.
        String base = """
                id: base
                title: Base
                locales: [en, de]
                groups: {auth: {}}
                errors:
                  UNAUTHORIZED: {code: unauthorized, status: 401, title: {en: No, de: Nein}, message: {en: No., de: Nein.}}
                """;
        String child = change(SHOP, "locales: [en, de]\n", "locales: [en, de]\nextends: base\n");
        CompatReport inherited = compareSets(List.of(base, child), List.of(base, change(child, "title: Shop\n",
                "title: Shop\nexception: StoreException\n")));
        assertEquals(List.of("breaking java-names-changed at shop.yaml:1:5", "breaking java-names-changed at shop.yaml:3:12"),
                changes(inherited));
        assertTrue(inherited.outcomes().get(0).toString().contains("the exception of the group 'auth' of the catalog"
                + " 'shop' was ShopAuthException in 1.0 and is StoreAuthException now"), changes(inherited).toString());
    }

    /** The gate over several catalogs: the baseline's texts, and the current ones; the last of each is shop.yaml. */
    private static CompatReport compareSets(List<String> before, List<String> after) {
        return Compatibility.compare(new Baseline("1.0", sets(before), ReleaseHistory.NONE, List.of()), sets(after),
                "1.1-SNAPSHOT", Map.of(), 2);
    }

    private static CatalogSet sets(List<String> yamls) {
        List<Catalog> catalogs = new ArrayList<>();
        for (int i = 0; i < yamls.size(); i++) {
            catalogs.add(CatalogTexts.loadClean(i == yamls.size() - 1 ? "shop.yaml"
                    : "parent" + i + ".yaml", yamls.get(i)));
        }
        return new CatalogSet(catalogs, "com.example");
    }

    @Test
    void aTitleRemovedWarnsWithTheOldTitleAndATitleAddedDoesNot() {
        String untitled = change(SHOP, "    title: {en: Order not found, de: Bestellung nicht gefunden}\n", "");
        CompatReport report = compare(SHOP, untitled);
        assertEquals("shop.yaml:13:3: [title-removed] ORDER_NOT_FOUND had the title \"Order not found\" in 1.0 and has"
                + " none now: title() returns null and a problem body has no title member", only(report));
        assertTrue(report.failing().isEmpty());
        assertEquals("Order not found", report.outcomes().get(0).finding().before());
        assertEquals(List.of(), changes(compare(untitled, SHOP)));
    }

    @Test
    void aParameterInAnotherFormatWarnsAtTheParameter() {
        String counted = change(change(SHOP, "params: {item: string}", "params: {item: string, count: int}"),
                "\"{item} is out of stock.\", de: \"{item} ist ausverkauft.\"",
                "\"{item} is out of stock ({count}).\", de: \"{item} ist ausverkauft ({count}).\"");
        String plain = change(counted, "count: int}", "count: {type: int, format: plain}}");
        CompatReport report = compare(counted, plain);
        assertEquals("shop.yaml:10:28: [parameter-format-changed] the parameter 'count' of OUT_OF_STOCK had the format"
                + " locale in 1.0 and has plain now: the text of its message changes for the same value", only(report));
        assertTrue(report.failing().isEmpty());
        assertEquals("plain", report.outcomes().get(0).finding().now());
        assertEquals(List.of("warning parameter-format-changed at shop.yaml:10:28"), changes(compare(plain, counted)));
    }
}
