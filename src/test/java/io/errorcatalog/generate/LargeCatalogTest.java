package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * the catalog's interface, and works as one catalog.
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
        }
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
