package io.errorcatalog.compat;

import static io.errorcatalog.compat.CompatCatalogs.SHOP;
import static io.errorcatalog.compat.CompatCatalogs.change;
import static io.errorcatalog.compat.CompatCatalogs.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report as a pull-request comment and as JSON. */
class CompatReportTest {

    private static CompatReport mixed() {
        String after = change(SHOP, "    status: 404\n",
                "    status: 410\n    accept: {status-changed: \"404 was a <typo> | sorry\"}\n");
        return compare(SHOP, change(after, "code: out_of_stock", "code: sold_out"));
    }

    @Test
    void markdownSumsUpAndListsFailingChangesFirst() {
        assertEquals("""
                ### Error catalogs: 1\\.1-SNAPSHOT against 1\\.0

                **1 breaking change(s)**: 1 breaking, 0 warning(s), 0 note(s), 1 accepted.

                | | rule | where | change |
                |---|---|---|---|
                | **breaking** | `code-removed` | `shop.yaml:6:11` | the code of OUT\\_OF\\_STOCK was 'out\\_of\\_stock' in 1.0 and is 'sold\\_out' now: clients that decode 'out\\_of\\_stock' get UNKNOWN; keep the old code among its aliases (aliases: \\[out\\_of\\_stock\\]), or keep the error as a tombstone and add this one as a new error |
                | accepted | `status-changed` | `shop.yaml:15:13` | the HTTP status of ORDER\\_NOT\\_FOUND was 404 in 1.0 and is 410 now: clients that branch on it, or decode by it, see another error<br>Accepted: 404 was a \\<typo\\> \\| sorry |
                """, mixed().markdown());
    }

    /**
     * GitHub renders the report, so what the catalogs wrote must read as written: a code of Markdown's markup, a
     * link, a pipe, a path with backslashes (Windows') stay text in their cells.
     */
    @Test
    void markdownShowsCatalogTextAsWritten() {
        String before = change(SHOP, "code: out_of_stock", "code: \"*sold* [out](https://example.com) | `x` <b>\"");
        String after = change(SHOP, "    status: 404\n", "    status: 410\n    accept: {status-changed: \"**not** ~~bold~~\"}\n");
        CompatReport report = compare(before, after);
        String markdown = new CompatReport(report.baseline(), report.current(), report.outcomes(),
                List.of("C:\\work\\shop.yaml:1:1: [x] y")).markdown();
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        String text = TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(parser.parse(markdown));
        assertTrue(text.contains("*sold* [out](https://example.com) | `x` <b>"), text);
        assertTrue(text.contains("Accepted: **not** ~~bold~~"), text);
        assertTrue(text.contains("C:\\work\\shop.yaml:1:1: [x] y"), text);
        assertFalse(HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(parser.parse(markdown)).matches("(?s).*<(a|em|del|b)[ >].*"), "no link, emphasis or HTML of the catalogs'\n" + markdown);
    }

    @Test
    void markdownWithoutChangesSaysSo() {
        assertEquals("### Error catalogs: 1\\.1-SNAPSHOT against 1\\.0\n\nNo breaking change: 0 breaking, 0 warning(s),"
                + " 0 note(s), 0 accepted.\n", compare(SHOP, SHOP).markdown());
    }

    @Test
    void jsonHasEveryChangeWithItsPlaceValuesAndAcceptance() throws Exception {
        JsonNode json = new ObjectMapper().readTree(mixed().json());
        assertEquals("1.0", json.get("baseline").asText());
        assertEquals(false, json.get("passes").asBoolean());
        assertEquals(1, json.get("summary").get("breaking").asInt());
        assertEquals(1, json.get("summary").get("accepted").asInt());
        JsonNode accepted = json.get("changes").get(1);
        assertEquals(List.of("status-changed", "breaking", "false", "shop.yaml", "15", "13", "ORDER_NOT_FOUND", "404",
                "410", "404 was a <typo> | sorry"), List.of(accepted.get("rule").asText(), accepted.get("level").asText(),
                accepted.get("fails").asText(), accepted.get("file").asText(), accepted.get("line").asText(),
                accepted.get("column").asText(), accepted.get("subject").asText(), accepted.get("before").asText(),
                accepted.get("now").asText(), accepted.get("accepted").asText()));
        assertTrue(json.get("changes").get(0).get("accepted").isNull());
    }
}
