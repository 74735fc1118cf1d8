package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.testing.Catalogs;

/**
 * The whole generated output of the small catalogs, compared file by file with the golden copies under
 * {@code src/test/resources/golden/expected}, and that of the plural catalog with the pseudo-locale
 * {@code en-XA} with those under {@code src/test/resources/golden-plurals/expected}. After an intended
 * change of the output, run with {@code -Dgolden.update=true} to rewrite the golden files, and review their diff.
 */
class GoldenFilesTest {

    private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");
    private static final Path EXPECTED_PLURALS = Path.of("src/test/resources/golden-plurals/expected");

    @Test
    void generatedFilesMatchTheGoldenFiles(@TempDir Path output) throws Exception {
        Catalogs.generate(Catalogs.GOLDEN_CATALOGS, output);
        assertMatches(EXPECTED, output);
    }

    @Test
    void pluralsAndThePseudoLocaleMatchTheGoldenFiles(@TempDir Path output) throws Exception {
        Catalogs.generate(Catalogs.GOLDEN_PLURAL_CATALOGS, output, "en-XA");
        assertMatches(EXPECTED_PLURALS, output);
    }

    private static void assertMatches(Path expected, Path output) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            copyTree(output, expected);
        }
        assertEquals(relativeFiles(expected), relativeFiles(output), "the set of generated files");
        for (String file : relativeFiles(expected)) {
            assertEquals(Files.readString(expected.resolve(file), StandardCharsets.UTF_8),
                    Files.readString(output.resolve(file), StandardCharsets.UTF_8), file);
        }
    }

    /** ASCII reads the same whatever encoding javac or a Java 8 ResourceBundle assumes. */
    @Test
    void generatedFilesAreAscii(@TempDir Path output) throws Exception {
        Catalogs.generate(Catalogs.GOLDEN_CATALOGS, output.resolve("golden"));
        Catalogs.generate(Catalogs.GOLDEN_PLURAL_CATALOGS, output.resolve("plurals"), "en-XA");
        for (String file : relativeFiles(output)) {
            byte[] bytes = Files.readAllBytes(output.resolve(file));
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0 && bytes[i] != '\r', file + " has a non-ASCII byte or a CR at " + i);
            }
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("state/")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (String file : relativeFiles(from)) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
    }
}
