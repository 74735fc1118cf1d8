package io.errorcatalog.validate;

import static io.errorcatalog.load.CatalogTexts.validationProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that end up in generated Java, ids, and locale tags. */
class NamesAndLocalesTest {

    private static String catalogWith(String line) {
        return "id: pay\ntitle: Pay\n" + line + "\nlocales: [en]\nerrors:\n"
                + "  A: {code: a, status: 400, title: x, message: x}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "var", "record", "_", "enum", "payError", "1Error", "Zähler", "Pay$Error"})
    void enumNameThatIsNoJavaTypeNameIsReported(String name) {
        assertEquals(List.of("bad.yaml:3:7: [invalid-java-name] enum name '" + name + "' is not usable in Java (it must"
                        + " be a Java type name such as PaymentError, in ASCII, and no reserved word); rename it"),
                validationProblems("bad.yaml", catalogWith("enum: '" + name + "'")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"String", "Object", "Locale", "Map", "Override", "Severity", "Retry", "CatalogError", "ErrorCatalog"})
    void enumNameOfATypeTheGeneratedCodeUsesIsReported(String name) {
        assertEquals(List.of("bad.yaml:3:7: [reserved-java-name] enum name '" + name + "' would hide the type of that"
                        + " name the generated code uses; choose another"),
                validationProblems("bad.yaml", catalogWith("enum: " + name)));
    }

    @Test
    void exceptionNameIsCheckedLikeTheEnumName() {
        assertEquals(List.of("bad.yaml:3:12: [reserved-java-name] exception name 'CatalogException' would hide the type"
                        + " of that name the generated code uses; choose another"),
                validationProblems("bad.yaml", catalogWith("exception: CatalogException")));
        assertEquals(List.of("bad.yaml:3:12: [invalid-java-name] exception name 'interface' is not usable in Java (it"
                        + " must be a Java type name such as PaymentException, in ASCII, and no reserved word); rename it"),
                validationProblems("bad.yaml", catalogWith("exception: interface")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.1bad", "com..example", "com.example.", ".com", "com.class", "com._", "com.exämple",
            "com-example"})
    void packageThatIsNoJavaPackageNameIsReported(String name) {
        assertEquals(List.of("bad.yaml:3:10: [invalid-java-name] package name '" + name + "' is not usable in Java (it"
                        + " must be dot-separated Java identifiers, such as com.example.errors, in ASCII, and no"
                        + " reserved word); rename it"),
                validationProblems("bad.yaml", catalogWith("package: '" + name + "'")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example", "com.example.module", "org.acme.to.with", "io.open.requires", "x", "",
            "com.example.Errors", "com.example.errors_v2"})
    void packageOfJavaIdentifiersIsAccepted(String name) {
        assertEquals(List.of(), validationProblems("good.yaml", catalogWith("package: '" + name + "'")));
    }

    @Test
    void constantNameTheGeneratedEnumUsesIsReported() {
        assertEquals(List.of("bad.yaml:5:3: [reserved-java-name] the constant name CATALOG is taken by the"
                        + " generated enum itself; choose another"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  CATALOG: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void constantNameThatIsNoUpperCaseJavaIdentifierIsReported() {
        assertEquals(List.of(
                "bad.yaml:5:3: [invalid-java-name] the constant name _ must be upper-case ASCII letters, digits and"
                        + " '_', starting with a letter, such as NOT_FOUND",
                "bad.yaml:6:3: [invalid-java-name] the constant name notFound must be upper-case ASCII letters, digits"
                        + " and '_', starting with a letter, such as NOT_FOUND",
                "bad.yaml:7:3: [invalid-java-name] the constant name 404 must be upper-case ASCII letters, digits and"
                        + " '_', starting with a letter, such as NOT_FOUND",
                "bad.yaml:8:3: [invalid-java-name] the constant name NOT-FOUND must be upper-case ASCII letters,"
                        + " digits and '_', starting with a letter, such as NOT_FOUND"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  _: {code: a, status: 400, title: x, message: x}
                  notFound: {code: b, status: 400, title: x, message: x}
                  404: {code: c, status: 400, title: x, message: x}
                  NOT-FOUND: {code: d, status: 400, title: x, message: x}
                """));
    }

    @Test
    void parameterNameThatIsAJavaKeywordIsReportedAtTheParameter() {
        assertEquals(List.of(
                "bad.yaml:8:14: [invalid-parameter-name] parameter 'class' of error A must be ASCII letters and digits"
                        + " starting with a lower-case letter, and no Java reserved word, such as 'field' or 'maxLength'"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {class: string}
                    title: x
                    message: "{class}"
                """));
    }

    @Test
    void parameterNamesThatAreKeywordsOnlyInModuleDeclarationsAreAccepted() {
        assertEquals(List.of(), validationProblems("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  TRANSFER_FAILED:
                    code: a
                    status: 400
                    params: {from: string, to: string, with: string, module: string}
                    title: x
                    message: "From {from} to {to} with {with} in {module}."
                """));
    }

    @Test
    void groupExceptionNameThatIsNoJavaTypeNameIsReportedAtTheName() {
        assertEquals(List.of(
                "bad.yaml:6:16: [invalid-java-name] exception name 'var' is not usable in Java (it must be a Java type"
                        + " name such as PaymentValidationException, in ASCII, and no reserved word); rename it"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                groups:
                  validation:
                    exception: var
                errors:
                  A: {code: a, status: 400, title: x, message: x, group: validation}
                """));
    }

    @Test
    void catalogAndGroupIdsMustBeLowerCaseWords() {
        assertEquals(List.of(
                "bad.yaml:1:5: [invalid-id] catalog id 'Pay_Ment' must be lower-case letters and digits in words joined"
                        + " by '-', starting with a letter, such as 'payments-api'",
                "bad.yaml:5:3: [invalid-id] group id 'Bad_Group' must be lower-case letters and digits in words joined"
                        + " by '-', starting with a letter, such as 'validation'"),
                validationProblems("bad.yaml", """
                id: Pay_Ment
                title: Pay
                locales: [en]
                groups:
                  Bad_Group: {exception: PayBadException}
                errors:
                  A: {code: a, status: 400, title: x, message: x, group: Bad_Group}
                """));
    }

    @Test
    void localeTagsMustBeWellFormedBcp47TagsThatNameALanguage() {
        assertEquals(List.of(
                "bad.yaml:3:15: [invalid-locale] 'en_US' is not a well-formed BCP 47 language tag; write en-US",
                "bad.yaml:3:22: [invalid-locale] 'und' names no language; write a tag that starts with one, such as en"
                        + " or de-CH",
                "bad.yaml:3:27: [invalid-locale] 'x-private' names no language; write a tag that starts with one, such"
                        + " as en or de-CH",
                "bad.yaml:3:38: [invalid-locale] 'e' is not a well-formed BCP 47 language tag; write one such as"
                        + " en, de-CH or zh-Hant-TW"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, en_US, und, x-private, e]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: x, en_US: x, und: x, x-private: x, e: x}
                    message: {en: x, en_US: x, und: x, x-private: x, e: x}
                """));
    }

    @Test
    void localeListedTwiceInAnyCaseIsReportedAtTheSecond() {
        assertEquals(List.of(
                "bad.yaml:3:15: [duplicate-locale] locale 'EN' has the same message bundle as 'en' at bad.yaml:3:11; list each locale"
                        + " once",
                "bad.yaml:3:26: [duplicate-locale] locale 'de-ch' has the same message bundle as 'de-CH' at bad.yaml:3:19; list each"
                        + " locale once"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, EN, de-CH, de-ch]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: x, EN: x, de-CH: x, de-ch: x}
                    message: {en: x, EN: x, de-CH: x, de-ch: x}
                """));
    }

    @Test
    void wellFormedLocaleTagsAreAccepted() {
        assertEquals(List.of(), validationProblems("good.yaml", """
                id: pay
                title: Pay
                locales: [en, de-CH, zh-Hant-TW, sr-Latn, es-419]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: x, de-CH: x, zh-Hant-TW: x, sr-Latn: x, es-419: x}
                    message: {en: x, de-CH: x, zh-Hant-TW: x, sr-Latn: x, es-419: x}
                """));
    }

    @Test
    void idStartingWithADigitIsRefusedBeforeItMakesAnIllegalTypeName() {
        assertEquals(List.of("bad.yaml:1:5: [invalid-id] catalog id '3d-secure' must be lower-case letters and digits in"
                        + " words joined by '-', starting with a letter, such as 'payments-api'"),
                validationProblems("bad.yaml", """
                id: 3d-secure
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void localesThatShareABundleFileAreReported() {
        assertEquals(List.of("bad.yaml:3:15: [duplicate-locale] locale 'de-u-co-phonebk' has the same message bundle as"
                        + " 'de' at bad.yaml:3:11; list each locale once"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [de, de-u-co-phonebk]
                errors:
                  A: {code: a, status: 400, title: {de: x, de-u-co-phonebk: x}, message: {de: x, de-u-co-phonebk: x}}
                """));
    }
}
