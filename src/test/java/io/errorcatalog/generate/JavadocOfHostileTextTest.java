package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * Texts a catalog may hold that javadoc refuses when written as they are (a docs URL with {@code @} or
 * {@code *}{@code /}, a lone surrogate): a consumer's javadoc jar must still build, and the API must still
 * give the texts back exactly.
 */
class JavadocOfHostileTextTest {

    @Test
    void javadocPassesAndTheTextsComeBackExactly(@TempDir Path work) throws Exception {
        Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(work.resolve("catalogs/shop.yaml"), """
                id: shop
                title: Shop
                package: com.example.shop
                locales: [en]
                docs: "https://docs.example.com/@shop/v2/errors"
                errors:
                  ODD:
                    code: odd
                    status: 400
                    title: "half \\uD83D of an emoji"
                    message: "x"
                    docs: "#a*/b"
                """);
        Catalogs.generate(work.resolve("catalogs"), work.resolve("out"));
        JavaCompilation.assertJavadocIsClean(work.resolve("out/java"), work.resolve("javadoc"));
        try (URLClassLoader loader = JavaCompilation.compileAndLoad(work.resolve("out/java"),
                work.resolve("out/resources"), work.resolve("classes"))) {
            ErrorCatalog<?, ?> catalog = (ErrorCatalog<?, ?>) loader.loadClass("com.example.shop.ShopError")
                    .getField("CATALOG").get(null);
            CatalogError odd = catalog.errors().get(0);
            assertEquals("half \uD83D of an emoji", odd.title(Locale.ENGLISH));
            assertEquals("https://docs.example.com/@shop/v2/errors#a*/b", odd.documentationUrl());
        }
    }
}
