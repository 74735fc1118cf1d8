package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;

import io.errorcatalog.model.PluralLanguage;

/**
 * The runtime's evaluator of CLDR plural rules, against ICU4J's: for every locale CLDR has rules for, the
 * rules as the plugin writes them into bundles select the category ICU selects, for integers and decimals
 * with up to three fraction digits shown.
 */
class PluralRulesTest {

    /** Integers 0 to 1,100, and the round and large ones rules single out (millions, for French's many). */
    private static List<String> numbers() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i <= 1_100; i++) {
            numbers.add(Integer.toString(i));
        }
        for (long n : new long[] {10_000, 100_000, 1_000_000, 1_000_001, 2_000_000, 10_000_000, 21_000_000,
                1_000_000_000_000L, 123_456_789_012L}) {
            numbers.add(Long.toString(n));
        }
        for (String integer : new String[] {"0", "1", "2", "3", "5", "11", "12", "21", "22", "101", "1000000"}) {
            for (String fraction : new String[] {"0", "00", "000", "1", "10", "2", "5", "50", "15", "11", "21",
                    "012", "101", "99", "3", "4", "6", "9"}) {
                numbers.add(integer + "." + fraction);
            }
        }
        return numbers;
    }

    @Test
    void everyCldrLocaleSelectsTheCategoryIcuSelects() {
        List<String> numbers = numbers();
        Map<String, ULocale> byRules = new LinkedHashMap<>();
        for (ULocale locale : com.ibm.icu.text.PluralRules.getAvailableULocales()) {
            byRules.putIfAbsent(PluralLanguage.of(locale.toLanguageTag()).bundleRules(), locale);
        }
        // CLDR has some forty distinct rule sets among its two hundred locales.
        assertEquals(true, byRules.size() > 30, "rule sets: " + byRules.size());
        for (Map.Entry<String, ULocale> rules : byRules.entrySet()) {
            PluralRules ours = PluralRules.parse(rules.getKey());
            com.ibm.icu.text.PluralRules icu = com.ibm.icu.text.PluralRules.forLocale(rules.getValue());
            for (String number : numbers) {
                assertEquals(icu.select(NumberFormatter.withLocale(ULocale.ROOT)
                        .precision(Precision.fixedFraction(fractionDigits(number))).format(new BigDecimal(number))),
                        ours.select(number), rules.getValue() + " (" + rules.getKey() + ") for " + number);
            }
        }
    }

    private static int fractionDigits(String number) {
        int point = number.indexOf('.');
        return point < 0 ? 0 : number.length() - point - 1;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | other | one  | other | other | other | other",
        "de | other | one  | other | other | other | other",
        "pl | many  | one  | few   | many  | few   | other",
        "ar | zero  | one  | two   | few   | many  | other",
    })
    void theLanguagesOfTheIssueCountZeroOneTwoFiveTwentyTwoAndOneAndAHalfAsCldrSays(String language, String zero,
            String one, String two, String five, String twentyTwo, String oneAndAHalf) {
        PluralRules rules = PluralRules.parse(PluralLanguage.of(language).bundleRules());
        assertEquals(List.of(zero, one, two, five, twentyTwo, oneAndAHalf),
                List.of(rules.select("0"), rules.select("1"), rules.select("2"), rules.select("5"),
                        rules.select("22"), rules.select("1.5")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Every form of TR35's syntax, old words included, each against numbers on both sides of it.
        "one: n = 1                        | 1=one 1.0=one 1.5=other 2=other",
        "one: n is 1                       | 1=one 2=other",
        "one: n is not 1                   | 1=other 2=one",
        "one: n in 2..4                    | 2=one 3.5=other 4=one 5=other",
        "one: n not in 2..4                | 3=other 3.5=one 5=one",
        "one: n within 2..4                | 2=one 3.5=one 4=one 4.5=other 1.9=other",
        "one: n not within 2..4            | 3.5=other 4.5=one",
        "one: n mod 10 = 1 and n mod 100 != 11 | 1=one 21=one 11=other 111=other 21.5=other",
        "one: i % 10 = 2,5..6,9            | 2=one 5=one 6=one 9=one 3=other 12=one",
        "one: v = 0 and i = 1 or v = 2     | 1=one 1.0=other 1.00=one 7.25=one",
        "one: f = 5; two: t = 5            | 1.5=one 1.05=one 1.50=two 1.25=other",
        "one: w = 1                        | 1.50=one 1.5=one 1.55=other",
        "one: e = 0 and c = 0              | 1=one",
        "one: i = 1 @integer 1; other: @integer 0, 2~16 | 1=one 2=other",
    })
    void theSyntaxOfTr35IsRead(String rules, String expected) {
        PluralRules parsed = PluralRules.parse(rules);
        for (String pair : expected.split(" ")) {
            String[] numberAndCategory = pair.split("=");
            assertEquals(numberAndCategory[1], parsed.select(numberAndCategory[0]), rules + " for " + numberAndCategory[0]);
        }
    }

    @Test
    void numbersBeyondALongAreCountedByTheirLastDigits() {
        PluralRules polish = PluralRules.parse(PluralLanguage.of("pl").bundleRules());
        assertEquals("few", polish.select("100000000000000000000000002"));
        assertEquals("many", polish.select("100000000000000000000000012"));
        assertEquals("one", polish.select("0000000000000000000000000001"));
        assertEquals("other", polish.select("2.0000000000000000000000001"));
        PluralRules english = PluralRules.parse(PluralLanguage.of("en").bundleRules());
        assertEquals("other", english.select("100000000000000000001"));
    }

    @Test
    void parsedRulesAreCachedAndWrittenBackInTr35Syntax() {
        String rules = PluralLanguage.of("ru").bundleRules();
        assertSame(PluralRules.parse(rules), PluralRules.parse(rules));
        assertEquals("one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;"
                + " many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
                PluralRules.parse(rules).toString());
        assertEquals(rules, PluralRules.parse(rules).toString());
    }

    @Test
    void aBundleWithoutRulesKnowsOnlyOther() {
        assertEquals("other", PluralRules.OTHER_ONLY.select("1"));
        assertEquals("", PluralRules.OTHER_ONLY.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "one i = 1               | a rule must start with its category and ':', not 'one i = 1'",
        "One: i = 1              | a rule must start with its category and ':', not 'One: i = 1'",
        "one: i = 1; one: i = 2  | the category one has two rules",
        "one:                    | the category one has no condition",
        "other: i = 1            | 'other' takes what the other categories do not; it has no condition",
        "one: x = 1              | expected an operand (n, i, v, w, f, t, c, e), not 'x'",
        "one: i < 1              | expected =, !=, is, in or within, not '<'",
        "one: i = a              | expected a number, not 'a'",
        "one: i = 4..2           | the range 4..2 is empty",
        "one: i % 0 = 1          | a modulus of 0",
        "one: i = 1 xor i = 2    | unexpected 'xor'",
    })
    void malformedRulesAreRefusedSayingWhy(String rules, String problem) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PluralRules.parse(rules));
        assertEquals(true, error.getMessage().endsWith(": " + problem), error.getMessage());
    }

    @Test
    void aNumberAsShownIsDigitsWithAtMostOnePoint() {
        for (String malformed : new String[] {"", "-1", "1,5", "1.2.3", ".5", "1e3", "١"}) {
            assertThrows(IllegalArgumentException.class, () -> PluralRules.OTHER_ONLY.select(malformed), malformed);
        }
    }
}
