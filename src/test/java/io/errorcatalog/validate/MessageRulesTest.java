package io.errorcatalog.validate;

import static io.errorcatalog.load.CatalogTexts.allProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Plurals and selects in messages: each locale's plural has the categories its language has (CLDR) and
 * no other, counts a number, and a select chooses by a string or a boolean; problems inside a message are
 * reported at the character they are at, however the YAML text is written. Parameters' long form.
 */
class MessageRulesTest {

    /** A catalog of one error {@code A} in {@code locales}, with {@code params} and {@code message} as written. */
    private static List<String> problems(String locales, String params, String message) {
        return allProblems("m.yaml", """
                id: m
                title: M
                locales: [%s]
                errors:
                  A:
                    code: a
                    status: 400
                    params: %s
                    title: {%s}
                %s""".formatted(locales, params, String.join(", ", java.util.Arrays.stream(locales.split(", "))
                        .map(locale -> locale + ": x").toList()), message.indent(4)));
    }

    @Test
    void pluralsWithTheCategoriesOfEachLanguageAreValid() {
        assertEquals(List.of(), problems("en, pl, ar, ja", "{n: int}", """
                message:
                  en: "{n, plural, =0 {none} one {# file} other {# files}}"
                  pl: "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"
                  ar: "{n, plural, zero {#} one {#} two {#} few {#} many {#} other {#}}"
                  ja: "{n, plural, other {#個のファイル}}\""""));
    }

    @Test
    void aMissingCategoryIsReportedAtThePluralWithTheNumbersItIsFor() {
        assertEquals(List.of("m.yaml:10:15: [missing-plural-category] the pl message of error A: the plural of {n} has"
                + " no branch for 'few' (2, 3, 4, 22) and 'many' (0, 5, 6, 7), plural categories Polish has for"
                + " integers (by CLDR); add few {...} and many {...}"), problems("pl", "{n: int}", """
                message: "{n, plural, one {# plik} other {# pliku}}\""""));
    }

    @Test
    void aDoubleNeedsTheCategoriesOfDecimalsToo() {
        // Polish 'other' is for decimals only, Manx 'many' too: an int's plural needs neither branch but other.
        assertEquals(List.of(), problems("gv", "{n: int}", """
                message: "{n, plural, one {#} two {#} few {#} other {#}}\""""));
        assertEquals(List.of("m.yaml:10:15: [missing-plural-category] the gv message of error A: the plural of {n} has"
                + " no branch for 'many' (0.0, 0.1, 0.2, 0.3), plural categories Manx has for numbers (by CLDR);"
                + " add many {...}"), problems("gv", "{n: double}", """
                message: "{n, plural, one {#} two {#} few {#} other {#}}\""""));
    }

    @Test
    void aCategoryTheLanguageDoesNotHaveIsReportedAtItsBranch() {
        assertEquals(List.of("m.yaml:10:35: [unknown-plural-category] the en message of error A: the plural of {n}"
                + " has a 'few' branch, but English has no such plural category (it has one, other); remove the"
                + " branch, or write an exact value such as =2 for one number"), problems("en", "{n: int}", """
                message: "{n, plural, one {#} few {#} other {#}}\""""));
    }

    @Test
    void aLanguageCldrDoesNotKnowHasOnlyOther() {
        assertEquals(List.of("m.yaml:10:27: [unknown-plural-category] the tlh message of error A: the plural of {n}"
                + " has a 'one' branch, but 'tlh', whose language CLDR has no plural rules for, has no such plural"
                + " category (it has other); remove the branch, or write an exact value such as =2 for one number"),
                problems("tlh", "{n: int}", """
                message: "{n, plural, one {#} other {#}}\""""));
    }

    @Test
    void aPluralCountsANumberAndASelectChoosesByAStringOrABoolean() {
        assertEquals(List.of(
                "m.yaml:10:15: [wrong-parameter-type] the en message of error A: the plural of {s} counts a string; a"
                        + " plural counts a number: declare {s} int, long or double, or use a select",
                "m.yaml:10:46: [wrong-parameter-type] the en message of error A: the select of {n} chooses by an int;"
                        + " a select chooses by a string or a boolean: declare {n} so, or count it in a plural",
                "m.yaml:10:96: [wrong-parameter-type] the en message of error A: the select of {b} has a 'yes' branch,"
                        + " but {b} is a boolean, whose branches are true, false and other"),
                problems("en", "{s: string, n: int, b: boolean}", """
                message: "{s, plural, one {#} other {#}} {n, select, a {x} other {y}} {b, select, true {t} yes {y} other {o}}\""""));
    }

    @Test
    void everyBranchCountsForTheParametersAMessageUses() {
        assertEquals(List.of(
                "m.yaml:12:59: [undeclared-parameter] the de message of error A uses {nam}, which 'params' does not"
                        + " declare; did you mean {name}?",
                "m.yaml:13:11: [unused-parameter] the pl message of error A does not use the parameter {name}; every"
                        + " locale's message must use every declared parameter"),
                problems("en, de, pl", "{n: int, name: string}", """
                message:
                  en: "{n, plural, one {# file of {name}} other {# files}}"
                  de: "{n, plural, one {# Datei} other {# Dateien von {nam}}}"
                  pl: "{n, plural, one {#} few {#} many {#} other {#}}\""""));
    }

