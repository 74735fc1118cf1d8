package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.errorcatalog.runtime.ShopError.ShopException;

/**
 * The facts table that generated code gives {@code ErrorCatalog.Builder.table}, read back exactly: every fact,
 * null apart from the empty text, texts that hold the table's own separators and escapes, and a table cut into
 * parts anywhere; a row of another constant than its place, or a malformed one, fails with its row named.
 */
class FactsTableTest {

    /** A plain row for each of ShopError's constants but UNKNOWN, in order: a table the tests change one row of. */
    private static final List<String> PLAIN = Collections.unmodifiableList(Arrays.asList(
            "ORDER_NOT_FOUND\torder_not_found\t404\tFATAL\tNEVER\t-1\t0\t\\N\tNOT_FOUND\t\\N\t0\n",
            "OUT_OF_STOCK\tout_of_stock\t200\tWARNING\tUNSPECIFIED\t-1\t0\t\\N\tOK\t\\N\t0\n",
            "UPSTREAM_DOWN\tupstream_down\t503\tNON_FATAL\tRETRY_AFTER\t0\t0\t\\N\tUNAVAILABLE\t\\N\t0\n",
            "SERVICE_UNAVAILABLE\t\\N\t503\tFATAL\tAFTER_DELAY\t0\t0\t\\N\tUNAVAILABLE\t\\N\t0\n",
            "CARD_DECLINED\tcard_declined\t402\tFATAL\tNEVER\t-1\t0\thttps://payments.example/declined\tFAILED_PRECONDITION\t\\N\t0\n",
            "LEGACY_NOTE\t\\N\t409\tFATAL\tNEVER\t-1\t1\t\\N\tABORTED\t\\N\t0\n"));

    private static Definition.Table table(String... parts) {
        return new Definition.Table("io.errorcatalog.runtime.ShopError", parts);
    }

    /** ShopError's catalog made from {@code parts}, which are PLAIN with some rows changed. */
    private static ErrorCatalog<ShopError, ShopException> catalog(String... parts) {
        ErrorCatalog.Builder<ShopError, ShopException> facts = ErrorCatalog.builder(ShopError.class,
                ShopError.values(), "io.errorcatalog.runtime.ShopMessages", ShopException::new);
        facts.locales("en");
        facts.group(ShopError.ShopUpstreamException::new);
        facts.wires(new ProblemShape("https://shop.example/errors/", null), new CodeMessageShape(null, "note", null));
        facts.table(ShopError.values(), parts);
        facts.unknown(ShopError.UNKNOWN, 0);
        return facts.build();
    }

    /** PLAIN with its first row (ORDER_NOT_FOUND's) replaced, in one part. */
    private static String withFirstRow(String row) {
        StringBuilder table = new StringBuilder(row);
        for (String plain : PLAIN.subList(1, PLAIN.size())) {
            table.append(plain);
        }
        return table.toString();
    }

    /** ORDER_NOT_FOUND's definition where its row is {@code row}. */
    private static Definition first(String row) {
        return catalog(withFirstRow(row)).definition(ShopError.ORDER_NOT_FOUND);
    }

    @Test
    void everyFactOfARowIsRead() {
        Definition definition = first("ORDER_NOT_FOUND\torder_not_found\t404\tNON_FATAL\tRETRY_AFTER\t0\t1\tmissing"
                + "\tNOT_FOUND\thttps://shop.example/docs#missing\t2\tid:string\tattempts:int:sensitive"
                + "\torder_missing\tno_such_order\n");
        assertEquals("order_not_found", definition.code);
        assertEquals(404, definition.httpStatus);
        assertSame(Severity.NON_FATAL, definition.severity);
        assertSame(Retry.RETRY_AFTER, definition.retry);
        assertEquals(0, definition.group);
        assertEquals(CodeMessageShape.class, definition.wire.getClass(), "the wire shape of index 1");
        assertEquals("missing", definition.type);
        assertSame(GrpcStatus.NOT_FOUND, definition.grpc);
        assertEquals("https://shop.example/docs#missing", definition.documentationUrl);
        assertEquals(2, definition.parameterCount);
        assertEquals(1, definition.parameters.indexOf("attempts"));
        assertEquals(Set.of("attempts"), definition.parameters.sensitiveNames());
        assertEquals(Arrays.asList("order_missing", "no_such_order"), definition.aliases);
    }

