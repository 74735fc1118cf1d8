package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The facts table as the generator writes it: texts escaped so that the runtime reads them back exactly, and
 * parts that a class file's string constants hold, a row cut only where it is larger than a part.
 */
class FactsTableTest {

    @Test
    void aRowEscapesBackslashesTabsAndLineBreaksAndWritesNullAsBackslashN() {
        assertEquals("E\t\\N\t\t\\\\N\ta\\tb\\nc\\\\\t\r\u0000\u2028\ud800\n",
                FactsTable.row(Arrays.asList("E", null, "", "\\N", "a\tb\nc\\", "\r\u0000\u2028\ud800")));
    }

    @Test
    void aClassFileCountsNulAndTwoByteCharactersTwiceAndEachHalfOfASurrogatePairThrice() {
        assertEquals(1 + 2 + 1 + 2 + 3 + 3 + 3 + 3, FactsTable.bytes("a\u0000\u007f\u00e9\u4e2d\ud83d\ude00\ud800"));
    }

    @Test
    void rowsThatFitArePutWholeIntoPartsOfAtMostTheBytesGiven() {
        List<String> rows = List.of("AB\t1\n", "CD\t22\n", "EF\t333\n");
        assertEquals(List.of(List.of("AB\t1\n", "CD\t22\n"), List.of("EF\t333\n")), FactsTable.parts(rows, 12));
        assertEquals(List.of(List.of("AB\t1\n"), List.of("CD\t22\n"), List.of("EF\t333\n")),
                FactsTable.parts(rows, 7));
    }

    @Test
    void aRowLargerThanAPartIsCutIntoPartsOfItsOwnAndStillJoinsToItself() {
        String huge = "H\t" + "\u4e2d".repeat(10) + "\ud83d\ude00\u0000x\n";
        List<String> rows = List.of("A\n", huge, "B\n");
        List<List<String>> parts = FactsTable.parts(rows, 8);
        StringBuilder joined = new StringBuilder();
        for (List<String> part : parts) {
            String text = String.join("", part);
            assertTrue(FactsTable.bytes(text) <= 8, text);
            joined.append(text);
        }
        assertEquals(String.join("", rows), joined.toString());
        String two = "\u4e2d\u4e2d";
        assertEquals(List.of(List.of("A\n"), List.of("H\t" + two), List.of(two), List.of(two), List.of(two),
                List.of(two), List.of("\ud83d\ude00\u0000"), List.of("x\n", "B\n")), parts,
                "the part before is closed, the rest of the row shares its last part with the next row");
    }

    @Test
    void aPartHoldsAtMostItsLimitOfLines() {
        List<String> rows = Collections.nCopies(FactsTable.MAX_PART_LINES * 2 + 1, "E\n");
        List<List<String>> parts = FactsTable.parts(rows, FactsTable.MAX_PART_BYTES);
        assertEquals(List.of(FactsTable.MAX_PART_LINES, FactsTable.MAX_PART_LINES, 1),
                parts.stream().map(List::size).toList());
    }

    @Test
    void theRowsOfTheCostliestErrorFitIntoTheConstantsOfAClassFile() {
        // Three user texts of 16,384 characters of three bytes each: some 147 KB of one row.
        String text = "\u4e2d".repeat(16_384);
        List<String> rows = List.of(FactsTable.row(List.of("A", text, text, text)), "B\n");
        List<List<String>> parts = FactsTable.parts(rows, FactsTable.MAX_PART_BYTES);
        assertEquals(3, parts.size(), "147,460 bytes in parts of 65,535");
        List<String> joined = new ArrayList<>();
        for (List<String> part : parts) {
            String constant = String.join("", part);
            assertTrue(FactsTable.bytes(constant) <= FactsTable.MAX_PART_BYTES);
            joined.add(constant);
        }
        assertEquals(String.join("", rows), String.join("", joined));
    }

    @Test
    void theSourceIsALiteralPerLineJoinedWithPlusAndThePartsSeparatedByCommas() {
        assertEquals(List.of("\"A\\t1\\n\"", "+ \"B\\t\\\\N\\n\",", "\"C\\t\\u00e9\\n\");"),
                FactsTable.source(List.of("A\t1\n", "B\t\\N\n", "C\t\u00e9\n"), 12));
        assertEquals(List.of("\"\");"), FactsTable.source(List.of(), FactsTable.MAX_PART_BYTES), "no rows");
    }
}
