package io.errorcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reference on the command line takes each error's first release from a baseline it names, as
 * {@code generate} takes its {@code @since}: the gate's catalogs read the other way round, {@code released/}
 * (two errors) the current ones and {@code next/} (one of them) the baseline.
 */
class DocsCommandTest {

    private static final Path CATALOGS = Path.of("src/test/resources/mojo/compat");

    @TempDir
    Path work;

    /** The errors of the JSON export that {@code docs} writes with {@code more} arguments, by constant name. */
    private ObjectNode errors(String... more) throws Exception {
        String[] args = {"docs", "--catalog-directory", CATALOGS.resolve("released").toString(), "--state-directory",
            work.resolve("state").toString(), "--docs-directory", work.resolve("docs").toString(), "--docs-formats",
            "json"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        StringWriter err = new StringWriter();
        assertEquals(Cli.OK, Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), all), err.toString());
        ObjectNode byName = new ObjectMapper().createObjectNode();
        for (JsonNode error : new ObjectMapper().readTree(work.resolve("docs/shop/catalog.json").toFile()).get("errors")) {
            byName.set(error.get("name").asText(), error);
        }
        return byName;
    }

    @Test
    void anErrorOfTheBaselineHasItsFirstReleaseAndANewOneNoneWithoutAProjectVersion() throws Exception {
        ObjectNode errors = errors("--baseline-directory", CATALOGS.resolve("next").toString(), "--baseline-version",
                "1.0");
        assertEquals("1.0", errors.get("ORDER_NOT_FOUND").get("since").asText());
        assertTrue(errors.get("OUT_OF_STOCK").get("since").isNull());
    }

    @Test
    void withoutABaselineNoErrorHasAFirstRelease() throws Exception {
        ObjectNode errors = errors();
        assertTrue(errors.get("ORDER_NOT_FOUND").get("since").isNull());
        assertTrue(errors.get("OUT_OF_STOCK").get("since").isNull());
    }
}
