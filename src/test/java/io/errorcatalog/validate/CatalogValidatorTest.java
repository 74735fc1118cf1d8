package io.errorcatalog.validate;

import static io.errorcatalog.load.CatalogTexts.allProblems;
import static io.errorcatalog.load.CatalogTexts.validationProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.errorcatalog.load.CatalogTexts;

import org.junit.jupiter.api.Test;

/** The rules that relate one value of a catalog to another: translations, parameters, templates, codes, groups, docs. */
class CatalogValidatorTest {

    /** The example of the README, verbatim. */
    static final String README_EXAMPLE = """
            id: platform-management
            title: Platform Management API v2
            package: com.example.errors
            locales: [en, de]
            docs: https://example.com/docs/errors
            defaults:
              group: validation
            groups:
              validation:
                description: The request body is invalid.
            errors:
              TOO_LONG:
                code: too_long
                status: 400
                params: {field: string, max: int, value: string}
                title: {en: Value too long, de: Wert zu lang}
                message:
                  en: "Field '{field}' must be shorter than '{max}' characters. Value of '{value}' was provided."
                  de: "Feld '{field}' muss kürzer als '{max}' Zeichen sein. Angegeben wurde '{value}'."
                retry: never
                docs: "#too_long"
            """;

    @Test
    void validCatalogGivesNoDiagnosticsAtAll() {
        assertEquals(List.of(), allProblems("platform-management.yaml", README_EXAMPLE));
    }

    @Test
    void catalogUsingEveryKeyCorrectlyGivesNoDiagnosticsAtAll() {
        assertEquals(List.of(), allProblems("payments.yaml", """
                format: 1
                id: payments
                title: Payments API
                description: Takes payments.
                package: com.example.payments
                enum: PaymentError
                exception: PaymentException
                locales: [en, de-CH]
                docs: https://example.com/payments/errors/
                defaults: {severity: non-fatal, retry: after-delay, group: validation}
                groups:
                  validation: {description: The request is invalid.}
                  auth: {exception: PaymentAuthException, description: Not allowed.}
                errors:
                  CARD_DECLINED:
                    code: "0755"
                    status: 402
                    params: {reason: string, amount: double, attempts: int, total: long, retried: boolean}
                    title: {en: Card declined, de-CH: Karte abgelehnt}
                    message:
                      en: "Declined: {reason} ({amount}, {attempts}/{total}, {retried}). Don't retry; {{sic}}."
                      de-CH: "Abgelehnt: {reason} ({amount}, {attempts}/{total}, {retried}). {{sic}}"
                    causes: {en: [Insufficient funds., Card blocked.], de-CH: [Zu wenig Guthaben.]}
                    solutions: {en: [Use another card.], de-CH: []}
                    severity: fatal
                    retry: never
                    group: auth
                    docs: "#card-declined"
                    deprecated: Use CARD_REFUSED.
                  UNLISTED:
                    code: null
                    status: null
                    title: {en: Unknown, de-CH: Unbekannt}
                    message: {en: Unknown., de-CH: Unbekannt.}
                    docs: https://example.com/other
                    deprecated: true
                """));
    }

    @Test
    void onlyTheDefaultLocaleMustHaveEveryTextAndNoTextIsBlank() {
        assertEquals(List.of(
                "bad.yaml:8:12: [missing-translation] 'title' of error A has no 'en' text; the default locale (the"
                        + " first of [en, de]) has every text, which the others fall back to",
                "bad.yaml:10:13: [missing-translation] 'causes' of error A has no 'en' text; the default locale (the"
                        + " first of [en, de]) has every text, which the others fall back to",
                "bad.yaml:16:29: [blank-text] the de message of error B is empty, which users would see as no text;"
                        + " write it, or leave the locale out (or write null) so that it falls back",
                "bad.yaml:17:19: [blank-text] the en cause of error B is only white space, which users would see as"
                        + " no text; write it, or leave the locale out (or write null) so that it falls back"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {de: Nicht gefunden}
                    message: Not found
                    causes: {de: [Gelöscht]}
                    solutions: {en: [Retry later.], de: null}
                  B:
                    code: b
                    status: 400
                    title: {en: Gone, de: null}
                    message: {en: Gone, de: ""}
                    causes: {en: ["  "]}
                """));
    }

    @Test
    void textInALocaleTheCatalogDoesNotListIsReported() {
        assertEquals(List.of(
                "bad.yaml:8:52: [unknown-locale] 'title' of error A has a 'fr' text, but the catalog's locales are"
                        + " [en, de]; add it to 'locales' or remove it",
                "bad.yaml:10:60: [unknown-locale] 'solutions' of error A has a 'it' text, but the catalog's locales"
                        + " are [en, de]; add it to 'locales' or remove it"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: Not found, de: Nicht gefunden, fr: Introuvable}
                    message: {en: Not found, de: Nicht gefunden}
                    solutions: {en: [Retry.], de: [Erneut versuchen.], it: [Riprova.]}
                """));
    }

