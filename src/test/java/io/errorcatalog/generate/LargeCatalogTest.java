package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.model.NameAllocator;
import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.CatalogException;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * One enum holds {@link NameAllocator#ERRORS_PER_ENUM} errors (the JVM limits an enum's initializer and
 * constant pool); a larger catalog is generated as one enum per group, or per part of a group, behind
 * the catalog's interface, and works as one catalog. Every method but an enum's own initializer stays under
 * the 8,000 bytes of bytecode above which HotSpot does not compile a method, and the facts of an error larger
 * than a class file's string constant are given exactly.
 */
class LargeCatalogTest {

    @TempDir
    Path work;

    /** The costliest errors: every fact needs its longest instruction, every text a constant of its own. */
    private static String catalog(int ungrouped, int grouped) {
        StringBuilder yaml = new StringBuilder("id: big\ntitle: Big\npackage: big\nlocales: [en, de]\n"
                + "docs: https://big.example/errors\nwire: {format: problem, typeBase: \"https://big.example/e/\"}\n"
                + "groups:\n  g7: {}\nerrors:\n");
        for (int i = 0; i < ungrouped + grouped; i++) {
            yaml.append("  E").append(i).append(":\n    code: c").append(i).append("\n    status: 599\n")
                    .append(i < ungrouped ? "" : "    group: g7\n")
                    .append("    severity: warning\n    retry: retry-after\n    docs: \"#e").append(i).append("\"\n")
                    .append("    params: {a: string, b: int, c: long, d: double, e: boolean, f: string, g: string}\n")
                    .append("    title: {en: T").append(i).append(", de: D").append(i).append("}\n")
                    .append("    message: {en: \"{a}{b}{c}{d}{e}{f}{g} ").append(i).append("\", de: \"{a}{b}{c}{d}{e}{f}{g} ")
                    .append(i).append(" de\"}\n");
        }
        return yaml.toString();
    }

    private URLClassLoader generateAndCompile(String yaml) throws Exception {
        Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(work.resolve("catalogs/big.yaml"), yaml);
        Catalogs.generate(work.resolve("catalogs"), work.resolve("out"));
        return JavaCompilation.compileAndLoad(work.resolve("out/java"), work.resolve("out/resources"),
                work.resolve("classes"));
    }

    @Test
    void anEnumsWorthOfTheCostliestErrorsCompilesAsOneEnum() throws Exception {
        try (URLClassLoader loader = generateAndCompile(catalog(0, NameAllocator.ERRORS_PER_ENUM))) {
            Class<?> big = loader.loadClass("big.BigError");
            assertTrue(big.isEnum());
            assertEquals(NameAllocator.ERRORS_PER_ENUM + 1, big.getEnumConstants().length, "the errors and UNKNOWN");
            Map<String, Integer> sizes = bytecodeSizes("big.BigError");
            int initializer = sizes.get("static {};");
            assertTrue(initializer > 8_000 && initializer < 65_536, "its constants and one call with the facts: "
                    + initializer);
            assertEquals(Map.of(), largerThanTheJitCompiles(sizes));
            assertTrue(sizes.size() > NameAllocator.ERRORS_PER_ENUM, "a factory per error among them: " + sizes.size());
        }
    }

    /**
     * The methods of an enum of 8,000 bytes of bytecode or more, which HotSpot does not compile, but the two that
     * javac writes to create its constants, which run once ({@code static {}}, {@code $values()}).
     */
    private static Map<String, Integer> largerThanTheJitCompiles(Map<String, Integer> sizes) {
        return sizes.entrySet().stream().filter(method -> method.getValue() >= 8_000)
                .filter(method -> !method.getKey().equals("static {};") && !method.getKey().endsWith(" $values();"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The size of each method of a compiled class, by its signature as javap prints it: the offset of its last
     * instruction, which is one to a few bytes short of its length.
     */
    private Map<String, Integer> bytecodeSizes(String className) {
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "-c", "-p", "-cp", work.resolve("classes").toString(), className);
        assertEquals(0, status, out::toString);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String method = null;
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ") && line.endsWith(";")) {
                method = line.strip();
            } else if (method != null && line.matches(" +[0-9]+: .*")) {
                sizes.put(method, Integer.parseInt(line.strip().substring(0, line.strip().indexOf(':'))));
            }
        }
        return sizes;
    }

