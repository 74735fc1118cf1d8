package io.errorcatalog.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.SourceHash;
import io.errorcatalog.validate.TranslationStatus;

/**
 * Translated XLIFF files back into the file of translations: what a translator's edits become, and each kind of
 * file or unit import refuses, at its file, line and column, writing nothing.
 */
class TranslationImportTest {

    private static final String SHOP = """
            id: shop
            title: Shop API
            locales: [en, de, fr]
            errors:
              NOT_FOUND:
                code: not_found
                params: {id: string}
                title: Not found
                message: "Order {id} was not found."
                causes: {en: [It was deleted., The id is wrong.]}
              GONE:
                code: gone
                message: The order is gone.
              LOCKED:
                code: null
                message: {en: The order is locked., fr: La commande est verrouill\u00e9e.}
            """;

    /** German kept apart, one of it stale. */
    private static final String SHOP_DE = """
            translationOf: shop
            locale: de
            errors:
              NOT_FOUND:
                title: Nicht gefunden
              GONE:
                message: {text: Die Bestellung ist weg., source: 0badc0de}
            """;

    @TempDir
    Path directory;

    private Path catalogs;

    @BeforeEach
    void writeCatalogs() throws IOException {
        catalogs = Files.createDirectories(directory.resolve("catalogs"));
        Files.writeString(catalogs.resolve("shop.yaml"), SHOP);
        Files.writeString(catalogs.resolve("shop.de.yaml"), SHOP_DE);
    }

    private CatalogSet check() throws Exception {
        return TranslationExportTest.check(catalogs, directory);
    }

    private Path export(String locale) throws Exception {
        new TranslationExport().export(check(), new TranslationExport.Request(directory.resolve("xlf"), locale));
        return directory.resolve("xlf/shop." + locale + ".xlf");
    }

    private TranslationImport.Result importFiles(Path... files) throws Exception {
        return new TranslationImport().importFiles(check(), new TranslationImport.Request(catalogs,
                List.of("**/*.yaml"), List.of(), List.of(files), null));
    }

    /** The problems import reports, each file shown by its name only. */
    private List<String> refused(Path... files) {
        CatalogException failure = assertThrows(CatalogException.class, () -> importFiles(files));
        List<String> problems = new ArrayList<>();
        for (Diagnostic diagnostic : failure.diagnostics()) {
            String shown = diagnostic.toString();
            for (Path file : files) {
                shown = shown.replace(file.toString(), file.getFileName().toString());
            }
            problems.add(shown);
        }
        return problems;
    }

