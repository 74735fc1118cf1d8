package io.errorcatalog.load;

import static io.errorcatalog.load.CatalogTexts.load;
import static io.errorcatalog.load.CatalogTexts.loadProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the YAML of a catalog file is read: syntax, encoding, and the YAML features a catalog refuses. */
class YamlInputTest {

    @Test
    void syntaxErrorPointsAtTheColonThatCannotStartAValue() {
        assertEquals(List.of("bad.yaml:2:11: [yaml-syntax] mapping values are not allowed here; a ': ' in a value"
                        + " starts a key; quote the value if the ':' is part of it, or give the key a line of its own,"
                        + " indented as the keys beside it"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay: API
                locales: [en]
                errors: {}
                """));
    }

    @Test
    void misIndentedKeyIsReportedWhereItStarts() {
        assertEquals(List.of("bad.yaml:8:4: [yaml-syntax] expected <block end>, but found '<block mapping start>'"
                        + " (while parsing a block mapping that starts at bad.yaml:5:3); this line is indented otherwise"
                        + " than the keys before it; indent it as they are"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                   title: x
                    message: x
                """));
    }

    @Test
    void unclosedQuoteIsReportedWithThePlaceTheQuoteOpens() {
        assertEquals(List.of("bad.yaml:5:1: [yaml-syntax] found unexpected end of stream (while scanning a quoted"
                        + " scalar that starts at bad.yaml:2:8); close the quote"),
                loadProblems("bad.yaml", """
                id: pay
                title: "Pay
                locales: [en]
                errors: {}
                """));
    }

    @Test
    void unclosedListIsReportedWithThePlaceTheListOpens() {
        assertEquals(List.of("bad.yaml:4:7: [yaml-syntax] expected ',' or ']', but got : (while parsing a flow"
                        + " sequence that starts at bad.yaml:3:10); close the list with ']'"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en
                errors: {}
                """));
    }

    @Test
    void tabIndentationIsReportedAtTheTab() {
        assertEquals(List.of("bad.yaml:5:1: [yaml-syntax] found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation); indent with spaces, not tabs"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                \tA: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKeyAndNamesTheFirst() {
        assertEquals(List.of("bad.yaml:9:5: [duplicate-key] the key 'code' is written twice in the same map"
                        + " (first at bad.yaml:6:5); keep one"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    title: x
                    code: b
                    message: x
                """));
    }

    @Test
    void duplicateKeyInAFlowMapIsReportedAtTheSecondKey() {
        assertEquals(List.of("bad.yaml:5:51: [duplicate-key] the key 'status' is written twice in the same map"
                        + " (first at bad.yaml:5:16); keep one"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x, status: 401}
                """));
    }

    @Test
    void everyDuplicateKeyOfTheFileIsReported() {
        CatalogTexts.Loaded loaded = load("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                  A: {code: b, status: 400, title: x, message: x}
                id: pay
                """);
        assertEquals(List.of(
                "bad.yaml:6:3: [duplicate-key] the key 'A' is written twice in the same map (first at bad.yaml:5:3); keep one",
                "bad.yaml:7:1: [duplicate-key] the key 'id' is written twice in the same map (first at bad.yaml:1:1); keep one"),
                loaded.diagnostics());
        assertTrue(loaded.catalog().isEmpty(), "a file with duplicate keys gives no catalog");
    }

