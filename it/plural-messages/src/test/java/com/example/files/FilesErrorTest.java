package com.example.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Written as a user of the plugin would: each language's plural forms for 0, 1, 2, 5, 22 and 1.5, as CLDR's
 * rules give them (cldr.unicode.org, "Language Plural Rules"), and a number written as the server writes it.
 * The build runs these twice, the second time as Java 8 to 16 name Hebrew and Indonesian (iw and in).
 */
class FilesErrorTest {

    private static List<String> counted(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return Arrays.asList(FilesError.filesRejected(0).getMessage(locale),
                FilesError.filesRejected(1).getMessage(locale), FilesError.filesRejected(2).getMessage(locale),
                FilesError.filesRejected(5).getMessage(locale), FilesError.filesRejected(22).getMessage(locale),
                FilesError.filesRejected(1.5).getMessage(locale));
    }

    @Test
    void englishHasOneAndOther() {
        assertEquals(Arrays.asList("0 files were rejected.", "1 file was rejected.", "2 files were rejected.",
                "5 files were rejected.", "22 files were rejected.", "1.5 files were rejected."), counted("en"));
    }

    @Test
    void germanHasOneAndOtherAndItsOwnDecimalComma() {
        assertEquals(Arrays.asList("0 Dateien wurden abgelehnt.", "1 Datei wurde abgelehnt.",
                "2 Dateien wurden abgelehnt.", "5 Dateien wurden abgelehnt.", "22 Dateien wurden abgelehnt.",
                "1,5 Dateien wurden abgelehnt."), counted("de"));
    }

    @Test
    void polishHasOneFewManyAndOtherForFractions() {
        // 0 and 5 many, 2 and 22 few (i % 10 = 2..4 but not 12..14), 1.5 other (v != 0).
        assertEquals(Arrays.asList("Odrzucono 0 plików.", "Odrzucono 1 plik.", "Odrzucono 2 pliki.",
                "Odrzucono 5 plików.", "Odrzucono 22 pliki.", "Odrzucono 1,5 pliku."), counted("pl"));
    }

    @Test
    void arabicHasZeroOneTwoFewManyAndOther() {
        // 5 few (n % 100 = 3..10), 22 many (n % 100 = 11..99), 1.5 other; numbers in the locale's digits.
        NumberFormat digits = NumberFormat.getInstance(Locale.forLanguageTag("ar"));
        assertEquals(Arrays.asList("لم يُرفض أي ملف.", "رُفض ملف واحد.", "رُفض ملفان.",
                "رُفضت " + digits.format(5) + " ملفات.", "رُفض " + digits.format(22) + " ملفًا.",
                "رُفض " + digits.format(1.5) + " ملف."), counted("ar"));
    }

    @Test
    void hebrewHasOneTwoAndOther() {
        // 1.5 is other: one is i = 1 and v = 0, or i = 0 with a fraction.
        NumberFormat numbers = NumberFormat.getInstance(Locale.forLanguageTag("he"));
        assertEquals(Arrays.asList("0 קבצים נדחו.", "קובץ אחד נדחה.", "שני קבצים נדחו.", "5 קבצים נדחו.",
                "22 קבצים נדחו.", numbers.format(1.5) + " קבצים נדחו."), counted("he"));
        assertEquals("השורה גדולה מדי", FilesError.ROW_TOO_LARGE.title(Locale.forLanguageTag("he-IL")));
        assertEquals(Locale.forLanguageTag("he"), FilesError.CATALOG.localeFor("he-IL, en;q=0.5"));
    }

    @Test
    void indonesianHasOtherAlone() {
        assertEquals(Arrays.asList("0 berkas ditolak.", "1 berkas ditolak.", "2 berkas ditolak.", "5 berkas ditolak.",
                "22 berkas ditolak.", "1,5 berkas ditolak."), counted("id"));
        assertEquals(Locale.forLanguageTag("id"), FilesError.CATALOG.localeFor("id-ID"));
    }

    @Test
    void theJdkNamesHebrewAsThisRunSays() {
        // Without this, a JDK that ignored the property would make the second run a copy of the first.
        assertEquals(Boolean.getBoolean("java.locale.useOldISOCodes") ? "iw" : "he",
                Locale.forLanguageTag("he").getLanguage());
    }

    @Test
    void aPlainNumberIsWrittenWithoutGroupingInEveryLocale() {
        assertEquals("Row size too large (12345 > 8,126).", FilesError.rowTooLarge(12345, 8126).getMessage());
        assertEquals("Zeilengröße zu groß (12345 > 8.126).",
                FilesError.rowTooLarge(12345, 8126).getMessage(Locale.GERMAN));
        assertEquals("حجم الصف كبير جدًا (12345 > " + NumberFormat.getInstance(Locale.forLanguageTag("ar")).format(8126)
                + ").", FilesError.rowTooLarge(12345, 8126).getMessage(Locale.forLanguageTag("ar")));
    }

    @Test
    void thePseudoLocaleIsALocaleOfTheCatalogWithTheDefaultTextsAccentedAndBracketed() {
        Locale pseudo = Locale.forLanguageTag("en-XA");
        assertEquals(pseudo, FilesError.CATALOG.localeFor("en-XA, en;q=0.5"));
        assertEquals("[2 ƒîļéš ŵéŕé ŕéĵéçţéð. one two three four f]", FilesError.filesRejected(2).getMessage(pseudo));
        assertEquals("[Ŕöŵ šîžé ţöö ļáŕĝé (12345 > 8,126). one two thr]",
                FilesError.rowTooLarge(12345, 8126).getMessage(pseudo));
    }
}