    @Test
    void anExactValueWithAFractionCanNeverMatchAnIntegerCount() {
        assertEquals(List.of(
                "m.yaml:10:27: [invalid-message] the en message of error A: the plural of {n} has a '=1.5' branch, but"
                        + " {n} is an int, which is never 1.5; remove the branch, or declare {n} double"),
                problems("en", "{n: int, d: double}", """
                message: "{n, plural, =1.5 {half} one {#} other {#}} {d, plural, =1.5 {half} one {#} other {#}} {n, plural, =2.0 {two} one {#} other {#}}\""""));
    }

    @Test
    void aTranslatorsRenamedPlaceholderIsOneMistakeWithTheDeclaredNameOffered() {
        assertEquals(List.of(
                "m.yaml:12:23: [undeclared-parameter] the de message of error A uses {id}, which 'params' does not"
                        + " declare; if it stands for {orderId}, which the message leaves out, write {orderId}; else"
                        + " declare it (params: {id: string}) or write '{{id}}' for literal braces"),
                problems("en, de", "{orderId: string, n: int}", """
                message:
                  en: "Order {orderId} has {n} items."
                  de: "Bestellung {id} hat {n} Artikel.\""""));
    }

    @Test
    void aBrokenTemplateIsReportedAtItsCharacterInEveryStyleOfYamlText() {
        // Plain, double-quoted with escapes, single-quoted with a doubled quote, literal and folded blocks.
        assertEquals(List.of(
                "m.yaml:11:16: [invalid-message] the en message of error A is not a valid template: a lone '}' at"
                        + " character 6; write '}}' for a literal brace",
                "m.yaml:12:28: [invalid-message] the de message of error A is not a valid template: a lone '}' at"
                        + " character 6; write '}}' for a literal brace",
                "m.yaml:13:18: [invalid-message] the fr message of error A is not a valid template: a lone '}' at"
                        + " character 6; write '}}' for a literal brace",
                "m.yaml:16:12: [invalid-message] the es message of error A is not a valid template: a lone '}' at"
                        + " character 13; write '}}' for a literal brace",
                "m.yaml:19:14: [invalid-message] the it message of error A is not a valid template: the plural of {n}"
                        + " at character 13 has no 'other' branch; add other {...}, the text for every number the other"
                        + " branches do not take"),
                problems("en, de, fr, es, it", "{}", """
                message:
                  en: a'b c} d
                  de: "\\u00e4\\"\\x41\\t\\\\} e"
                  fr: 'it''s } x'
                  es: |
                    line one
                    ab }
                  it: >
                    folded
                    text {n, plural, one {#}}
                """));
    }

    @Test
    void columnsCountCodePointsAndLinesEndWithCrLfToo() {
        // The emoji is one column, as the YAML parser counts; a \U escape makes it in a double-quoted text.
        assertEquals(List.of(
                "m.yaml:10:16: [invalid-message] the en message of error A is not a valid template: a lone '}' at"
                        + " character 6; write '}}' for a literal brace",
                "m.yaml:11:25: [invalid-message] the de message of error A is not a valid template: a lone '}' at"
                        + " character 6; write '}}' for a literal brace"),
                allProblems("m.yaml", String.join("\r\n", "id: m", "title: M", "locales: [en, de]", "errors:", "  A:",
                        "    code: a", "    status: 400", "    title: {en: x, de: x}", "    message:",
                        "      en: \"\ud83d\ude00 x }\"", "      de: \"\\U0001F600 x }\"", "")));
    }

    @Test
    void aParameterIsDeclaredShortOrLongWithAFormatAndADescription() {
        assertEquals(List.of(), problems("en", """
                {count: int, total: {type: long, format: plain, description: "All of them, as the server counts."},
                    name: {type: string, description: The file}, ratio: {type: double, format: locale}}""", """
                message: "{count} of {total} in {name} ({ratio})\""""));
    }

    @Test
    void theLongFormIsCheckedKeyByKey() {
        assertEquals(List.of(
                "m.yaml:8:18: [unknown-key] unknown key 'typ' in parameter 'a' of error A; did you mean 'type'?",
                "m.yaml:8:52: [invalid-value] 'format' of parameter 'b' of error A is 'bare'; write one of: locale,"
                        + " plain",
                "m.yaml:8:85: [invalid-value] 'format' of parameter 'c' of error A says how a number is written, and"
                        + " the parameter is a string; remove 'format', or make it an int, long or double",
                "m.yaml:8:103: [invalid-value] parameter 'd' of error A has type 'text'; write one of: string, int,"
                        + " long, double, boolean",
                "m.yaml:8:110: [missing-key] parameter 'e' of error A has no 'type'; add it, for example type: int (or"
                        + " string, long, double, boolean)"),
                problems("en", "{a: {typ: int}, b: {type: int, format: bare}, c: {type: string, format: plain}, d: {type: text},"
                        + " e: {format: plain}}",
                        """
                message: "{b} {c} {d}\""""));
    }
}