    @Test
    void noneIsNoGroupNoWireNoParametersAndNoAliases() {
        Definition definition = first(PLAIN.get(0).replace("\t-1\t0\t", "\t-1\t-1\t"));
        assertEquals(-1, definition.group);
        assertNull(definition.wire);
        assertEquals(0, definition.parameterCount);
        assertSame(Parameters.NONE, definition.parameters);
        assertEquals(Collections.emptyList(), definition.aliases);
    }

    @Test
    void aBackslashNIsNullAndAnEmptyFieldTheEmptyText() {
        Definition nulls = first("ORDER_NOT_FOUND\t\\N\t0\tFATAL\tNEVER\t-1\t0\t\\N\tUNKNOWN\t\\N\t0\n");
        assertNull(nulls.code);
        assertNull(nulls.type);
        assertNull(nulls.documentationUrl);
        Definition empties = first("ORDER_NOT_FOUND\t\t0\tFATAL\tNEVER\t-1\t0\t\tUNKNOWN\t\t0\t\n");
        assertEquals("", empties.code);
        assertEquals("", empties.type);
        assertEquals("", empties.documentationUrl);
        assertEquals(Collections.singletonList(""), empties.aliases, "an empty alias after the parameters");
    }

    @Test
    void backslashesTabsAndLineBreaksInATextAreEscaped() {
        Definition definition = first("ORDER_NOT_FOUND\ta\\tb\\nc\\\\d\t0\tFATAL\tNEVER\t-1\t0\t\\\\N\tUNKNOWN"
                + "\t\\\\\t0\t\\\\\\\\N\t\\\\N\\n\tx\\\\\n");
        assertEquals("a\tb\nc\\d", definition.code);
        assertEquals("\\N", definition.type, "an escaped backslash before N is the text \\N, not null");
        assertEquals("\\", definition.documentationUrl);
        assertEquals(Arrays.asList("\\\\N", "\\N\n", "x\\"), definition.aliases,
                "\\N inside a text is no null");
    }

    @Test
    void everyOtherCharacterStandsForItself() {
        String hostile = "\u0000\r\u000b\u001f\u007f\u0085\u2028\u00e9\u4e2d\ud83d\ude00\ud800\udc00x\ud800y\udfff"
                + "\"'{}#%|;\\u0041";
        String escaped = hostile.replace("\\", "\\\\");
        Definition definition = first("ORDER_NOT_FOUND\t" + escaped + "\t0\tFATAL\tNEVER\t-1\t0\t" + escaped
                + "\tUNKNOWN\t" + escaped + "\t0\t" + escaped + "\n");
        assertEquals(hostile, definition.code);
        assertEquals(hostile, definition.type);
        assertEquals(hostile, definition.documentationUrl);
        assertEquals(Collections.singletonList(hostile), definition.aliases);
    }

    @Test
    void partsAreJoinedWhereverTheyAreCutInsideARowAnEscapeOrASurrogatePair() {
        String row = "ORDER_NOT_FOUND\ta\\tb\ud83d\ude00\t404\tFATAL\tNEVER\t-1\t0\t\\N\tNOT_FOUND\t\\N\t1\tid:string"
                + "\torder_missing\n";
        String whole = withFirstRow(row);
        for (int cut = 1; cut < row.length(); cut++) {
            Definition definition = catalog(whole.substring(0, cut), whole.substring(cut, cut + 1),
                    whole.substring(cut + 1)).definition(ShopError.ORDER_NOT_FOUND);
            assertEquals("a\tb\ud83d\ude00", definition.code, "cut at " + cut);
            assertNull(definition.type, "cut at " + cut);
            assertEquals(Collections.singletonList("order_missing"), definition.aliases, "cut at " + cut);
        }
        assertEquals("out_of_stock", catalog(whole, "").definition(ShopError.OUT_OF_STOCK).code,
                "an empty part adds nothing");
    }

