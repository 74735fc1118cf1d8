package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.CatalogException;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;
import io.errorcatalog.testing.LargeCatalogs;

/**
 * A catalog of 50,000 errors in five locales, written as a catalog file and ten parts of 5,000 errors
 * (some 17 MB of YAML), generates, compiles for Java 8 with every lint warning an error, and works: any
 * error is found by its code, its message formatted in two locales, its exception made from its typed
 * factory. Timings are printed, not asserted (the benchmark states them); the test proves that it works.
 */
class FiftyThousandErrorsTest {

    private static final int ERRORS = 50_000;

    @TempDir
    Path work;

    @Test
    void fiftyThousandErrorsInFiveLocalesGenerateCompileAndWork() throws Exception {
        Path catalogs = Files.createDirectories(work.resolve("catalogs"));
        LargeCatalogs.write(catalogs, "huge", ERRORS);
        long start = System.nanoTime();
        Catalogs.generate(catalogs, work.resolve("out"));
        long generated = System.nanoTime();
        try (URLClassLoader loader = JavaCompilation.compileAndLoad(work.resolve("out/java"),
                work.resolve("out/resources"), work.resolve("classes"))) {
            long compiled = System.nanoTime();
            ErrorCatalog<?, ?> catalog = (ErrorCatalog<?, ?>) loader.loadClass("com.example.huge.HugeError")
                    .getField("CATALOG").get(null);
            long initialised = System.nanoTime();
            System.out.printf(Locale.ROOT, "50,000 errors: generated in %d ms, compiled in %d ms, catalog"
                    + " initialised in %d ms%n", (generated - start) / 1_000_000, (compiled - generated) / 1_000_000,
                    (initialised - compiled) / 1_000_000);

            assertEquals(ERRORS + 1, catalog.errors().size(), "every error, and UNKNOWN");
            CatalogError last = catalog.byCode(Integer.toString(ERRORS - 1)).orElseThrow();
            assertEquals("E" + (ERRORS - 1), last.name());
            assertEquals("com.example.huge.HugeG9Error3", last.getClass().getName(), "its group's third enum");
            assertEquals("Meldung 49999: 12.345 Zeilen", last.message(Locale.GERMAN, 12345));
            assertEquals("Message 49999: 12,345 lines", last.message(Locale.ENGLISH, 12345));
            assertEquals("Titel 49999", last.title(Locale.forLanguageTag("de-CH")));
            CatalogError first = catalog.byCode("0").orElseThrow();
            assertSame(first, catalog.errors().get(0));
            CatalogException typed = (CatalogException) loader.loadClass("com.example.huge.HugeG3Error")
                    .getMethod("e15001", int.class).invoke(null, 5);
            assertEquals("com.example.huge.HugeG3Exception", typed.getClass().getName());
            assertEquals("Message 15001: 5 lines", typed.getMessage());
            assertSame(catalog.byCode("30000").orElseThrow(), catalog.decode(400,
                    java.util.Map.of("error_code", "30000"), null).getError());
        }
    }
}