    @Test
    void aLargerCatalogIsOneEnumPerGroupPartBehindItsInterfaceAndWorksAsOne() throws Exception {
        int ungrouped = 500;
        int grouped = 2 * NameAllocator.ERRORS_PER_ENUM;
        try (URLClassLoader loader = generateAndCompile(catalog(ungrouped, grouped))) {
            Class<?> big = loader.loadClass("big.BigError");
            assertTrue(big.isInterface());
            ErrorCatalog<?, ?> catalog = (ErrorCatalog<?, ?>) big.getField("CATALOG").get(null);
            List<? extends CatalogError> errors = catalog.errors();
            assertEquals(ungrouped + grouped + 1, errors.size(), "every error, and UNKNOWN");
            assertEquals(Map.of("big.BigCommonError", ungrouped + 1, "big.BigG7Error", NameAllocator.ERRORS_PER_ENUM,
                    "big.BigG7Error2", NameAllocator.ERRORS_PER_ENUM), errors.stream().collect(Collectors.groupingBy(
                            error -> error.getClass().getName(), Collectors.summingInt(error -> 1))));
            for (int i : new int[] {0, ungrouped - 1, ungrouped, ungrouped + grouped - 1}) {
                CatalogError error = catalog.byCode("c" + i).orElseThrow();
                assertEquals("E" + i, error.name());
                assertSame(catalog, error.catalog());
                assertEquals("T" + i, error.title(Locale.ENGLISH));
                assertEquals("a1213.5true " + i, error.message(Locale.ENGLISH, "a", 1, 2L, 13.5, true, "", ""));
                assertEquals("D" + i, error.title(Locale.GERMAN));
                assertEquals("https://big.example/errors#e" + i, error.documentationUrl());
            }
            CatalogException grouped1 = catalog.byCode("c" + (ungrouped + grouped - 1)).orElseThrow()
                    .exception("a", 1, 2L, 3.0, true, "f", "g");
            assertEquals("big.BigG7Exception", grouped1.getClass().getName(), "a group's exception, in any part");
            assertSame(catalog.unknown(), catalog.decode(418, null, null).getError());
            assertEquals("big.BigCommonError", catalog.unknown().getClass().getName());
            assertSame(catalog.byCode("c" + ungrouped).orElseThrow(), catalog.decode(599,
                    Map.of("type", "https://big.example/e/c" + ungrouped), null).getError());
            for (String part : List.of("big.BigCommonError", "big.BigG7Error", "big.BigG7Error2")) {
                Map<String, Integer> sizes = bytecodeSizes(part);
                assertEquals(Map.of(), largerThanTheJitCompiles(sizes), part);
                assertTrue(sizes.get("static void facts(io.errorcatalog.runtime.ErrorCatalog$Builder<big.BigError,"
                        + " big.BigException>);") < 200, "one call with the facts: " + sizes);
            }
        }
    }

    @Test
    void anErrorWhoseFactsOutgrowAClassFilesStringConstantHasThemExactly() throws Exception {
        // Texts as long as a catalog text may be, of characters that take two and three bytes in a class file, and
        // the table's own escapes: the row is larger than two string constants, so it is cut inside the row.
        // (In YAML's double quotes: \\ is a backslash, \t a tab, \n a line break.)
        String code = "\\\\N\\t\\\\\\\\t\\n" + "\u4e2d".repeat(16_374) + "\\U0001F600";
        String wide = "\u4e2d".repeat(16_384);
        String twoByte = "\u00e9".repeat(16_383) + "\\\\";
        String yaml = "id: big\ntitle: Big\npackage: big\nlocales: [en]\nerrors:\n"
                + "  HUGE:\n    code: \"" + code + "\"\n    aliases: [\"" + wide + "\", \"" + twoByte + "\"]\n"
                + "    title: Huge\n    message: Huge\n"
                + "  AFTER:\n    code: after\n    title: After\n    message: After\n";
        try (URLClassLoader loader = generateAndCompile(yaml)) {
            assertEquals(3, Files.readAllLines(work.resolve("out/java/big/BigError.java")).stream()
                    .filter(line -> line.startsWith("                \"")).count(), "the table in three constants");
            ErrorCatalog<?, ?> catalog = (ErrorCatalog<?, ?>) loader.loadClass("big.BigError").getField("CATALOG")
                    .get(null);
            String exactCode = "\\N\t\\\\t\n" + "\u4e2d".repeat(16_374) + "\ud83d\ude00";
            CatalogError huge = catalog.byCode(exactCode).orElseThrow();
            assertEquals("HUGE", huge.name());
            assertEquals(exactCode, huge.code());
            String exactTwoByte = "\u00e9".repeat(16_383) + "\\";
            assertEquals(List.of("\u4e2d".repeat(16_384), exactTwoByte), huge.aliases());
            assertSame(huge, catalog.byCode(exactTwoByte).orElseThrow());
            assertEquals("AFTER", catalog.byCode("after").orElseThrow().name(), "the row after the cut one");
        }
    }

    @Test
    void anEnumOfAPartTouchedFirstFindsItsCatalogBuilt() throws Exception {
        try (URLClassLoader loader = generateAndCompile(catalog(500, 2 * NameAllocator.ERRORS_PER_ENUM))) {
            // What a client's code does first: switch on, or throw, an error of one part.
            Class<?> part = Class.forName("big.BigG7Error2", true, loader);
            CatalogError error = (CatalogError) part.getEnumConstants()[0];
            assertSame(error, error.catalog().byCode(error.code()).orElseThrow());
            Class<?> type = loader.loadClass("big.BigError");
            assertEquals(List.of(), java.util.Arrays.stream(type.getDeclaredMethods())
                    .filter(java.lang.reflect.Method::isDefault).map(java.lang.reflect.Method::toString).toList(),
                    "a default method (a bridge among them) would have the enums initialise the interface first");
        }
    }
}
