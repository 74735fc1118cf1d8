package io.errorcatalog.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.errorcatalog.load.CatalogTexts;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;

/** Catalogs written inline for the compat tests, a baseline and a change of it, and what the gate says. */
final class CompatCatalogs {

    /** Two errors, one with a parameter; the line numbers of the tests' expectations refer to it. */
    static final String SHOP = """
            id: shop
            title: Shop
            locales: [en, de]
            errors:
              OUT_OF_STOCK:
                code: out_of_stock
                status: 409
                title: {en: Out of stock, de: Ausverkauft}
                message: {en: "{item} is out of stock.", de: "{item} ist ausverkauft."}
                params: {item: string}
                retry: never
                causes: {en: [Sold out, Recalled], de: [Verkauft, Zurückgerufen]}
              ORDER_NOT_FOUND:
                code: order_not_found
                status: 404
                title: {en: Order not found, de: Bestellung nicht gefunden}
                message: {en: No such order., de: Keine solche Bestellung.}
            """;

    private CompatCatalogs() {}

    /** {@code text} with {@code from} replaced by {@code to}, which must be in it. */
    static String change(String text, String from, String to) {
        assertTrue(text.contains(from), "the catalog holds " + from);
        return text.replace(from, to);
    }

    static CatalogSet set(String yaml) {
        return new CatalogSet(List.of(CatalogTexts.loadClean("shop.yaml", yaml)), "com.example");
    }

    static Baseline baseline(String yaml, ReleaseHistory history) {
        return new Baseline("1.0", set(yaml), history, List.of());
    }

    static CompatReport compare(String before, String after) {
        return compare(before, after, ReleaseHistory.NONE, Map.of());
    }

    static CompatReport compare(String before, String after, ReleaseHistory history, Map<CompatRule, Level> levels) {
        return Compatibility.compare(baseline(before, history), set(after), "1.1-SNAPSHOT", levels, 2);
    }

    /** Each change as {@code kind rule at file:line:column}, in report order. */
    static List<String> changes(CompatReport report) {
        return report.outcomes().stream().map(outcome -> outcome.kind() + " " + outcome.finding().rule().id() + " at "
                + outcome.finding().location()).toList();
    }

    /** Asserts that the report has one change, {@code change} ({@code kind rule at place}), whose line says {@code text}. */
    static void assertOnly(CompatReport report, String change, String text) {
        assertEquals(List.of(change), changes(report));
        assertTrue(only(report).contains(text), only(report));
    }

    /** The one change of the report, as the build log shows it (without the catalog directory). */
    static String only(CompatReport report) {
        assertTrue(report.outcomes().size() == 1, "one change: " + changes(report));
        return report.outcomes().get(0).toString();
    }
}
