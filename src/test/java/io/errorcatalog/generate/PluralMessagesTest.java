package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * The plural catalog of the golden files, generated with the pseudo-locale {@code en-XA}, compiled and
 * at work: each language's plural forms by CLDR, exact values, selects, plain numbers, the pseudo-locale.
 */
class PluralMessagesTest {

    @TempDir
    static Path output;

    private static URLClassLoader loader;
    private static ErrorCatalog<?, ?> files;

    @BeforeAll
    static void compileThePluralCatalog() throws Exception {
        Catalogs.generate(Catalogs.GOLDEN_PLURAL_CATALOGS, output, "en-XA");
        loader = JavaCompilation.compileAndLoad(output.resolve("java"), output.resolve("resources"),
                output.resolve("classes"));
        files = (ErrorCatalog<?, ?>) loader.loadClass("com.example.files.FilesError").getField("CATALOG").get(null);
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    private static CatalogError error(String name) {
        return files.errors().stream().filter(error -> error.name().equals(name)).findFirst().orElseThrow();
    }

    private static String rejected(String locale, double count) {
        return error("FILES_REJECTED").message(Locale.forLanguageTag(locale), count, "in");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | No file was rejected in 'in'. | 1 file was rejected in 'in'. | 2 files were rejected in 'in'."
                + " | 5 files were rejected in 'in'. | 22 files were rejected in 'in'. | 1.5 files were rejected in 'in'.",
        "de | Keine Datei wurde in 'in' abgelehnt. | 1 Datei wurde in 'in' abgelehnt. | 2 Dateien wurden in 'in'"
                + " abgelehnt. | 5 Dateien wurden in 'in' abgelehnt. | 22 Dateien wurden in 'in' abgelehnt."
                + " | 1,5 Dateien wurden in 'in' abgelehnt.",
        "pl | W 'in' odrzucono 0 plików. | W 'in' odrzucono 1 plik. | W 'in' odrzucono 2 pliki. | W 'in' odrzucono 5"
                + " plików. | W 'in' odrzucono 22 pliki. | W 'in' odrzucono 1,5 pliku.",
    })
    void eachLanguageCountsZeroOneTwoFiveTwentyTwoAndOneAndAHalfAsCldrSays(String locale, String zero, String one,
            String two, String five, String twentyTwo, String oneAndAHalf) {
        assertEquals(List.of(zero, one, two, five, twentyTwo, oneAndAHalf), List.of(rejected(locale, 0),
                rejected(locale, 1), rejected(locale, 2), rejected(locale, 5), rejected(locale, 22),
                rejected(locale, 1.5)));
    }

    @Test
    void arabicHasSixFormsAndArabicDigits() {
        NumberFormat digits = NumberFormat.getInstance(Locale.forLanguageTag("ar"));
        assertEquals(List.of("لم يُرفض أي ملف في 'in'.", "رُفض ملف واحد في 'in'.", "رُفض ملفان في 'in'.",
                "رُفضت " + digits.format(5) + " ملفات في 'in'.", "رُفض " + digits.format(22) + " ملفًا في 'in'.",
                "رُفض " + digits.format(1.5) + " ملف في 'in'."), List.of(rejected("ar", 0), rejected("ar", 1),
                        rejected("ar", 2), rejected("ar", 5), rejected("ar", 22), rejected("ar", 1.5)));
    }

    @Test
    void aTextThatFallsBackIsCountedByItsOwnLanguage() {
        // No Swiss German bundle: the German text, German forms, Swiss digits.
        assertEquals("1’234 Dateien wurden in 'in' abgelehnt.", rejected("de-CH", 1234));
        // No Russian bundle: the default locale's English text, by English rules.
        assertEquals("2 files were rejected in 'in'.", rejected("ru", 2));
    }

    @Test
    void aPlainNumberIsWrittenAlikeInEveryLocaleAndSelectsChooseByTextOrBoolean() {
        CatalogError quota = error("QUOTA_EXCEEDED");
        assertEquals("1234567 bytes used on the trial plan, some kept; {quota} # is 1234567 bytes, # {full}.",
                quota.message(Locale.ENGLISH, 1_234_567L, "trial", true));
        assertEquals("1 bytes used on the pro plan; {quota} # is 1 byte.", quota.message(Locale.ENGLISH, 1L, "pro",
                false));
        assertEquals("12345 بايت مستخدمة في خطة pro؛ {quota} # هو 12345 بايتًا.",
                quota.message(Locale.forLanguageTag("ar"), 12_345L, "pro", false));
        assertEquals("12345 bajtów zajętych w planie pro; {quota} # to 12345 bajtów.",
                quota.message(Locale.forLanguageTag("pl"), 12_345L, "pro", false));
    }

    @Test
    void thePseudoLocaleIsTheDefaultLocalesTextsAccentedLongerAndBracketed() {
        Locale pseudo = Locale.forLanguageTag("en-XA");
        assertEquals(pseudo, files.localeFor("en-XA"));
        String message = rejected("en-XA", 2);
        assertEquals("[2 ƒîļéš ŵéŕé ŕéĵéçţéð îñ 'in'. one two three four five six sev]", message);
        assertEquals("[1 ƒîļé ŵáš ŕéĵéçţéð îñ 'in'. one two three four five six sev]", rejected("en-XA", 1));
        assertEquals("[Ţĥé ƒîļéš áŕé ţöö ļáŕĝé. one tw]", error("FILES_REJECTED").causes(pseudo).get(0));
    }

    @Test
    void javadocOfParametersWithADescriptionPassesEveryDoclintCheck() throws Exception {
        JavaCompilation.assertJavadocIsClean(output.resolve("java"), output.resolve("javadoc"));
    }
}
