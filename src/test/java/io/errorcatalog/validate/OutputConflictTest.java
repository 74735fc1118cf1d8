package io.errorcatalog.validate;

import static io.errorcatalog.load.CatalogTexts.validationProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.testing.Catalogs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two generated types that would be one file: in one catalog, or in two catalogs of one package. */
class OutputConflictTest {

    @Test
    void enumNamesThatDifferOnlyInCaseAreReportedAtBothPlacesWhereTheyAreWritten() {
        assertEquals(List.of(
                "a.yaml:4:7: [output-conflict] this catalog's enum com.example.shop.ShopError and the enum"
                        + " com.example.shop.SHOPERROR of catalog 'shop-two' at b.yaml:4:7 would be one file, as macOS"
                        + " and Windows ignore case in file names; give one of them another 'package', 'enum' or"
                        + " 'exception'",
                "b.yaml:4:7: [output-conflict] this catalog's enum com.example.shop.SHOPERROR and the enum"
                        + " com.example.shop.ShopError of catalog 'shop' at a.yaml:4:7 would be one file, as macOS"
                        + " and Windows ignore case in file names; give one of them another 'package', 'enum' or"
                        + " 'exception'"),
                validationProblems("a.yaml", """
                id: shop
                title: Shop
                package: com.example.shop
                enum: ShopError
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """, "b.yaml", """
                id: shop-two
                title: Shop two
                package: com.example.shop
                enum: SHOPERROR
                locales: [en]
                errors:
                  B: {code: b, status: 400, title: x, message: x}
                """));
    }

    @Test
    void derivedNamesAreReportedAtTheIdAndWrittenOnesAtTheirKey() {
        assertEquals(List.of(
                "a.yaml:1:5: [output-conflict] this catalog's exception com.example.PayException and the exception"
                        + " com.example.PayException of catalog 'payments' at b.yaml:4:12 would be one file; give one"
                        + " of them another 'package', 'enum' or 'exception'",
                "a.yaml:1:5: [output-conflict] this catalog's enum com.example.PayError and the group exception"
                        + " com.example.PayError of catalog 'payments' at b.yaml:7:27 would be one file; give one of"
                        + " them another 'package', 'enum' or 'exception'",
                "b.yaml:4:12: [output-conflict] this catalog's exception com.example.PayException and the exception"
                        + " com.example.PayException of catalog 'pay' at a.yaml:1:5 would be one file; give one of"
                        + " them another 'package', 'enum' or 'exception'",
                "b.yaml:7:27: [output-conflict] this catalog's group exception com.example.PayError and the enum"
                        + " com.example.PayError of catalog 'pay' at a.yaml:1:5 would be one file; give one of them"
                        + " another 'package', 'enum' or 'exception'"),
                validationProblems("a.yaml", """
                id: pay
                title: Pay
                package: com.example
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """, "b.yaml", """
                id: payments
                title: Payments
                package: com.example
                exception: PayException
                locales: [en]
                groups:
                  validation: {exception: PayError}
                errors:
                  B: {code: b, status: 400, title: x, message: x, group: validation}
                """));
    }

    @Test
    void sameNamesInOtherPackagesAreNoConflict() {
        assertEquals(List.of(), validationProblems("a.yaml", """
                id: pay
                title: Pay
                package: com.example.a
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """, "b.yaml", """
                id: payments
                title: Payments
                package: com.example.b
                enum: PayError
                exception: PayException
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void generatorStopsAtAConflictBeforeWritingAnything(@TempDir Path dir) throws IOException {
        Path catalogs = Files.createDirectories(dir.resolve("catalogs"));
        String catalog = """
                id: %s
                title: Shop
                package: com.example
                enum: %s
                locales: [en]
                errors:
                  %s: {code: %s, status: 400, title: x, message: x}
                """;
        Files.writeString(catalogs.resolve("a.yaml"), catalog.formatted("shop", "ShopError", "A", "a"));
        Files.writeString(catalogs.resolve("b.yaml"), catalog.formatted("shop-two", "SHOPERROR", "B", "b"));
        CatalogException failure = assertThrows(CatalogException.class,
                () -> Catalogs.generate(catalogs, dir.resolve("out")));
        assertEquals(List.of("a.yaml:4:7: [output-conflict]", "b.yaml:4:7: [output-conflict]"),
                failure.diagnostics().stream().map(d -> d.location() + ": [" + d.tag().id() + "]").toList());
        assertFalse(Files.exists(dir.resolve("out/java")), "a failed run writes nothing");
    }

    @Test
    void twoTypesOfOneCatalogThatDifferOnlyInCaseAreReportedAtBothPlaces() {
        assertEquals(List.of(
                "bad.yaml:1:5: [duplicate-type] catalog 'pay' would generate two types named PayException and"
                        + " Payexception (one file on macOS and Windows, which ignore case) (the group exception at"
                        + " bad.yaml:5:27); set 'exception' of a group or of the catalog to tell them apart",
                "bad.yaml:5:27: [duplicate-type] catalog 'pay' would generate two types named Payexception and"
                        + " PayException (one file on macOS and Windows, which ignore case) (the exception at"
                        + " bad.yaml:1:5); set 'exception' of a group or of the catalog to tell them apart"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                groups:
                  validation: {exception: Payexception}
                errors:
                  A: {code: a, status: 400, title: x, message: x, group: validation}
                """));
    }
}