    private String germanFile() throws IOException {
        return Files.readString(catalogs.resolve("shop.de.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void aTranslatorsEditsBecomeTheFileOfTranslationsEachMadeFromItsSource() throws Exception {
        Translator translator = Translator.open(export("de"));
        translator.translate("GONE.message", "Die Bestellung gibt es nicht mehr.", "translated");
        translator.translate("NOT_FOUND.message", "Bestellung {id} nicht gefunden.", "final");
        translator.translate("NOT_FOUND.causes.1", "Sie wurde gel\u00f6scht.", null);
        translator.translate("NOT_FOUND.causes.2", "Die ID ist falsch.", "translated");
        translator.translate("LOCKED.message", "Gesperrt.", "needs-translation"); // a machine's draft, unreviewed
        translator.reverseUnits();
        translator.save(); // indented anew by another XML writer, xml:space kept

        TranslationImport.Result result = importFiles(translator.file);
        assertEquals(List.of(new TranslationImport.Written("shop.de.yaml", "shop", "de", 4, 0, 1, true)),
                result.files());
        assertEquals("""
                # The de translations of catalog shop (shop.yaml), as error-catalog:import-translations writes them.
                # Translators edit the XLIFF file export-translations writes; the next import rewrites this file.
                translationOf: "shop"
                locale: "de"
                errors:
                  NOT_FOUND:
                    title: {text: "Nicht gefunden", source: "%s"}
                    message: {text: "Bestellung {id} nicht gefunden.", source: "%s"}
                    causes:
                      source: "%s"
                      items:
                        - "Sie wurde gel\u00f6scht."
                        - "Die ID ist falsch."
                  GONE:
                    message: {text: "Die Bestellung gibt es nicht mehr.", source: "%s"}
                """.formatted(SourceHash.of("Not found"), SourceHash.of("Order {id} was not found."),
                SourceHash.of(List.of("It was deleted.", "The id is wrong.")), SourceHash.of("The order is gone.")),
                germanFile());
        TranslationStatus.LocaleCounts german = TranslationStatus.of(check().catalogs().get(0)).locales().get(0);
        assertEquals(new TranslationStatus.LocaleCounts("de", 4, 1, 0), german, "the stale one is current now");
    }

    @Test
    void aStaleTranslationLeftForReviewStaysStaleAndAnUnchangedExportChangesNothing() throws Exception {
        Path file = export("de");
        String before = germanFile();
        TranslationImport.Result result = importFiles(file);
        assertEquals(1, result.files().get(0).needsWork(), "the stale GONE.message, exported as needing review");
        assertEquals(1, result.files().get(0).translated(), "the title, confirmed as it was");
        assertTrue(germanFile().contains("message: {text: \"Die Bestellung ist weg.\", source: \"0badc0de\"}"),
                germanFile());
        assertEquals(1, TranslationStatus.of(check().catalogs().get(0)).locales().get(0).stale());
        assertFalse(before.contains("source: \"" + SourceHash.of("Not found")));
        assertFalse(importFiles(export("de")).files().get(0).changed(), "a second round trip writes nothing");
    }

    @Test
    void anEmptiedTargetRemovesItsTranslation() throws Exception {
        Translator translator = Translator.open(export("de"));
        translator.translate("NOT_FOUND.title", "  ", "translated");
        translator.save();
        TranslationImport.Written written = importFiles(translator.file).files().get(0);
        assertEquals(1, written.removed());
        assertFalse(germanFile().contains("title"), germanFile());
    }

    @Test
    void aNewLocaleGetsANewFileOfTranslationsAndTheCatalogsFileIsNeverWritten() throws Exception {
        Files.delete(catalogs.resolve("shop.de.yaml"));
        Translator translator = Translator.open(export("de"));
        translator.translate("GONE.message", "Weg.", "translated");
        translator.save();
        importFiles(translator.file);
        assertEquals(SHOP, Files.readString(catalogs.resolve("shop.yaml")));
        assertTrue(germanFile().contains("  GONE:\n    message: {text: \"Weg.\", source: \""), germanFile());
    }

    @Test
    void aTranslationWhosePlaceholdersDifferFromItsSourcesIsRefusedAtItsTarget() throws Exception {
        Path file = write("shop.de.xlf", unit("NOT_FOUND.message", "Order {id} was not found.",
                "Bestellung {nummer} fehlt.", "translated"));
        assertEquals(List.of("shop.de.xlf:5:154: [placeholder-mismatch] the de translation of the message of error"
                + " NOT_FOUND uses {nummer}, but its source uses {id}; use exactly the source's placeholders"),
                refused(file));
        assertEquals(SHOP_DE, germanFile(), "nothing is written");
    }

    @Test
    void aTranslationOfAnEarlierSourceWithOtherParametersIsRefused() throws Exception {
        Path file = write("shop.de.xlf", unit("NOT_FOUND.message", "Order {number} was not found.",
                "Bestellung {number} fehlt.", "translated"));
        assertEquals(List.of("shop.de.xlf:5:158: [placeholder-mismatch] the message of error NOT_FOUND uses {id} now,"
                + " but this unit's source, an earlier version of it, uses {number}; export again and translate the"
                + " message as it is now"), refused(file));
    }

    @Test
    void aTranslatedMessageThatIsNoTemplateIsRefused() throws Exception {
        Path file = write("shop.de.xlf", unit("NOT_FOUND.message", "Order {id} was not found.",
                "Bestellung {id fehlt.", "translated"));
        List<String> problems = refused(file);
        assertEquals(1, problems.size());
        // The parser's own words follow; they are MessageTemplate's to choose.
        assertTrue(problems.get(0).startsWith("shop.de.xlf:5:154: [invalid-message] the de translation of the message"
                + " of error NOT_FOUND is not a valid template: "), problems.get(0));
    }

    @Test
    void aUnitOfAnUnknownErrorOrTextIsRefused() throws Exception {
        Path file = write("shop.de.xlf", unit("MISSING.title", "Missing", "Fehlt", "translated")
                + "\n" + unit("GONE.title", "Gone", "Weg", "translated")
                + "\n" + unit("GONE.summary", "Gone", "Weg", "translated")
                + "\n" + unit("NOT_FOND.title", "Not found", "Fehlt", "translated"));
        assertEquals(List.of(
                "shop.de.xlf:5:77: [unknown-error] unit MISSING.title translates error MISSING, which catalog 'shop'"
                        + " does not have; remove the unit, or export again",
                "shop.de.xlf:6:71: [unknown-error] unit GONE.title translates the title of error GONE, which has"
                        + " none any more; remove the unit, or export again",
                "shop.de.xlf:7:75: [invalid-xliff] the unit id 'GONE.summary' names no text; ids are as"
                        + " export-translations writes them, such as ORDER_NOT_FOUND.message or"
                        + " ORDER_NOT_FOUND.causes.2: leave them as they are",
                "shop.de.xlf:8:79: [unknown-error] unit NOT_FOND.title translates error NOT_FOND, which catalog"
                        + " 'shop' does not have; did you mean NOT_FOUND?"), refused(file));
    }

    @Test
    void aFileOfAnUnknownCatalogOrLocaleIsRefused() throws Exception {
        Path catalog = writeDocument("other.de.xlf", HEAD.replace("original=\"shop\"", "original=\"orders\"") + TAIL);
        Path locale = writeDocument("shop.ja.xlf", HEAD.replace("target-language=\"de\"", "target-language=\"ja\"") + TAIL);
        Path source = writeDocument("shop.fr.xlf", HEAD.replace("source-language=\"en\"", "source-language=\"fr\"") + TAIL);
        Path defaultLocale = writeDocument("shop.en.xlf", HEAD.replace("target-language=\"de\"", "target-language=\"en\"")
                + TAIL);
        assertEquals(List.of(
                "other.de.xlf:3:90: [unknown-catalog] this file translates the catalog 'orders' (its original), but no"
                        + " catalog has that id; import it where that catalog is, or export the catalog again (the"
                        + " catalogs: shop)",
                "shop.en.xlf:3:88: [unknown-locale] this file translates catalog 'shop' into 'en', which is not one"
                        + " of its other locales [de, fr]; add it to 'locales' of shop.yaml, or correct the file's"
                        + " target-language",
                "shop.fr.xlf:3:88: [unknown-locale] this file translates from 'fr', but catalog 'shop' is translated"
                        + " from its default locale en; export the catalog again",
                "shop.ja.xlf:3:88: [unknown-locale] this file translates catalog 'shop' into 'ja', which is not one"
                        + " of its other locales [de, fr]; add it to 'locales' of shop.yaml, or correct the file's"
                        + " target-language"), refused(catalog, locale, source, defaultLocale));
    }

    @Test
    void aLocaleIsKnownWhateverTheCaseOrSeparatorAToolWritesItIn() throws Exception {
        Path file = writeDocument("shop.de.xlf", HEAD.replace("target-language=\"de\"", "target-language=\"DE\"")
                + unit("GONE.message", "The order is gone.", "Weg.", "translated") + TAIL);
        assertEquals("de", importFiles(file).files().get(0).locale());
    }

    @Test
    void aListTranslatedInPartIsRefused() throws Exception {
        Path file = write("shop.de.xlf", unit("NOT_FOUND.causes.1", "It was deleted.", "Gel\u00f6scht.", "translated")
                + "\n" + unit("NOT_FOUND.causes.2", "The id is wrong.", "", "new"));
        assertEquals(List.of("shop.de.xlf:6:87: [incomplete-list] unit NOT_FOUND.causes.2 has no translation, but other"
                + " items of the causes of error NOT_FOUND have; a list is translated as a whole: translate every"
                + " item, or empty them all"), refused(file));
    }

    @Test
    void aListWithAnItemLeftOutIsRefused() throws Exception {
        Path file = write("shop.de.xlf", unit("NOT_FOUND.causes.2", "The id is wrong.", "Falsch.", "translated"));
        assertEquals(List.of("shop.de.xlf:5:87: [invalid-xliff] the units of the causes of error NOT_FOUND are items"
                + " [2]; a list's units are its items from 1 on, none left out: export again"), refused(file));
    }

    @Test
    void aChangeToATranslationInTheCatalogsOwnFileIsRefused() throws Exception {
        Path file = writeDocument("shop.fr.xlf", HEAD.replace("target-language=\"de\"", "target-language=\"fr\"")
                + unit("LOCKED.message", "The order is locked.", "Verrouill\u00e9e.", "translated") + TAIL);
        assertEquals(List.of("shop.fr.xlf:5:79: [translation-in-catalog] the fr translation of the message of error"
                + " LOCKED is written at shop.yaml:16:45, which import does not edit, and this unit changes it; or move"
                + " the fr translations of shop.yaml into shop.fr.yaml, then import again"), refused(file));
        Path same = writeDocument("shop.fr.xlf", HEAD.replace("target-language=\"de\"", "target-language=\"fr\"")
                + unit("LOCKED.message", "The order is locked.", "La commande est verrouill\u00e9e.", "translated")
                + TAIL);
        assertEquals(0, importFiles(same).files().get(0).translated(), "the same text is no change");
    }

    @Test
    void aUnitImportedTwiceIsRefusedAtTheSecond() throws Exception {
        Path first = write("shop.de.xlf", unit("GONE.message", "The order is gone.", "Weg.", "translated"));
        Path second = write("more.de.xlf", unit("GONE.message", "The order is gone.", "Fort.", "translated"));
        List<String> problems = refused(first, second);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("more.de.xlf:5:75: [duplicate-translation] unit GONE.message is"
                + " imported at "), problems.get(0));
    }

    @Test
    void aStateNoToolWritesAndAnInlineCodeAreRefused() throws Exception {
        Path file = write("shop.de.xlf", unit("GONE.message", "The order is gone.", "Weg.", "done")
                + "\n" + unit("NOT_FOUND.title", "Not found", "Nicht <ph id=\"1\">x</ph> gefunden", "translated"));
        assertEquals(List.of(
                "shop.de.xlf:5:131: [invalid-xliff] the state 'done' of unit GONE.message is none of XLIFF 1.2's"
                        + " (new, needs-review-translation, translated, final, ...) nor a tool's own (x-...); write"
                        + " one of them",
                "shop.de.xlf:6:151: [invalid-xliff] a <ph> in a text: the catalog's texts hold no inline codes, so"
                        + " write a placeholder as it is in the source, such as {id}, and no other markup"),
                refused(file));
    }

    @Test
    void aTargetWhoseWhiteSpaceIsNotPreservedIsTrimmedAndMarkersAreText() throws Exception {
        Path file = write("shop.de.xlf", "<trans-unit id=\"GONE.message\"><source>The order is gone.</source>\n"
                + "<target state=\"translated\">\n    <mrk mtype=\"seg\" mid=\"1\">Weg</mrk><![CDATA[ & fort.]]>\n"
                + "</target></trans-unit>");
        importFiles(file);
        assertTrue(germanFile().contains("message: {text: \"Weg & fort.\", source: \""), germanFile());
    }

    @Test
    void aFileOfTranslationsThatNoBuildWouldReadIsNotWritten() throws Exception {
        Path file = write("shop.de.xlf", unit("GONE.message", "The order is gone.", "Weg.", "translated"));
        InvalidRequestException failure = assertThrows(InvalidRequestException.class, () -> new TranslationImport()
                .importFiles(check(), new TranslationImport.Request(catalogs, List.of("shop.yaml"), List.of(),
                        List.of(file), null)));
        assertEquals("import writes the de translations of catalog 'shop' to shop.de.yaml, which the catalog"
                + " patterns (includes [shop.yaml], excludes []) leave out, so no build would read it; include it",
                failure.getMessage());
    }

    @Test
    void aFileInThePlaceOfTheFileOfTranslationsThatIsAnotherKindIsNotOverwritten() throws Exception {
        Files.delete(catalogs.resolve("shop.de.yaml"));
        Files.writeString(catalogs.resolve("shop.de.yaml"), "id: other\ntitle: Other\nlocales: [en]\nerrors:\n"
                + "  X: {code: x, message: X.}\n");
        Path file = write("shop.de.xlf", unit("GONE.message", "The order is gone.", "Weg.", "translated"));
        InvalidRequestException failure = assertThrows(InvalidRequestException.class, () -> importFiles(file));
        assertTrue(failure.getMessage().endsWith("shop.de.yaml, but that file is not their file of translations"
                + " (translationOf: shop, locale: de); rename it"), failure.getMessage());
    }

    @Test
    void noFileToImportIsARequestMistake() {
        assertThrows(InvalidRequestException.class, () -> importFiles());
    }

    // Hostile XML: the limits of catalog files, and no document type at all.

    @Test
    void aDocumentTypeIsRefusedSoNoEntityIsExpandedAndNoFileRead() throws Exception {
        Path xxe = writeDocument("xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\"><file original=\"shop\" source-language=\"en\" target-language=\"de\"><body>"
                + "<trans-unit id=\"GONE.message\"><source>&x;</source><target>&x;</target></trans-unit>"
                + "</body></file></xliff>");
        Path laughs = writeDocument("laughs.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<xliff version=\"1.2\"/>");
        assertEquals(List.of(
                "laughs.xlf:2:106: [xml-doctype] the file has a document type declaration (<!DOCTYPE ...>), which"
                        + " could define entities or read other files; XLIFF needs none: remove it",
                "xxe.xlf:2:60: [xml-doctype] the file has a document type declaration (<!DOCTYPE ...>), which could"
                        + " define entities or read other files; XLIFF needs none: remove it"), refused(xxe, laughs));
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedAtItsPlace() throws Exception {
        Path file = writeDocument("broken.xlf", HEAD + "<trans-unit id=\"GONE.message\"><source>a</target>");
        assertEquals(List.of("broken.xlf:5:42: [invalid-xliff] not well-formed XML: The element type \"source\" must be"
                + " terminated by the matching end-tag \"</source>\"; fix the XML here, or export the file again"),
                refused(file));
    }

    @Test
    void xliffOfAnotherVersionOrNoXliffAtAllIsRefused() throws Exception {
        Path two = writeDocument("two.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"/>");
        Path html = writeDocument("page.xlf", "<html/>");
        assertEquals(List.of("page.xlf:1:8: [invalid-xliff] the document is a <html>, not an XLIFF file (<xliff"
                        + " version=\"1.2\">); import reads the files export-translations writes",
                "two.xlf:1:69: [invalid-xliff] this is XLIFF 2.0; import reads XLIFF 1.2, as export-translations"
                        + " writes it: have the tool write XLIFF 1.2"), refused(two, html));
    }

    @Test
    void nestingTooDeepIsRefused() throws Exception {
        Path file = writeDocument("deep.xlf", HEAD + "<group>".repeat(40) + "</group>".repeat(40) + TAIL);
        assertEquals(List.of("deep.xlf:5:211: [too-deep] elements are nested more than 32 levels deep here; an XLIFF"
                + " file of a catalog needs six"), refused(file));
    }

    @Test
    void aTextTooLongIsRefused() throws Exception {
        Path file = write("long.xlf", unit("GONE.message", "The order is gone.", "x".repeat(20_000), "translated"));
        assertEquals(List.of("long.xlf:5:137: [text-too-long] this text has more than the 16384 characters a catalog"
                + " text may have; shorten it"), refused(file));
    }

    @Test
    void tooManyElementsAreRefused() throws Exception {
        Path file = writeDocument("many.xlf", HEAD + "<note/>".repeat(400_001) + TAIL);
        List<String> problems = refused(file);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("[too-many-values] the XLIFF file has more than 400000 elements by here"),
                problems.get(0));
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsParsed() throws Exception {
        Path file = directory.resolve("huge.xlf");
        Files.write(file, new byte[io.errorcatalog.load.YamlReader.MAX_FILE_BYTES + 1]);
        assertEquals(List.of("huge.xlf:1:1: [file-too-large] the XLIFF file has more than the 16777216 bytes a file to"
                + " import may have; export and import the locales one by one"), refused(file));
    }

    // Writing XLIFF by hand, so that the places of the problems are known.

    /** Lines 1 to 4: the document up to the units, which start on line 5. */
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="shop" source-language="en" target-language="de" datatype="plaintext">
                <body>
            """;
    private static final String TAIL = "\n    </body>\n  </file>\n</xliff>\n";

    /** A unit on one line. */
    private static String unit(String id, String source, String target, String state) {
        return "<trans-unit id=\"" + id + "\" resname=\"" + id + "\" xml:space=\"preserve\"><source>" + source
                + "</source><target state=\"" + state + "\">" + target + "</target></trans-unit>";
    }

    /** A German file of these units. */
    private Path write(String name, String units) throws IOException {
        return writeDocument(name, HEAD + units + TAIL);
    }

    private Path writeDocument(String name, String document) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, document, StandardCharsets.UTF_8);
        return file;
    }

    /** Edits an exported file through the JDK's DOM, and writes it back indented anew, as a translator's tool would. */
    private static final class Translator {
        private final Path file;
        private final Document document;

        private Translator(Path file, Document document) {
            this.file = file;
            this.document = document;
        }

        static Translator open(Path file) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return new Translator(file, factory.newDocumentBuilder().parse(file.toFile()));
        }

        /** Sets a unit's target, and its state, or removes the state where {@code state} is null. */
        void translate(String id, String text, String state) {
            Element target = (Element) unit(id).getElementsByTagNameNS(XliffFile.NAMESPACE, "target").item(0);
            target.setTextContent(text);
            if (state == null) {
                target.removeAttribute("state");
            } else {
                target.setAttribute("state", state);
            }
        }

        private Element unit(String id) {
            NodeList units = document.getElementsByTagNameNS(XliffFile.NAMESPACE, "trans-unit");
            for (int i = 0; i < units.getLength(); i++) {
                Element unit = (Element) units.item(i);
                if (unit.getAttribute("id").equals(id)) {
                    return unit;
                }
            }
            throw new AssertionError("no unit " + id);
        }

        void reverseUnits() {
            Node body = document.getElementsByTagNameNS(XliffFile.NAMESPACE, "body").item(0);
            List<Node> units = new ArrayList<>();
            NodeList all = document.getElementsByTagNameNS(XliffFile.NAMESPACE, "trans-unit");
            for (int i = 0; i < all.getLength(); i++) {
                units.add(all.item(i));
            }
            for (int i = units.size() - 1; i >= 0; i--) {
                body.appendChild(body.removeChild(units.get(i)));
            }
        }

        void save() throws Exception {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            transformer.transform(new DOMSource(document), new StreamResult(file.toFile()));
        }
    }
}
