package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.PluralLanguage;
import io.errorcatalog.render.Escapes;

/**
 * The runtime's message formatter: what {@code java.text.MessageFormat} gave for every message without a
 * plural, byte for byte, and plurals, selects and plain numbers as CLDR and the catalog say.
 */
class MessagePatternTest {

    private static final Object[] ARGUMENTS = {12345, -7, Long.MAX_VALUE, 1.5, 1234567.891, 0.0005, 1.0005, -0.0,
        Double.NaN, Double.POSITIVE_INFINITY, 1e20, 0.1f, (short) 3, (byte) -4, new BigDecimal("12345.6789"),
        new BigInteger("123456789012345678901234567890"), new AtomicLong(42), true, "text {0} '", null,
        new Date(1_700_000_000_000L), List.of("a", 1), new Object() {
            @Override
            public String toString() {
                return null;
            }
        }};

    private static String format(String pattern, Locale locale, Object... arguments) {
        return MessagePattern.of(pattern).format(arguments, PluralRules.OTHER_ONLY, locale);
    }

    @Test
    void everyArgumentFormatsAsMessageFormatFormatsItInEveryLocale() {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < ARGUMENTS.length; i++) {
            pattern.append('|').append('{').append(i).append('}');
        }
        List<Locale> locales = new ArrayList<>(List.of(NumberFormat.getAvailableLocales()));
        locales.add(Locale.forLanguageTag("th-TH-u-nu-thai"));
        locales.add(Locale.ROOT);
        for (Locale locale : locales) {
            assertEquals(new MessageFormat(pattern.toString(), locale).format(ARGUMENTS),
                    format(pattern.toString(), locale, ARGUMENTS), locale.toLanguageTag());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "It''s {0}", "'{0}' is literal, {0} is not", "'it''s {quoted}'",
        "a '' b '' c", "'unterminated {0}", "# and } are text here", "{1}{0}{1}", "{0} of {3}", "'''{0}'''",
        "''{0}''", "'{'{0}'}'"})
    void patternsWithoutPluralsReadAsMessageFormatReadsThem(String pattern) {
        Object[] arguments = {"Ann", 1234.5};
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("ar"))) {
            assertEquals(new MessageFormat(pattern, locale).format(arguments), format(pattern, locale, arguments),
                    pattern);
        }
    }

    /** Random templates as catalogs write them, made bundle patterns by the plugin: the same text as MessageFormat. */
    @Test
    void theBundlePatternsThePluginWritesReadAsMessageFormatReadsThem() throws Exception {
        Random random = new Random(11);
        String[] pieces = {"a", " ", "'", "''", "{{", "}}", "#", "ä", "\n", "{p0}", "{p1}", "{p2}", "\\"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder template = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                template.append(pieces[random.nextInt(pieces.length)]);
            }
            String pattern = Escapes.bundlePattern(MessageTemplate.parse(template.toString()),
                    java.util.Map.of("p0", 0, "p1", 1, "p2", 2), java.util.Set.of());
            Object[] arguments = {"x'{y}", 98765, 2.25};
            assertEquals(new MessageFormat(pattern, Locale.GERMAN).format(arguments),
                    format(pattern, Locale.GERMAN, arguments), template + " as " + pattern);
        }
    }

    private static String plural(String language, Locale formatting, Object count) throws Exception {
        String pattern = Escapes.bundlePattern(MessageTemplate.parse(
                "{n, plural, =0 {no file} zero {# files (zero)} one {# file} two {# files (two)} few {# files (few)}"
                        + " many {# files (many)} other {# files}}"), java.util.Map.of("n", 0), java.util.Set.of());
        return MessagePattern.of(pattern).format(new Object[] {count},
                PluralRules.parse(PluralLanguage.of(language).bundleRules()), formatting);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 1   | 1 file",
        "en | 2   | 2 files",
        "en | 0   | no file",
        "en | 1.5 | 1.5 files",
        "pl | 2   | 2 files (few)",
        "pl | 22  | 22 files (few)",
        "pl | 5   | 5 files (many)",
        "pl | 1.5 | 1.5 files",
        "ar | 2   | 2 files (two)",
        "ar | 5   | 5 files (few)",
        "ar | 22  | 22 files (many)",
        "ar | 101 | 101 files",
        "en | 12345 | 12,345 files",
    })
    void aPluralTakesTheExactValueElseTheCategoryOfItsLanguageElseOther(String language, String number,
            String expected) throws Exception {
        Object count = number.contains(".") ? (Object) Double.valueOf(number) : Integer.valueOf(number);
        assertEquals(expected, plural(language, Locale.ENGLISH, count));
    }

    @Test
    void theCategoryFollowsTheNumberAsShown() throws Exception {
        // 1.0 shows as 1, which is one in English; 1.0004 shows as 1 too (three fraction digits at most).
        assertEquals("1 file", plural("en", Locale.ENGLISH, 1.0));
        assertEquals("1 file", plural("en", Locale.ENGLISH, 1.0004));
        assertEquals("1 file", plural("en", Locale.ENGLISH, new BigDecimal("1.000")));
        assertEquals("1.01 files", plural("en", Locale.ENGLISH, 1.01));
        assertEquals("-1 file", plural("en", Locale.ENGLISH, -1));
        assertEquals("1 file", plural("en", Locale.ENGLISH, new AtomicLong(1)));
        assertEquals("NaN files", plural("en", Locale.ENGLISH, Double.NaN));
        // The exact value is the number itself: 0.0 is =0, 0.0001 (shown as 0) is not.
        assertEquals("no file", plural("en", Locale.ENGLISH, 0.0));
        assertEquals("0 files", plural("en", Locale.ENGLISH, 0.0001));
    }

    @Test
    void pluralRulesAreTheTextsLanguageAndNumbersTheLocaleAskedFor() throws Exception {
        // A Polish text for a reader in Switzerland: Polish forms, Swiss digits.
        assertEquals("1’235 files (many)", plural("pl", Locale.forLanguageTag("de-CH"), 1235));
        assertEquals("\u0662\u0662 files (many)", plural("ar", Locale.forLanguageTag("ar"), 22));
    }

    @Test
    void aPlainNumberHasNoGroupingAndAsciiDigitsInEveryLocale() throws Exception {
        for (Locale locale : NumberFormat.getAvailableLocales()) {
            assertEquals("12345 and 12345 items|1.5|-0.25|1000", MessagePattern.of(
                    "{0,plain} and {0,plural,plain,one{# item}other{# items}}|{1,plain}|{2,plain}|{3,plain}").format(
                            new Object[] {12345, 1.5, -0.25, new BigDecimal("1E+3")}, PluralRules.OTHER_ONLY, locale),
                    locale.toLanguageTag());
        }
        assertEquals("2|0|100000000000000000000|0.1|NaN|Infinity|123456789012345678901234567890|text",
                format("{0,plain}|{1,plain}|{2,plain}|{3,plain}|{4,plain}|{5,plain}|{6,plain}|{7,plain}",
                        Locale.GERMAN, 2.0, -0.0, 1e20, 0.1f, Double.NaN, Double.POSITIVE_INFINITY,
                        new BigInteger("123456789012345678901234567890"), "text"));
    }

    @Test
    void aPlainPluralCountsThePlainNumber() throws Exception {
        PluralRules english = PluralRules.parse(PluralLanguage.of("en").bundleRules());
        // Plain keeps every fraction digit: 1.0004 is not 1, so not one.
        assertEquals("1.0004 files", MessagePattern.of("{0,plural,plain,one{# file}other{# files}}")
                .format(new Object[] {1.0004}, english, Locale.ENGLISH));
    }

    @Test
    void aSelectTakesTheBranchOfTheArgumentsTextElseOther() {
        String pattern = "{0,select,card{by card}true{yes}false{no}other{by {0}}}";
        assertEquals("by card", format(pattern, Locale.ROOT, "card"));
        assertEquals("yes", format(pattern, Locale.ROOT, true));
        assertEquals("no", format(pattern, Locale.ROOT, false));
        assertEquals("by cash", format(pattern, Locale.ROOT, "cash"));
        assertEquals("by null", format(pattern, Locale.ROOT, (Object) null));
    }

    @Test
    void nestedChoicesAndTheHashOfTheNearestPlural() {
        PluralRules english = PluralRules.parse(PluralLanguage.of("en").bundleRules());
        String pattern = "{0,select,card{{1,plural,one{# card'#'}other{{2,plural,one{# of #}other{#/{1}}}}}}other{'#'#}}";
        assertEquals("1 card#", MessagePattern.of(pattern).format(new Object[] {"card", 1, 5}, english, Locale.ENGLISH));
        assertEquals("1 of 1", MessagePattern.of(pattern).format(new Object[] {"card", 3, 1}, english, Locale.ENGLISH));
        assertEquals("5/3", MessagePattern.of(pattern).format(new Object[] {"card", 3, 5}, english, Locale.ENGLISH));
        assertEquals("##", MessagePattern.of(pattern).format(new Object[] {"cash", 3, 5}, english, Locale.ENGLISH));
    }

    @Test
    void aNonNumberInAPluralTakesOtherAndAMissingArgumentStaysAsWritten() {
        assertEquals("x others", format("{0,plural,one{one}other{{0} others}}", Locale.ROOT, "x"));
        assertEquals("{1} and {0}", format("{1} and {0}", Locale.ROOT));
    }

    @Test
    void aPatternIsParsedOnceAndFormattedOnManyThreadsAlike() throws Exception {
        String pattern = "{0,plural,one{# file}other{# files}} of {1}";
        assertSame(MessagePattern.of(pattern), MessagePattern.of(pattern));
        PluralRules english = PluralRules.parse(PluralLanguage.of("en").bundleRules());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String expected = (i == 1 ? "1 file" : String.format(Locale.ENGLISH, "%,d files", i)) + " of x";
                        if (!expected.equals(MessagePattern.of(pattern).format(new Object[] {i, "x"}, english,
                                Locale.ENGLISH))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{x}                         | 1 | an argument must start with its index, such as {0}",
        "{0                          | 2 | expected ','",
        "{0,number}                  | 9 | 'number' is no argument kind (plain, plural, select)",
        "{0,plain                    | 8 | expected '}'",
        "{0,plural,one{a}}           | 0 | a plural without an 'other' branch",
        "{0,select,a{x}a{y}other{z}} | 14 | the branch 'a' is there twice",
        "{0,plural,=x{a}other{b}}    | 10 | '=x' is no exact value such as =0 or =1.5",
        "{0,plural,other{a}          | 18 | expected a branch, such as one{...}, or the '}' that ends the argument",
        "{0,plural,other{a'}}        | 20 | expected '}'",
    })
    void aMalformedPatternIsRefusedAtItsPlace(String pattern, int position, String problem) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MessagePattern.of(pattern));
        assertEquals("the message pattern \"" + pattern + "\" is malformed at " + position + ": " + problem,
                error.getMessage());
    }

    @Test
    void nestingIsBounded() {
        String deep = "{0,select,other{".repeat(40) + "x" + "}}".repeat(40);
        assertEquals(true, assertThrows(IllegalArgumentException.class, () -> MessagePattern.of(deep)).getMessage()
                .endsWith("plurals and selects nest more than 32 deep"));
    }
}
