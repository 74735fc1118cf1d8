package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NearestTest {

    @Test
    void theFewestEditsWinWithinAQuarterOfTheNamesLengthAndAtLeastTwo() {
        List<String> names = List.of("ORDER_NOT_FOUND", "ORDER_LOCKED", "NOT_FOUND", "ID");
        assertEquals(Optional.of("NOT_FOUND"), Nearest.of("NOT_FOND", names));
        assertEquals(Optional.of("ORDER_NOT_FOUND"), Nearest.of("ORDR_NOT_FUND", names));
        assertEquals(Optional.of("ID"), Nearest.of("I", names));
        assertEquals(Optional.empty(), Nearest.of("ORDER_GONE", names), "four edits from ORDER_LOCKED, over its three");
        assertEquals(Optional.of("NOT_FOUND"), Nearest.of("NOT_FOUNDS", List.of("NOT_FOUND", "NOT_FOUNDED")),
                "the first of the nearest: one edit beats two");
    }
}
