package io.errorcatalog.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.testing.Catalogs;

/**
 * The XLIFF files export writes, compared whole with the golden copies under
 * {@code src/test/resources/golden-xliff/expected}; {@code -Dgolden.update=true} rewrites them for review.
 */
class TranslationExportTest {

    static final Path CATALOGS = Path.of("src/test/resources/golden-xliff/catalogs");
    private static final Path EXPECTED = Path.of("src/test/resources/golden-xliff/expected");

    @TempDir
    Path directory;

    static CatalogSet check(Path catalogs, Path directory) throws Exception {
        return new Generator().check(Catalogs.request(catalogs, directory.resolve("out"), null));
    }

    private TranslationExport.Result export(String locale) throws Exception {
        return new TranslationExport().export(check(CATALOGS, directory),
                new TranslationExport.Request(directory.resolve("xlf"), locale));
    }

    @Test
    void exportedFilesMatchTheGoldenFiles() throws Exception {
        TranslationExport.Result result = export(null);
        List<String> names = result.files().stream().map(file -> file.file().getFileName().toString()).toList();
        assertEquals(List.of("orders.de.xlf", "orders.fr.xlf"), names);
        for (String name : names) {
            String written = Files.readString(directory.resolve("xlf").resolve(name), StandardCharsets.UTF_8);
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(EXPECTED.resolve(name), written, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(EXPECTED.resolve(name), StandardCharsets.UTF_8), written, name);
        }
    }

    @Test
    void eachFileCountsItsUnitsByState() throws Exception {
        TranslationExport.Exported german = export(null).files().get(0);
        assertEquals(List.of(4, 3, 4), List.of(german.untranslated(), german.needsReview(), german.translated()));
    }

    @Test
    void whatIsWrittenReadsBackUnitForUnit() throws Exception {
        export("de");
        XliffFile written = CatalogUnits.of(check(CATALOGS, directory).catalogs().get(0), "de");
        Diagnostics diagnostics = new Diagnostics();
        List<XliffFile> read = new XliffReader().read("orders.de.xlf",
                Files.readAllBytes(directory.resolve("xlf/orders.de.xlf")), diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.kept().toString());
        assertEquals(1, read.size());
        assertEquals(List.of("orders", "en", "de"),
                List.of(read.get(0).original(), read.get(0).sourceLanguage(), read.get(0).targetLanguage()));
        // A unit without a translation is written with an empty target, which reads back as the empty text.
        assertEquals(written.units().stream().map(unit -> List.of(unit.id(), unit.source(),
                unit.target() == null ? "" : unit.target(), unit.state())).toList(),
                read.get(0).units().stream().map(unit -> List.of(unit.id(), unit.source(), unit.target(), unit.state()))
                        .toList());
    }

    @Test
    void oneLocaleIsExportedByItsTagInAnyCase() throws Exception {
        TranslationExport.Result result = export("DE");
        assertEquals(List.of(directory.resolve("xlf/orders.de.xlf")),
                result.files().stream().map(TranslationExport.Exported::file).toList());
        assertFalse(Files.exists(directory.resolve("xlf/orders.fr.xlf")));
    }

    @Test
    void aLocaleNoCatalogHasIsARequestMistake() {
        InvalidRequestException failure = assertThrows(InvalidRequestException.class, () -> export("ja"));
        assertEquals("no catalog has the locale 'ja' besides its default one; the catalogs' other locales are de, fr",
                failure.getMessage());
        assertThrows(InvalidRequestException.class, () -> export("en"), "the default locale is not exported");
    }

    @Test
    void anUnchangedFileIsNotTouched() throws Exception {
        export(null);
        Path german = directory.resolve("xlf/orders.de.xlf");
        FileTime before = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(german, before);
        TranslationExport.Result again = export(null);
        assertFalse(again.files().get(0).changed());
        assertEquals(before, Files.getLastModifiedTime(german));
    }

    @Test
    void aTextXmlCannotCarryIsReportedAtItsPlaceAndNothingIsWritten() throws Exception {
        Path catalogs = Files.createDirectories(directory.resolve("catalogs"));
        Files.writeString(catalogs.resolve("bell.yaml"), """
                id: bell
                title: Bell
                locales: [en, de]
                errors:
                  RANG:
                    code: rang
                    message: {en: "It rang\\a.", de: Es klingelte.}
                """);
        CatalogException failure = assertThrows(CatalogException.class, () -> new TranslationExport().export(
                check(catalogs, directory), new TranslationExport.Request(directory.resolve("xlf"), null)));
        assertEquals(List.of("bell.yaml:7:19: [not-xml-character] this text holds the control character U+0007 at"
                + " character 8, which XML 1.0 cannot carry, so the text cannot be exported for translation; remove it"),
                failure.diagnostics().stream().map(Object::toString).toList());
        assertFalse(Files.exists(directory.resolve("xlf")));
    }
}
