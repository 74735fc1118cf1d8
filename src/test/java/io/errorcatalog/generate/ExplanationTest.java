package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.errorcatalog.load.CatalogTexts;
import io.errorcatalog.model.CatalogSet;

class ExplanationTest {

    private static final CatalogSet SET = new CatalogSet(List.of(CatalogTexts.loadClean("pay.yaml", """
            id: pay
            title: Payments API
            package: com.example.pay
            locales: [en, de]
            docs: https://docs.example.com/pay
            groups: {validation: {}}
            errors:
              TOO_LONG:
                code: too_long
                status: 400
                group: validation
                retry: never
                deprecated: Use TOO_BIG.
                params: {field: string, max: int}
                title: {en: Value too long, de: Wert zu lang}
                message: {en: "'{field}' is longer than {max}.", de: "'{field}' ist länger als {max}."}
                causes: {en: [A long value.], de: [Ein langer Wert.]}
                docs: "#too_long"
            """)), "");

    @Test
    void anEntryShowsFactsTextsInTheLocaleAndPlaceholdersWithTheirTypes() throws InvalidRequestException {
        assertEquals(List.of("""
                TOO_LONG (code too_long) in Payments API, pay.yaml:8:3
                HTTP status 400, severity fatal, retry never, PayValidationException
                Deprecated: Use TOO_BIG.

                Wert zu lang

                '{field: string}' ist länger als {max: int}.

                Parameters:
                  {field} (string)
                  {max} (int)

                Possible causes:
                  - Ein langer Wert.

                Documentation: https://docs.example.com/pay#too_long
                """), Explanation.of(SET, "too_long", "de-AT"));
        assertEquals(Explanation.of(SET, "too_long", null).get(0).replace("Deprecated: Use TOO_BIG.\n",
                "Deprecated: Use TOO_BIG.\nThe catalog has no texts in ja (its locales: en, de): shown in en\n"),
                Explanation.of(SET, "TOO_LONG", "ja").get(0), "by name too; a locale the catalog lacks shows its default");
    }

    @Test
    void aTextCannotSendTheTerminalEscapeSequences() throws InvalidRequestException {
        CatalogSet set = new CatalogSet(List.of(CatalogTexts.loadClean("t.yaml", """
                id: t
                title: T
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: "Red\\e[31m\\rtitle", message: "Set\\e]0;owned\\a the title."}
                """)), "");
        String entry = Explanation.of(set, "a", null).get(0);
        assertTrue(entry.contains("\nRed\\u001b[31m\\u000dtitle\n"), entry);
        assertTrue(entry.contains("\nSet\\u001b]0;owned\\u0007 the title.\n"), entry);
    }

    @Test
    void aLocaleThatIsNoLanguageTagIsTheUsersToFix() {
        InvalidRequestException wrong = assertThrows(InvalidRequestException.class,
                () -> Explanation.of(SET, "too_long", "de_CH"));
        assertEquals("the locale 'de_CH' is not a BCP 47 language tag; write de-CH", wrong.getMessage());
    }

    @Test
    void aTombstoneSaysWhenAndWhyItWasRemoved() throws InvalidRequestException {
        CatalogSet set = new CatalogSet(List.of(CatalogTexts.loadClean("pay.yaml", """
                id: pay
                title: Payments API
                locales: [en]
                errors:
                  EXPIRED: {code: expired, status: 410, title: Expired, message: Expired.,
                            removed: {version: 1.2, reason: Payments no longer expire.}}
                """)), "");
        assertEquals("EXPIRED (code expired) in Payments API, pay.yaml:5:3\nHTTP status 410, severity fatal, retry"
                + " unspecified, PayException\nRemoved in 1.2: Payments no longer expire.\n\nExpired\n\nExpired.\n",
                Explanation.of(set, "expired", null).get(0));
    }

    @Test
    void pluralsShowTheirParametersTypeAndEveryParameterIsListedWithItsDescriptionWhereItHasOne() throws InvalidRequestException {
        CatalogSet set = new CatalogSet(List.of(CatalogTexts.loadClean("files.yaml", """
                id: files
                title: Files
                locales: [en]
                errors:
                  REJECTED:
                    code: rejected
                    status: 422
                    params: {count: {type: int, format: plain, description: The files refused.}, folder: string,
                             owner: {type: string, sensitive: true}}
                    title: Rejected
                    message: "{count, plural, one {# file} other {# files, ## {{all}}}} in {folder} of {owner}"
                """)), "");
        assertEquals("""
                REJECTED (code rejected) in Files, files.yaml:5:3
                HTTP status 422, severity fatal, retry unspecified, FilesException

                Rejected

                {count: int, plural, one {# file} other {# files, ## {{all}}}} in {folder: string} of {owner: string, sensitive}

                Parameters:
                  {count} (int, plain): The files refused.
                  {folder} (string)
                  {owner} (string, sensitive)
                """, Explanation.of(set, "rejected", null).get(0));
    }

    @Test
    void aTextMissingInTheLocaleIsShownFromTheNextLocaleOfItsChainMarked() throws InvalidRequestException {
        CatalogSet set = new CatalogSet(List.of(CatalogTexts.loadClean("pay.yaml", """
                id: pay
                title: Payments API
                locales: [en, de, de-CH]
                errors:
                  GONE:
                    code: gone
                    aliases: [removed, "0410"]
                    message: {en: It is gone., de: Es ist weg.}
                    causes: {en: [It was deleted.]}
                """)), "");
        assertEquals(List.of("""
                GONE (code gone) in Payments API, pay.yaml:5:3
                Also known by removed, 0410
                HTTP status undocumented, severity fatal, retry unspecified, PayException

                Es ist weg.  [untranslated: de]

                Possible causes:  [untranslated: en]
                  - It was deleted.
                """), Explanation.of(set, "0410", "de-CH"));
    }

    @Test
    void aCodeThatNamesNothingGetsTheNearestOnes() throws InvalidRequestException {
        assertEquals(List.of(), Explanation.of(SET, "too_lng", null));
        assertEquals(List.of("too_long"), Explanation.nearest(SET, "too_lng"));
    }
}
