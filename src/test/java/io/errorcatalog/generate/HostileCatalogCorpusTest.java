package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.errorcatalog.load.YamlReader;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.testing.Catalogs;

/**
 * Catalogs written as attackers and careless users write them ({@code src/test/resources/hostile}, one
 * directory per case, its {@code expected.txt} listing {@code file:line tag} that must be reported). Each
 * must fail as a catalog problem (no other exception, so no stack trace in the build), at its place, and
 * leave the previous good output byte for byte as it was. The build runs this class in a JVM of 256 MiB.
 */
class HostileCatalogCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    private static final String GOOD = """
            id: good
            title: Good
            package: com.example.good
            locales: [en, de]
            errors:
              NOT_FOUND: {code: not_found, status: 404, title: {en: Not found, de: Nicht gefunden}, message: {en: Gone., de: Weg.}}
            """;

    static List<String> cases() throws IOException {
        try (Stream<Path> cases = Files.list(CORPUS)) {
            return cases.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @TempDir
    Path work;

    /** Generates the good catalog, then the hostile one in its place; returns what the second run reported. */
    private CatalogException failsLeavingTheGoodOutput(Map<String, byte[]> hostile) throws Exception {
        Path catalogs = Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(catalogs.resolve("good.yaml"), GOOD);
        new Generator().generate(Catalogs.requestWithRuntime(catalogs, work.resolve("out"), "com.example.runtime"));
        Map<String, String> before = snapshot(work.resolve("out"));
        Files.delete(catalogs.resolve("good.yaml"));
        for (Map.Entry<String, byte[]> file : hostile.entrySet()) {
            Files.write(catalogs.resolve(file.getKey()), file.getValue());
        }
        CatalogException failure = assertThrows(CatalogException.class, () -> new Generator()
                .generate(Catalogs.requestWithRuntime(catalogs, work.resolve("out"), "com.example.runtime")));
        assertEquals(before, snapshot(work.resolve("out")), "the good output is left as it was");
        for (Diagnostic diagnostic : failure.diagnostics()) {
            assertFalse(diagnostic.message().matches("(?s).*(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Exception:|java\\.lang\\.).*"),
                    "a diagnostic that shows an exception: " + diagnostic);
            // One line, and nothing a terminal obeys: a report quotes what the catalog wrote.
            assertFalse(diagnostic.toString().matches("(?s).*[\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069].*"),
                    "a diagnostic with a control character: " + diagnostic.toString().replaceAll("\\p{Cc}", "?"));
        }
        return failure;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileCatalogIsAProblemAtItsPlace(String name) throws Exception {
        Path directory = CORPUS.resolve(name);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        List<String> expected = Files.readAllLines(directory.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        CatalogException failure = failsLeavingTheGoodOutput(files);
        List<String> reported = failure.diagnostics().stream()
                .map(d -> d.location().file() + ":" + d.location().line() + " " + d.tag().id()).toList();
        for (String place : expected) {
            assertTrue(reported.contains(place), "expected " + place + " among\n" + failure.getMessage());
        }
    }

    /** 800,000 missing keys (2.7 MB): the work and the report stop at a bound, with a summary and the full list. */
    @Test
    void aCatalogOfHundredsOfThousandsOfMistakesIsSummedUp() throws Exception {
        StringBuilder yaml = new StringBuilder("id: big\ntitle: Big\nlocales: [en]\nerrors:\n");
        for (int i = 0; i < 200_000; i++) {
            yaml.append("  E").append(i).append(": {}\n");
        }
        CatalogException failure = failsLeavingTheGoodOutput(Map.of("big.yaml",
                yaml.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Diagnostics.MOST, failure.diagnostics().size());
        String report = failure.getMessage();
        assertTrue(report.startsWith("10,000 problem(s) in the error catalogs (the run stopped looking after 10000);"
                + " by tag: missing-key 10,000\nthe first 5 of each tag:\nbig.yaml:5:3: [missing-key]"), report);
        assertEquals(2 + Diagnostics.SHOWN_PER_TAG + 1, report.split("\n").length, report);
        Path fullList = Path.of(report.substring(report.lastIndexOf(": ") + 2));
        assertEquals(Diagnostics.MOST, Files.readAllLines(fullList).size());
    }

    /** 16 MiB of tiny values would be a tree of millions of nodes: the reader stops at a bound. */
    @Test
    void aFileOfMillionsOfValuesStopsAtTheBound() throws Exception {
        StringBuilder yaml = new StringBuilder("id: x\ntitle: x\nlocales: [en]\ndescription:\n");
        String row = "  - [" + String.join(",", java.util.Collections.nCopies(20_000, "0")) + "]\n";
        while (yaml.length() + row.length() < YamlReader.MAX_FILE_BYTES) {
            yaml.append(row);
        }
        CatalogException failure = failsLeavingTheGoodOutput(Map.of("x.yaml",
                yaml.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("too-many-values"), failure.diagnostics().stream().map(d -> d.tag().id())
                .collect(Collectors.toList()));
    }

    /** Several files of millions of values: read side by side, their trees would not fit the heap together. */
    @Test
    void severalFilesOfMillionsOfValuesStayWithinTheHeap() throws Exception {
        StringBuilder yaml = new StringBuilder("id: x\ntitle: x\nlocales: [en]\ndescription:\n");
        String row = "  - [" + String.join(",", java.util.Collections.nCopies(5_000, "0")) + "]\n";
        // Just under the bound of values, so that each tree is built in full.
        while (yaml.length() + row.length() < 2 * (YamlReader.MAX_VALUES - 10_000)) {
            yaml.append(row);
        }
        byte[] content = yaml.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < 4; i++) {
            files.put("x" + i + ".yaml", new String(content, StandardCharsets.UTF_8).replace("id: x", "id: x" + i)
                    .getBytes(StandardCharsets.UTF_8));
        }
        CatalogException failure = failsLeavingTheGoodOutput(files);
        assertTrue(failure.diagnostics().stream().allMatch(d -> d.tag().id().equals("wrong-type")
                || d.tag().id().equals("missing-key")), failure.getMessage());
    }

    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                // The state directory says what the runs found; the outputs must be as they were.
                if (!name.startsWith("problems-") && !name.startsWith("inputs-")) {
                    files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return files;
    }
}