    @Test
    void undeclaredParameterIsReportedWithHowToDeclareIt() {
        assertEquals(List.of(
                "bad.yaml:10:43: [undeclared-parameter] the en message of error A uses {item}, which 'params' does not"
                        + " declare; declare it (params: {item: string}) or write '{{item}}' for literal braces"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {price: int}
                    title: {en: Too cheap, de: Zu billig}
                    message: {en: "{price} is too low for {item}.", de: "{price} ist zu wenig."}
                """));
    }

    @Test
    void misspelledParameterIsReportedOnceWithTheDeclaredName() {
        assertEquals(List.of(
                "bad.yaml:10:20: [undeclared-parameter] the en message of error A uses {prize}, which 'params' does"
                        + " not declare; did you mean {price}?"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {price: int}
                    title: {en: Too cheap, de: Zu billig}
                    message: {en: "{prize} is too low.", de: "{price} ist zu wenig."}
                """));
    }

    @Test
    void parameterUnusedInOneLocaleIsReportedForThatLocaleOnly() {
        assertEquals(List.of(
                "bad.yaml:10:38: [unused-parameter] the de message of error A does not use the parameter {m}; every"
                        + " locale's message must use every declared parameter"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {n: int, m: int}
                    title: {en: x, de: y}
                    message: {en: "{n} and {m}", de: "nur {n}"}
                """));
    }

    @Test
    void templateWithALoneBraceIsReportedWithTheCharacter() {
        assertEquals(List.of(
                "bad.yaml:9:39: [invalid-message] the en message of error A is not a valid template: '{' at character 20"
                        + " starts no parameter like '{field}'; write '{{' for a literal brace",
                "bad.yaml:9:52: [invalid-message] the de message of error A is not a valid template: a lone '}' at"
                        + " character 5; write '}}' for a literal brace"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: x, de: y}
                    message: {en: "Use {{braces}} and {", de: "Ein } allein"}
                """));
    }

