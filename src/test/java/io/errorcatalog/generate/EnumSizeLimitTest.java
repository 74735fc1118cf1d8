package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.model.JavaNames;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * The JVM limits an enum's initializer to 64 KiB of bytecode: the largest catalog the plugin accepts must
 * compile, and a larger one must be refused with a diagnostic rather than with javac's "code too large".
 */
class EnumSizeLimitTest {

    @TempDir
    Path work;

    /** The costliest constants: every argument needs its longest instruction (bipush, sipush, ldc_w). */
    private static String catalog(int errors) {
        StringBuilder yaml = new StringBuilder("id: big\ntitle: Big\npackage: big\nlocales: [en]\n"
                + "docs: https://big.example/errors\ngroups:\n");
        for (int g = 0; g < 8; g++) {
            yaml.append("  g").append(g).append(": {}\n");
        }
        yaml.append("errors:\n");
        for (int i = 0; i < errors; i++) {
            yaml.append("  E").append(i).append(":\n    code: c").append(i).append("\n    status: 599\n")
                    .append("    group: g7\n    severity: warning\n    retry: retry-after\n    docs: \"#e").append(i)
                    .append("\"\n    params: {a: string, b: int, c: long, d: double, e: boolean, f: string, g: string}\n")
                    .append("    title: T").append(i).append("\n    message: \"{a}{b}{c}{d}{e}{f}{g}\"\n");
        }
        return yaml.toString();
    }

    @Test
    void theLargestAcceptedCatalogCompiles() throws Exception {
        Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(work.resolve("catalogs/big.yaml"), catalog(JavaNames.MAX_ENUM_CONSTANTS));
        Catalogs.generate(work.resolve("catalogs"), work.resolve("out"));
        try (URLClassLoader loader = JavaCompilation.compileAndLoad(work.resolve("out/java"),
                work.resolve("out/resources"), work.resolve("classes"))) {
            assertEquals(JavaNames.MAX_ENUM_CONSTANTS + 1, loader.loadClass("big.BigError").getEnumConstants().length,
                    "the errors and UNKNOWN");
        }
    }

    @Test
    void oneErrorMoreIsRefusedWithADiagnostic() throws Exception {
        Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(work.resolve("catalogs/big.yaml"), catalog(JavaNames.MAX_ENUM_CONSTANTS + 1));
        CatalogException refused = assertThrows(CatalogException.class,
                () -> Catalogs.generate(work.resolve("catalogs"), work.resolve("out")));
        assertEquals("big.yaml:1:5: [too-many-errors] catalog 'big' has 1501 errors (inherited ones included), more"
                + " than the 1500 one generated enum can hold (the JVM limits a class initializer to 64 KiB); split it"
                + " into several catalogs", refused.diagnostics().get(0).toString());
    }
}