    @Test
    void aRowOfAnotherConstantThanItsPlaceFailsNamingTheRow() {
        String swapped = PLAIN.get(1) + PLAIN.get(0) + String.join("", PLAIN.subList(2, PLAIN.size()));
        assertMalformed(swapped, "row 1 (OUT_OF_STOCK)", "is of OUT_OF_STOCK, but constant 1 is ORDER_NOT_FOUND");
    }

    @Test
    void aRowBeyondTheConstantsFailsNamingTheRow() {
        String table = String.join("", PLAIN) + "UNKNOWN\t\\N\t0\tFATAL\tUNSPECIFIED\t-1\t0\t\\N\tUNKNOWN\t\\N\t0\n"
                + "EXTRA\t\\N\t0\tFATAL\tUNSPECIFIED\t-1\t0\t\\N\tUNKNOWN\t\\N\t0\n";
        assertMalformed(table, "row 8 (EXTRA)", "is of EXTRA, but the enum has only 7 constants");
    }

    @Test
    void aTableOfTooFewRowsLeavesErrorsWithoutFacts() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> catalog(String.join("", PLAIN.subList(0, 5))));
        assertEquals("io.errorcatalog.runtime.ShopError.LEGACY_NOTE has no facts", wrong.getMessage());
    }

    @Test
    void aMalformedRowFailsNamingTheRowAndWhatIsWrong() {
        assertMalformed("ORDER_NOT_FOUND\torder_not_found\t404\tFATAL\n", "has too few fields");
        assertMalformed(PLAIN.get(0).replace("\t404\t", "\t4o4\t"), "has no number where one belongs, at character 2"
                + " of a field");
        assertMalformed(PLAIN.get(0).replace("\t404\t", "\t\t"), "has no number where one belongs, at character 1"
                + " of a field");
        assertMalformed(PLAIN.get(0).replace("\t404\t", "\t1234567890\t"), "has no number where one belongs, at"
                + " character 10 of a field");
        assertMalformed(PLAIN.get(0).replace("FATAL", "fatal"), "names no Severity 'fatal'");
        assertMalformed(PLAIN.get(0).replace("NOT_FOUND\t\\N\t0", "NOT_FOUND\t\\N\t\\N"),
                "has no number where one belongs, at character 1 of a field");
        assertMalformed(PLAIN.get(0).replace("\t-1\t0\t", "\t-1\t2\t"), "names wire shape 2, but 2 were given");
        assertMalformed(PLAIN.get(0).replace("order_not_found", "order\\x"), "has a backslash that escapes nothing at"
                + " character 6 of a field");
        assertMalformed(PLAIN.get(0).replace("\t0\n", "\t1\t\\N\n"), "has null where a name or code belongs");
        assertMalformed(PLAIN.get(0).replace("\t0\n", "\t2\tid:string\n"), "has too few fields");
        String allButTheLast = String.join("", PLAIN.subList(0, PLAIN.size() - 1));
        String last = PLAIN.get(PLAIN.size() - 1);
        assertMalformed(allButTheLast + last.replace("\t0\n", "\t0\tlegacy"), "row 6 (LEGACY_NOTE)",
                "is not ended by a line break");
        assertMalformed(allButTheLast + last.replace("\t0\n", "\t0\tlegacy\\"), "row 6 (LEGACY_NOTE)",
                "has a backslash that escapes nothing at character 7 of a field");
    }

    private static void assertMalformed(String firstRow, String what) {
        assertMalformed(withFirstRow(firstRow), "row 1 (ORDER_NOT_FOUND)", what);
    }

    private static void assertMalformed(String table, String row, String what) {
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> catalog(table), table);
        assertEquals(row + " of the facts of io.errorcatalog.runtime.ShopError " + what
                + "; generate the catalog and its runtime again, with one version of error-catalog-maven-plugin",
                wrong.getMessage());
    }

    @Test
    void aRowThatNamesNoConstantFailsAsTheFirstField() {
        Definition.Table nameless = table("\\N\t\n");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, nameless::name);
        assertEquals("row 1 of the facts of io.errorcatalog.runtime.ShopError has null where a name or code belongs;"
                + " generate the catalog and its runtime again, with one version of error-catalog-maven-plugin",
                wrong.getMessage());
    }
}