    /** Each duplicate once, at the later place, naming the earlier: an error's alias that repeats its own code too. */
    @Test
    void duplicateWireCodeNamesBothErrorsAndPlaces() {
        assertEquals(List.of(
                "bad.yaml:6:13: [duplicate-code] the code '403010' of B is already the code of A at bad.yaml:5:13;"
                        + " a code names one error",
                "bad.yaml:9:26: [duplicate-code] the alias 'e' of E is already the code of E at bad.yaml:9:13;"
                        + " a code names one error",
                "bad.yaml:9:32: [duplicate-code] the alias 'f' of E is already the alias of E at bad.yaml:9:29;"
                        + " a code names one error"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: "403010", status: 403, title: x, message: x}
                  B: {code: 403010, status: 403, title: x, message: x}
                  C: {code: null, status: 403, title: x, message: x}
                  D: {code: null, status: 403, title: x, message: x}
                  E: {code: e, aliases: [e, f, f], status: 403, title: x, message: x}
                """));
    }

    @Test
    void catalogWithNoErrorsAndNoExtendsIsReportedByARuleNotByTheLoader() {
        String catalog = """
                id: pay
                title: Pay
                locales: [en]
                errors: {}
                """;
        CatalogTexts.loadClean("bad.yaml", catalog);
        assertEquals(List.of("bad.yaml:4:9: [no-errors] the catalog has no errors; add at least one under 'errors'"
                        + " (only a catalog that 'extends' another may have none)"),
                validationProblems("bad.yaml", catalog));
    }

    @Test
    void errorsThatCouldNotBeReadAreNotAlsoReportedAsNoErrors() {
        assertEquals(List.of("bad.yaml:5:6: [wrong-type] error A must be a map, not a text"),
                allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: 5
                """));
        assertEquals(List.of("bad.yaml:4:9: [wrong-type] 'errors' of the catalog must be a map, not a list"),
                allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors: [A]
                """));
    }

    @Test
    void emptyCodeIsReported() {
        assertEquals(List.of(
                "bad.yaml:5:13: [empty-code] 'code' of error A is empty; write the code the API sends, or null if it"
                        + " sends none",
                "bad.yaml:6:13: [empty-code] 'code' of error B is white space alone; write the code the API sends, or null"
                        + " if it sends none",
                "bad.yaml:6:63: [empty-code] an alias of error B is white space alone; write a code the API sends, or"
                        + " remove it"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: "", status: 400, title: x, message: x}
                  B: {code: " ", status: 400, title: x, message: x, aliases: ["\t"]}
                """));
    }

    @Test
    void unknownGroupIsReportedWhereItIsNamed() {
        assertEquals(List.of(
                "bad.yaml:4:19: [unknown-group] error B is in group 'default', which the catalog does not declare;"
                        + " declare it under 'groups' or use one of [auth, validation]",
                "bad.yaml:9:58: [unknown-group] error A is in group 'validaton', which the catalog does not declare;"
                        + " declare it under 'groups' or use one of [auth, validation]"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults: {group: default}
                groups:
                  validation: {}
                  auth: {}
                errors:
                  A: {code: a, status: 400, title: x, message: x, group: validaton}
                  B: {code: b, status: 400, title: x, message: x}
                """));
    }

    @Test
    void relativeDocsWithoutACatalogDocsBaseIsReportedAtTheDocs() {
        assertEquals(List.of(
                "bad.yaml:5:57: [invalid-url] 'docs' of error A is the relative reference '#a', but the catalog has no"
                        + " 'docs' base URL to resolve it against; add one or write an absolute URL",
                "bad.yaml:7:57: [invalid-url] 'docs' of error C is not a URL: Illegal character in authority at index 7:"
                        + " http://a b"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x, docs: "#a"}
                  B: {code: b, status: 400, title: x, message: x, docs: "https://example.com/b"}
                  C: {code: c, status: 400, title: x, message: x, docs: "http://a b"}
                """));
    }

    @Test
    void catalogDocsBaseThatIsNotAnAbsoluteUrlIsReportedAtTheDocs() {
        assertEquals(List.of(
                "bad.yaml:4:7: [invalid-url] 'docs' of the catalog must be an absolute URL such as"
                        + " https://example.com/errors, not 'errors/base'"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                docs: errors/base
                errors:
                  A: {code: a, status: 400, title: x, message: x, docs: "#a"}
                """));
    }

    @Test
    void catalogDocsBaseThatIsNoUrlIsReportedAtTheDocs() {
        assertEquals(List.of(
                "bad.yaml:4:7: [invalid-url] 'docs' of the catalog is not a URL: Illegal character in authority at"
                        + " index 8: https://exa mple.com"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                docs: https://exa mple.com
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void groupExceptionNamedLikeTheBaseExceptionIsReportedAtBothPlaces() {
        assertEquals(List.of(
                "bad.yaml:1:5: [duplicate-type] catalog 'pay' would generate two types named PayException (the"
                        + " group exception at bad.yaml:5:27); set 'exception' of a group or of the catalog to tell"
                        + " them apart",
                "bad.yaml:5:27: [duplicate-type] catalog 'pay' would generate two types named PayException (the"
                        + " exception at bad.yaml:1:5); set 'exception' of a group or of the catalog to tell them"
                        + " apart"),
                validationProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                groups:
                  validation: {exception: PayException}
                errors:
                  A: {code: a, status: 400, title: x, message: x, group: validation}
                """));
    }

    @Test
    void wireFormatsThatCouldNotBeReadBackAreReported() {
        assertEquals(List.of(
                "bad.yaml:4:7: [wire-members-clash] 'codeField' and 'messageField' are both 'msg'; the message would"
                        + " overwrite the code: name two members",
                "bad.yaml:5:13: [wire-key-not-applicable] 'typeBase' of 'wire' of the catalog means nothing to the"
                        + " format code-message; remove it"),
                CatalogTexts.allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                wire: {format: code-message, codeField: msg, messageField: msg,
                  typeBase: "https://x.example/"}
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void problemTypesMustBeUrisAndTellErrorsApart() {
        assertEquals(List.of(
                "bad.yaml:7:11: [invalid-url] the problem type of A ('typeBase' and its code), https://x.example/a b, is"
                        + " no URI: Illegal character in path; make it one (a code with spaces needs 'type' of its own)",
                "bad.yaml:12:3: [duplicate-problem-type] C has the problem type /same of B at bad.yaml:11:3; a client"
                        + " could not tell them apart: give each its own type"),
                CatalogTexts.allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                wire: {format: problem, typeBase: "https://x.example/"}
                errors:
                  A:
                    code: "a b"
                    status: 400
                    title: x
                    message: x
                  B: {code: null, status: 400, title: x, message: x, wire: {type: /same}}
                  C: {code: null, status: 400, title: x, message: x, wire: {type: /same}}
                """));
    }

    @Test
    void parametersAndRetryableOnTheWireAreTrueOrFalseAndReportedOncePerWireFormat() {
        assertEquals(List.of(
                "bad.yaml:4:7: [invalid-value] 'parameters' of the wire of A is 'yes'; write true (the arguments"
                        + " travel as members) or false",
                "bad.yaml:4:7: [invalid-value] 'retryable' of the wire of A is 'maybe'; write true (bodies say"
                        + " whether a retry can succeed) or false"),
                CatalogTexts.allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                wire: {format: problem, parameters: "yes", retryable: maybe}
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                  B: {code: b, status: 400, title: x, message: x}
                  C: {code: c, status: 400, title: x, message: x, wire: {format: microsoft, outerCodes: "BadArgument"}}
                """));
    }

    @Test
    void parameterNamedAsAMemberItsShapeUsesIsReportedWhereItTravelsAsAMember() {
        assertEquals(List.of(
                "bad.yaml:7:14: [parameter-clashes-member] parameter 'status' of error A would travel as the member"
                        + " 'status' of its problem bodies, which the shape uses itself; rename the parameter (such as"
                        + " 'statusValue'), or send the arguments only in the text (wire: {parameters: false})",
                "bad.yaml:7:67: [parameter-clashes-member] parameter 'instance' of error A would travel as the member"
                        + " 'instance' of its problem bodies, which the shape uses itself; rename the parameter (such as"
                        + " 'instanceValue'), or send the arguments only in the text (wire: {parameters: false})",
                "bad.yaml:10:51: [parameter-clashes-member] parameter 'description' of error C would travel as the"
                        + " member 'description' of its errors bodies, which the shape uses itself; rename the parameter"
                        + " (such as 'descriptionValue'), or send the arguments only in the text (wire: {parameters:"
                        + " false})",
                "bad.yaml:12:56: [parameter-clashes-member] parameter 'message' of error E would travel as the member"
                        + " 'message' of its microsoft bodies, which the shape uses itself; rename the parameter (such"
                        + " as 'messageValue')"),
                CatalogTexts.allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                wire: {format: problem, parameters: true}
                errors:
                  A:
                    params: {status: int, title: {type: string, sensitive: true}, instance: string}
                    code: a
                    message: "{status} {title} {instance}"
                  C: {code: c, message: "{description}", params: {description: string}, wire: {format: errors, parameters: true}}
                  D: {code: d, message: "{status}", params: {status: int}, wire: {parameters: false}}
                  E: {code: e, message: "{message} {target}", params: {message: string, target: string},
                      wire: {format: microsoft}}
                  G: {code: g, message: "{code}", params: {code: string}, wire: {format: google-rpc}}
                """));
    }
}
