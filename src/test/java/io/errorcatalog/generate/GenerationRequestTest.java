package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.errorcatalog.render.GeneratedMarker;
import io.errorcatalog.render.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does with its request: which files are catalogs, which templates apply, what it says. */
class GenerationRequestTest {

    @TempDir
    Path work;

    private static final String CATALOG = "id: %s\ntitle: T\npackage: p.%s\nlocales: [en]\n"
            + "errors:\n  E: {code: e, status: 400, title: T, message: M}\n";

    private Path catalog(String path) throws IOException {
        String id = Path.of(path).getFileName().toString().replace(".yaml", "");
        Path file = work.resolve("catalogs").resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.format(CATALOG, id, id));
    }

    private GenerationResult generate(List<String> includes, Path templates) throws Exception {
        return new Generator().generate(new GenerationRequest(work.resolve("catalogs"), includes, List.of(),
                work.resolve("out/java"), work.resolve("out/resources"), "", templates, work.resolve("state"), Set.of(),
                "com.example.errorcatalog", true, GeneratedMarker.JAVA_9));
    }

    private GenerationResult generateWithPseudoLocale(String pseudoLocale) throws Exception {
        return new Generator().generate(new GenerationRequest(work.resolve("catalogs"), List.of("**/*.yaml"),
                List.of(), work.resolve("out/java"), work.resolve("out/resources"), "", null, work.resolve("state"),
                Set.of(), "com.example.errorcatalog", true, GeneratedMarker.JAVA_9).withPseudoLocale(pseudoLocale));
    }

    @Test
    void aPseudoLocaleIsAWellFormedTagOfARegionThatNoCatalogUses() throws Exception {
        catalog("a.yaml");
        assertEquals("the pseudoLocale 'en_XA' is not a well-formed BCP 47 language tag; write en-XA",
                assertThrows(InvalidRequestException.class, () -> generateWithPseudoLocale("en_XA")).getMessage());
        assertEquals("the pseudoLocale 'de' names no region of a language, so its bundle would stand for a real"
                + " language; write one such as en-XA",
                assertThrows(InvalidRequestException.class, () -> generateWithPseudoLocale("de")).getMessage());
        Files.writeString(work.resolve("catalogs/a.yaml"), String.format(CATALOG, "a", "a").replace("[en]", "[en, en-XA]")
                .replace("title: T, message: M", "title: {en: T, en-XA: T}, message: {en: M, en-XA: M}"));
        assertEquals("the pseudoLocale 'en-xa' is a locale of the catalog a.yaml; choose a tag no catalog uses, such"
                + " as en-XB", assertThrows(InvalidRequestException.class, () -> generateWithPseudoLocale("en-xa"))
                        .getMessage());
    }

    @Test
    void aPseudoLocaleAddsItsBundleAndAnotherPseudoLocaleIsAnotherRun() throws Exception {
        catalog("a.yaml");
        assertEquals(false, generateWithPseudoLocale(null).upToDate());
        assertEquals(true, generateWithPseudoLocale(" ").upToDate(), "blank is none");
        GenerationResult pseudo = generateWithPseudoLocale("en-XA");
        assertEquals(false, pseudo.upToDate());
        try (java.io.Reader bundle = Files.newBufferedReader(
                work.resolve("out/resources/p/a/AErrorMessages_en_XA.properties"))) {
            assertEquals("[Ṁ]", new java.util.PropertyResourceBundle(bundle).getString("E.message"));
        }
        assertEquals(true, generateWithPseudoLocale("en-XA").upToDate());
    }

    @Test
    void aDoubleStarMatchesNoDirectoryToo() throws Exception {
        catalog("sub/direct.yaml");
        catalog("sub/deep/nested.yaml");
        catalog("other/skipped.yaml");
        assertEquals(2, generate(List.of("sub/**/*.yaml"), null).catalogs());
    }

    @Test
    void aCatalogDirectoryReachedThroughALinkIsRead() throws Exception {
        catalog("a.yaml");
        Path link = Files.createSymbolicLink(work.resolve("link"), work.resolve("catalogs"));
        GenerationResult result = new Generator().generate(new GenerationRequest(link, List.of("**/*.yaml"), List.of(),
                work.resolve("out/java"), work.resolve("out/resources"), "", null, work.resolve("state"), Set.of(),
                "com.example.errorcatalog", true, GeneratedMarker.JAVA_9));
        assertEquals(1, result.catalogs());
    }

    @Test
    void anInvalidPatternIsTheUsersToFix() throws Exception {
        catalog("a.yaml");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> generate(List.of("[a-"), null));
        assertTrue(e.getMessage().startsWith("the catalog pattern '[a-' is not a valid glob: "), e.getMessage());
    }

    @Test
    void aMissingTemplateDirectoryIsReported() throws Exception {
        catalog("a.yaml");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> generate(List.of("**/*.yaml"), work.resolve("no-such-dir")));
        assertEquals("the templateDirectory " + work.resolve("no-such-dir") + " does not exist; create it or remove"
                + " the parameter", e.getMessage());
    }

    @Test
    void aTemplateThatReplacesNothingIsReported() throws Exception {
        catalog("a.yaml");
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("enum.mustache"), "typo in the name");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> generate(List.of("**/*.yaml"), templates));
        assertEquals("the templateDirectory holds " + templates.resolve("enum.mustache") + ", which replaces no"
                + " template; the templates are [catalog-holder.java.mustache, catalog-interface.java.mustache,"
                + " docs-index.html.mustache, enum.java.mustache, exception.java.mustache,"
                + " group-exception.java.mustache, jackson-module.java.mustache, messages.properties.mustache,"
                + " reference-text.html.mustache, reference.html.mustache, reference.md.mustache,"
                + " spring-problems.java.mustache]", e.getMessage());
    }

    @Test
    void aBrokenReplacementTemplateIsNamedByItsPath() throws Exception {
        catalog("a.yaml");
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("exception.java.mustache"), "class {{exceptionNmae}} {}");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> generate(List.of("**/*.yaml"), templates));
        assertTrue(e.getMessage().startsWith("the template " + templates.resolve("exception.java.mustache")
                + " fails: "), e.getMessage());
    }

    @Test
    void aSecondRunOfTheSameCatalogsWritesNothing() throws Exception {
        catalog("a.yaml");
        generate(List.of("**/*.yaml"), null);
        GenerationResult again = generate(List.of("**/*.yaml"), null);
        assertEquals(List.of(), again.written());
        assertEquals(again.files().size(), again.unchanged());
    }

    @Test
    void aRunWithTheLastRunsInputsAndOutputsReadsAndWritesNothing() throws Exception {
        catalog("a.yaml");
        GenerationResult first = generate(List.of("**/*.yaml"), null);
        assertFalse(first.upToDate());
        Path enumFile = work.resolve("out/java/p/a/AError.java");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(enumFile);
        GenerationResult second = generate(List.of("**/*.yaml"), null);
        assertTrue(second.upToDate(), second.summary());
        assertEquals("1 catalog file(s) up to date: nothing read or written, in " + second.millis() + " ms", second.summary());
        assertEquals(written, Files.getLastModifiedTime(enumFile));
    }

    @Test
    void aChangedCatalogADeletedOutputOrAnotherParameterRegenerates() throws Exception {
        Path catalog = catalog("a.yaml");
        generate(List.of("**/*.yaml"), null);
        Files.writeString(catalog, Files.readString(catalog).replace("title: T", "title: The A API"));
        assertFalse(generate(List.of("**/*.yaml"), null).upToDate(), "a changed catalog");
        assertTrue(Files.readString(work.resolve("out/java/p/a/AError.java")).contains("Errors of The A API."));
        Files.delete(work.resolve("out/java/p/a/AError.java"));
        assertFalse(generate(List.of("**/*.yaml"), null).upToDate(), "a deleted output");
        assertTrue(Files.isRegularFile(work.resolve("out/java/p/a/AError.java")));
        assertTrue(generate(List.of("**/*.yaml"), null).upToDate());
        assertFalse(generate(List.of("**/*.yaml", "**/*.yml"), null).upToDate(), "other patterns");
    }

    @Test
    void aChangedTemplateRegenerates() throws Exception {
        catalog("a.yaml");
        Path templates = Files.createDirectories(work.resolve("templates"));
        Path template = templates.resolve("group-exception.java.mustache");
        Files.copy(TemplateEngine.class.getResourceAsStream("/io/errorcatalog/templates/group-exception.java.mustache"),
                template);
        generate(List.of("**/*.yaml"), templates);
        assertTrue(generate(List.of("**/*.yaml"), templates).upToDate());
        Files.writeString(template, Files.readString(template) + "\n");
        assertFalse(generate(List.of("**/*.yaml"), templates).upToDate());
    }

    @Test
    void aFailedRunLeavesNoRecordThatItsInputsWereFine() throws Exception {
        Path catalog = catalog("a.yaml");
        generate(List.of("**/*.yaml"), null);
        String good = Files.readString(catalog);
        Files.writeString(catalog, good.replace("title: T", "titel: T"));
        assertThrows(CatalogException.class, () -> generate(List.of("**/*.yaml"), null));
        Files.writeString(catalog, good);
        assertFalse(generate(List.of("**/*.yaml"), null).upToDate(), "the good catalog again: checked, not trusted");
    }

    @Test
    void aCatalogWrittenAsSeveralFilesIsOneCatalogWhicheverFileComesFirst() throws Exception {
        Path catalogs = Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(catalogs.resolve("mysql.yaml"), """
                id: mysql
                title: MySQL
                package: p.mysql
                locales: [en, de]
                groups:
                  client: {}
                errors:
                  ER_FIRST: {code: "1000", status: null, title: {en: First, de: Erst}, message: {en: one, de: eins}}
                """);
        Files.writeString(catalogs.resolve("a-client-errors.yaml"), """
                partOf: mysql
                defaults: {group: client}
                errors:
                  CR_UNKNOWN_ERROR: {code: "2000", status: null, title: {en: Unknown, de: Unbekannt}, message: {en: "Unknown MySQL error", de: "Unbekannter Fehler"}}
                """);
        Files.writeString(catalogs.resolve("mysql-server.yaml"), """
                partOf: mysql
                groups:
                  server: {description: The server's errors.}
                errors:
                  ER_DUP_ENTRY:
                    code: "1062"
                    status: null
                    group: server
                    params: {entry: string, key: string}
                    title: {en: Duplicate entry, de: Doppelter Eintrag}
                    message: {en: "Duplicate entry '{entry}' for key '{key}'", de: "Doppelter Eintrag '{entry}' für Schlüssel '{key}'"}
                """);
        GenerationResult result = generate(List.of("**/*.yaml"), null);
        assertEquals(1, result.catalogs());
        String enumSource = Files.readString(work.resolve("out/java/p/mysql/MysqlError.java"));
        assertTrue(enumSource.contains("    ER_FIRST,\n"), enumSource);
        assertTrue(enumSource.indexOf("    ER_DUP_ENTRY,") > 0 && enumSource.indexOf("    CR_UNKNOWN_ERROR,") > 0);
        assertTrue(enumSource.contains("facts.group(MysqlServerException::new);"));
        assertTrue(Files.readString(work.resolve("out/resources/p/mysql/MysqlErrorMessages.properties"))
                .contains("CR_UNKNOWN_ERROR.title=Unknown"), "the part's texts are the catalog's");
    }

    @Test
    void aPartOfNoCatalogAndAMistakeInAPartAreReportedInTheirFiles() throws Exception {
        Path catalogs = Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(catalogs.resolve("orphan.yaml"), "partOf: nosuch\nerrors: {A: {code: a, status: 400, title: x, message: x}}\n");
        catalog("main.yaml");
        Files.writeString(catalogs.resolve("main-more.yaml"), "partOf: main\nerrors:\n  B: {code: b, status: 400, titel: x, message: x}\n");
        CatalogException failure = assertThrows(CatalogException.class, () -> generate(List.of("**/*.yaml"), null));
        assertEquals(List.of("main-more.yaml:3:29: [unknown-key]", "orphan.yaml:1:9: [unknown-catalog]"),
                failure.diagnostics().stream()
                .map(d -> d.location() + ": [" + d.tag().id() + "]").sorted().toList());
        assertTrue(failure.diagnostics().stream().anyMatch(d -> d.message().equals("this file is 'partOf' a catalog"
                + " with the id 'nosuch', but no catalog file has that id; write the id of the catalog this file"
                + " belongs to (main)")), failure.diagnostics().toString());
    }
}