    @Test
    void aliasAndTheAnchorItNamesAreBothRefused() {
        assertEquals(List.of(
                "bad.yaml:5:6: [yaml-anchor] an anchor (&first) is not allowed in a catalog; remove it and write values out in full",
                "bad.yaml:10:6: [yaml-alias] an alias (*first) is not allowed in a catalog; write the value out in full"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: &first
                    code: a
                    status: 400
                    title: x
                    message: x
                  B: *first
                """));
    }

    @Test
    void anchorOnATextIsRefused() {
        assertEquals(List.of(
                "bad.yaml:2:8: [yaml-anchor] an anchor (&a) is not allowed in a catalog; remove it and write values out in full"),
                loadProblems("bad.yaml", """
                id: pay
                title: &a Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void anchorOnAKeyIsRefused() {
        assertEquals(List.of(
                "bad.yaml:1:1: [yaml-anchor] an anchor (&k) is not allowed in a catalog; remove it and write values out in full"),
                loadProblems("bad.yaml", """
                &k id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void anchorOnAListIsRefused() {
        assertEquals(List.of(
                "bad.yaml:3:10: [yaml-anchor] an anchor (&l) is not allowed in a catalog; remove it and write values out in full"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: &l [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void explicitTagsAreRefusedAsWritten() {
        assertEquals(List.of(
                "bad.yaml:2:8: [yaml-tag] the tag !!str is not allowed in a catalog; remove it (to keep a value as text, quote it)",
                "bad.yaml:4:9: [yaml-tag] the tag !!java/object:com.example.Errors is not allowed in a catalog; remove it"
                        + " (to keep a value as text, quote it)",
                "bad.yaml:6:11: [yaml-tag] the tag !!java/object:java.lang.Object is not allowed in a catalog; remove it"
                        + " (to keep a value as text, quote it)",
                "bad.yaml:8:12: [yaml-tag] the tag !secret is not allowed in a catalog; remove it (to keep a value as text,"
                        + " quote it)"),
                loadProblems("bad.yaml", """
                id: pay
                title: !!str Pay
                locales: [en]
                errors: !!java/object:com.example.Errors
                  A:
                    code: !!java/object:java.lang.Object a
                    status: 400
                    title: !secret x
                    message: x
                """));
    }

    @Test
    void mergeKeyIsRefused() {
        assertEquals(List.of(
                "bad.yaml:6:5: [yaml-merge-key] the merge key '<<' is not allowed in a catalog; write the keys out in full"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    <<: {code: a, status: 400}
                    title: x
                    message: x
                """));
    }

    @Test
    void secondDocumentIsRefusedWhereItsContentStarts() {
        assertEquals(List.of("bad.yaml:7:1: [multiple-documents] a second YAML document starts here; a catalog file"
                        + " holds one document, so put each catalog in a file of its own"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                ---
                id: other
                """));
    }

    @Test
    void oneDocumentWithExplicitStartAndEndMarkersIsFine() {
        CatalogTexts.Loaded loaded = CatalogTexts.load("good.yaml", """
                ---
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                ...
                """);
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals("pay", loaded.catalog().orElseThrow().id().value());
    }

    @Test
    void topLevelListIsNotACatalog() {
        assertEquals(List.of("bad.yaml:1:1: [not-a-catalog] a catalog file holds a map (keys such as 'id', 'title',"
                        + " 'locales', 'errors'), not a list"),
                loadProblems("bad.yaml", """
                - id: pay
                  title: Pay
                """));
    }

    @Test
    void topLevelTextIsNotACatalog() {
        assertEquals(List.of("bad.yaml:1:1: [not-a-catalog] a catalog file holds a map (keys such as 'id', 'title',"
                        + " 'locales', 'errors'), not a text"),
                loadProblems("bad.yaml", """
                just some text
                """));
    }

    @Test
    void emptyFileHoldsNoCatalog() {
        assertEquals(List.of("empty.yaml:1:1: [empty-file] the file holds no catalog; write a map with at least 'id',"
                + " 'title', 'locales' and 'errors'"), loadProblems("empty.yaml", ""));
    }

    @Test
    void fileOfCommentsHoldsNoCatalog() {
        assertEquals(List.of("empty.yaml:1:1: [empty-file] the file holds no catalog; write a map with at least 'id',"
                + " 'title', 'locales' and 'errors'"), loadProblems("empty.yaml", """
                # the errors of the payments API

                """));
    }

    @Test
    void documentWithNothingInItHoldsNoCatalog() {
        assertEquals(List.of("empty.yaml:2:1: [empty-file] the file holds no catalog; write a map with at least 'id',"
                + " 'title', 'locales' and 'errors'"), loadProblems("empty.yaml", """
                ---
                """));
    }

    @Test
    void complexKeyIsRefusedInPlainWords() {
        assertEquals(List.of("bad.yaml:2:4: [yaml-complex-key] a key here is a list or a map; a catalog's keys are"
                + " plain texts, such as 'title'"), loadProblems("bad.yaml", """
                id: pay
                ? [title, name]
                : Pay
                """));
    }

    @Test
    void invalidUtf8IsReportedAtTheLineAndColumnOfTheBadByte() {
        byte[] content = concat(utf8("id: pay\ntitle: Café "), new byte[] {(byte) 0xE9}, utf8("t\nlocales: [en]\n"));
        assertEquals(List.of("latin1.yaml:2:13: [invalid-utf8] the file is not valid UTF-8 here (byte 22); save it as UTF-8"),
                CatalogTexts.load("latin1.yaml", content).diagnostics());
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkCountsColumnsFromTheText() {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("id: p"),
                new byte[] {(byte) 0xFF}, utf8("y\n"));
        assertEquals(List.of("bom.yaml:1:6: [invalid-utf8] the file is not valid UTF-8 here (byte 9); save it as UTF-8"),
                CatalogTexts.load("bom.yaml", content).diagnostics());
    }

    @Test
    void byteOrderMarkIsAllowed() {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("""
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
        CatalogTexts.Loaded loaded = CatalogTexts.load("bom.yaml", content);
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals("bom.yaml:1:5", loaded.catalog().orElseThrow().id().location().toString());
    }

    @Test
    void nulCharacterIsReportedWhereItIs() {
        assertEquals(List.of("bad.yaml:2:9: [nul-character] the file contains a NUL character; a catalog is text: remove it"),
                loadProblems("bad.yaml", "id: pay\ntitle: P\0y\nlocales: [en]\n"));
    }

    @Test
    void nulCharacterAfterAByteOrderMarkCountsColumnsFromTheText() {
        assertEquals(List.of("bad.yaml:1:8: [nul-character] the file contains a NUL character; a catalog is text: remove it"),
                loadProblems("bad.yaml", "\uFEFFid: pay\0\n"));
    }

    @Test
    void emptyValuesAreNullNotEmptyText() {
        assertEquals(List.of(
                "bad.yaml:2:7: [wrong-type] 'title' of the catalog must be a text, not null",
                "bad.yaml:4:8: [wrong-type] 'errors' of the catalog must be a map, not null"),
                loadProblems("bad.yaml", """
                id: pay
                title:
                locales: [en]
                errors:
                """));
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        String longText = "x".repeat(YamlReader.MAX_SCALAR_LENGTH + 1);
        assertEquals(List.of("bad.yaml:2:8: [text-too-long] this text has 16385 characters, more than the 16384 a"
                        + " catalog text may have; shorten it"),
                loadProblems("bad.yaml", "id: pay\ntitle: " + longText + "\nlocales: [en]\n"));
    }

    /** A line of 100,009 characters. */
    private static final String LONG_LINE = "title: \"" + "x ".repeat(YamlReader.MAX_LINE_LENGTH / 2) + "\"";

    /** What a file with {@link #LONG_LINE} as its line {@code line} gets. */
    private static String longLineAt(int line) {
        return "bad.yaml:" + line + ":1: [line-too-long] this line has 100009 characters, more than the 100000 a"
                + " catalog line may have; break the text over several lines";
    }

    @Test
    void lineLongerThanTheLimitIsRefusedBeforeParsing() {
        assertEquals(List.of(longLineAt(2)), loadProblems("bad.yaml", "id: pay\n" + LONG_LINE + "\nlocales: [en]\n"));
    }

    @Test
    void aLineTooLongIsReportedBeforeALineBreakCharacterAboveIt() {
        assertEquals(List.of(longLineAt(3)),
                loadProblems("bad.yaml", "id: pay\ndescription: a\u0085b\n" + LONG_LINE + "\nlocales: [en]\n"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWhereItGoesTooDeep() {
        String deep = "[".repeat(YamlReader.MAX_NESTING_DEPTH) + "]".repeat(YamlReader.MAX_NESTING_DEPTH);
        assertEquals(List.of("bad.yaml:4:44: [too-deep] maps and lists are nested more than 32 levels deep here;"
                        + " a catalog needs far fewer"),
                loadProblems("bad.yaml", "id: pay\ntitle: Pay\nlocales: [en]\ncauses: {en: " + deep + "}\n"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
