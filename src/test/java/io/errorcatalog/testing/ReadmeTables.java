package io.errorcatalog.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README's tables that a registry in the code must list, row by row, in its order. */
public final class ReadmeTables {

    private ReadmeTables() {}

    /**
     * Asserts that the first table after {@code heading} holds {@code expected}, header and rule left out.
     *
     * @param registry what the table lists, for the message, such as {@code Tag.values()}
     */
    public static void assertRows(String heading, List<String> expected, String registry) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "README.md has no '" + heading + "' section");
        List<String> rows = readme.substring(at + 1).lines().skip(1).dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|")).skip(2).toList();
        for (int i = 0; i < Math.max(expected.size(), rows.size()); i++) {
            assertEquals(i < expected.size() ? expected.get(i) : "(no more entries)",
                    i < rows.size() ? rows.get(i) : "(no more rows)",
                    "row " + (i + 1) + " of the table under '" + heading + "' in README.md, which lists " + registry
                            + " in order");
        }
    }
}
