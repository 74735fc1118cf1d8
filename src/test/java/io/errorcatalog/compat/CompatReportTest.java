package io.errorcatalog.compat;

import static io.errorcatalog.compat.CompatCatalogs.SHOP;
import static io.errorcatalog.compat.CompatCatalogs.change;
import static io.errorcatalog.compat.CompatCatalogs.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
                ### Error catalogs: 1.1-SNAPSHOT against 1.0

                **1 breaking change(s)**: 1 breaking, 0 warning(s), 0 note(s), 1 accepted.

                | | rule | where | change |
                |---|---|---|---|
                | **breaking** | `code-removed` | `shop.yaml:6:11` | the code of OUT_OF_STOCK was 'out_of_stock' in 1.0 and is 'sold_out' now: clients that decode 'out_of_stock' get UNKNOWN; keep the old code among its aliases (aliases: [out_of_stock]), or keep the error as a tombstone and add this one as a new error |
                | accepted | `status-changed` | `shop.yaml:15:13` | the HTTP status of ORDER_NOT_FOUND was 404 in 1.0 and is 410 now: clients that branch on it, or decode by it, see another error<br>Accepted: 404 was a &lt;typo&gt; \\| sorry |
                """, mixed().markdown());
    }

    @Test
    void markdownWithoutChangesSaysSo() {
        assertEquals("### Error catalogs: 1.1-SNAPSHOT against 1.0\n\nNo breaking change: 0 breaking, 0 warning(s),"
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
