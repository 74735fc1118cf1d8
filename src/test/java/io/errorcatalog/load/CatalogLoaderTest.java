package io.errorcatalog.load;

import static io.errorcatalog.load.CatalogTexts.allProblems;
import static io.errorcatalog.load.CatalogTexts.load;
import static io.errorcatalog.load.CatalogTexts.loadClean;
import static io.errorcatalog.load.CatalogTexts.loadProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.ParamType;
import io.errorcatalog.model.RetryAdvice;
import io.errorcatalog.model.Severity;
import io.errorcatalog.runtime.GrpcStatus;

/** How the keys and values of a catalog file are mapped onto the model, and what is reported when they cannot be. */
class CatalogLoaderTest {

    @Test
    void unknownKeyIsReportedWithTheNearestKnownKey() {
        assertEquals(List.of(
                "bad.yaml:2:1: [unknown-key] unknown key 'titel' in the catalog; did you mean 'title'?",
                "bad.yaml:7:5: [unknown-key] unknown key 'staus' in error A; did you mean 'status'?"),
                loadProblems("bad.yaml", """
                id: pay
                titel: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    staus: 400
                    title: x
                    message: x
                """));
    }

    @Test
    void unknownKeyInDefaultsAndGroupsIsReportedWithTheNearestKnownKey() {
        assertEquals(List.of(
                "bad.yaml:5:3: [unknown-key] unknown key 'severty' in 'defaults'; did you mean 'severity'?",
                "bad.yaml:8:5: [unknown-key] unknown key 'Exception' in group 'validation'; did you mean 'exception'?"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults:
                  severty: fatal
                groups:
                  validation:
                    Exception: PayValidationException
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void unknownKeyLikeNoKnownKeyListsTheKeysOfThatMap() {
        assertEquals(List.of("bad.yaml:9:5: [unknown-key] unknown key 'colour' in error A; the keys here are: accept,"
                        + " aliases, causes, code, deprecated, docs, group, grpc, message, params, removed, retry,"
                        + " severity, solutions, status, title, wire"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    title: x
                    colour: red
                    message: x
                """));
    }

    /** An error may lack a title and a status, which many APIs (databases, operating systems) do not have. */
    @Test
    void missingRequiredKeysAreReportedAtTheMapThatLacksThem() {
        assertEquals(List.of(
                "bad.yaml:1:1: [missing-key] the catalog has no 'id'; add it, for example id: payments",
                "bad.yaml:1:1: [missing-key] the catalog has no 'locales'; add it, for example locales: [en, de]",
                "bad.yaml:3:3: [missing-key] error A has no 'code'; add it, for example code: not_found (or null if the"
                        + " API sends none)",
                "bad.yaml:6:3: [missing-key] error B has no 'message'; add it, for example message: {en: The order was"
                        + " not found.}"),
                loadProblems("bad.yaml", """
                title: Pay
                errors:
                  A:
                    status: 400
                    message: x
                  B:
                    code: b
                    title: x
                """));
    }

    @Test
    void catalogWithoutTitleOrErrorsIsReportedOnceForEach() {
        assertEquals(List.of(
                "bad.yaml:1:1: [missing-key] the catalog has no 'title'; add it, for example title: Payments API",
                "bad.yaml:1:1: [missing-key] the catalog has no 'errors'; add it, for example errors: {NOT_FOUND: {code:"
                        + " not_found, status: 404, title: ..., message: ...}}"),
                loadProblems("bad.yaml", """
                id: pay
                locales: [en]
                """));
    }

    @Test
    void valuesOfTheWrongKindAreReportedAtTheValue() {
        assertEquals(List.of(
                "bad.yaml:2:8: [wrong-type] 'title' of the catalog must be a text, not a map",
                "bad.yaml:3:10: [wrong-type] 'locales' of the catalog must be a list, not a text",
                "bad.yaml:4:11: [wrong-type] 'defaults' of the catalog must be a map, not a list",
                "bad.yaml:5:9: [wrong-type] 'groups' of the catalog must be a map, not a text",
                "bad.yaml:8:11: [wrong-type] 'code' of error A must be a text, not a map",
                "bad.yaml:9:13: [wrong-type] 'status' of error A must be an HTTP status (a number from 100 to 599) or"
                        + " null, not a list",
                "bad.yaml:10:12: [wrong-type] 'title' of error A must be a text or a map from each locale to its text,"
                        + " not a list",
                "bad.yaml:11:19: [wrong-type] the en text of 'message' of error A must be a text, not a list",
                "bad.yaml:12:13: [wrong-type] 'params' of error A must be a map, not a list",
                "bad.yaml:13:13: [wrong-type] 'causes' of error A (a map from each locale to a list) must be a map, not"
                        + " a list",
                "bad.yaml:14:21: [wrong-type] the en list of 'solutions' of error A must be a list, not a text",
                "bad.yaml:15:6: [wrong-type] error B must be a map, not a list",
                "bad.yaml:16:6: [wrong-type] error C must be a map, not a text",
                "bad.yaml:17:6: [wrong-type] error D must be a map, not null"),
                loadProblems("bad.yaml", """
                id: pay
                title: {en: Pay}
                locales: en
                defaults: [fatal]
                groups: validation
                errors:
                  A:
                    code: {a: b}
                    status: [400]
                    title: [x]
                    message: {en: [x]}
                    params: [x]
                    causes: [a]
                    solutions: {en: x}
                  B: [x]
                  C: x
                  D: null
                """));
    }

    @Test
    void locatedTextsOfTheWrongKindAreReported() {
        assertEquals(List.of(
                "bad.yaml:3:15: [wrong-type] an item of 'locales' of the catalog must be a text, not null",
                "bad.yaml:3:18: [wrong-type] an item of 'locales' of the catalog must be a text, not a list",
                "bad.yaml:8:24: [wrong-type] the de text of 'title' of error A must be a text, not a list"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, ~, [de]]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: x, de: [x]}
                    message: x
                """));
    }

    /** Javadoc would show an empty sentence, paragraph or tag, which javadoc -Xdoclint flags: blank says nothing. */
    @Test
    void blankTitlesDescriptionsAndVersionsAreReported() {
        assertEquals(List.of(
                "bad.yaml:2:8: [blank-text] 'title' of the catalog is only white space, which the generated documentation"
                        + " would show as no text; write it, such as Payments API",
                "bad.yaml:3:14: [blank-text] 'description' of the catalog is empty, which the generated documentation"
                        + " would show as no text; write it, or leave 'description' out",
                "bad.yaml:6:20: [blank-text] 'description' of group 'g' is only white space, which the generated"
                        + " documentation would show as no text; write it, or leave 'description' out",
                "bad.yaml:8:69: [blank-text] 'description' of parameter 'n' of error A is only white space, which the"
                        + " generated documentation would show as no text; write it, or leave 'description' out",
                "bad.yaml:9:47: [blank-text] 'version' of 'removed' of error B is empty, which the generated"
                        + " documentation would show as no text; write it, such as 1.2.0 (the release that removes it)"),
                loadProblems("bad.yaml", """
                id: pay
                title: " "
                description: ""
                locales: [en]
                groups:
                  g: {description: "  "}
                errors:
                  A: {code: a, message: "{n}", params: {n: {type: int, description: " "}}, group: g}
                  B: {code: b, message: m, removed: {version: "", reason: Gone.}}
                """));
    }

    @Test
    void textTheLoaderCouldNotReadIsNotAlsoReportedAsMissing() {
        assertEquals(List.of("bad.yaml:8:32: [wrong-type] the de text of 'title' of error A must be a text, not a list"),
                allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en, de]
                errors:
                  A:
                    code: a
                    status: 400
                    title: {en: Not found, de: [Nicht gefunden]}
                    message: {en: Not found, de: Nicht gefunden}
                """));
    }

    @Test
    void emptyLocaleListIsReported() {
        assertEquals(List.of("bad.yaml:3:10: [missing-locale] 'locales' of the catalog is empty; list at least the"
                        + " default locale, such as [en]"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: []
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void catalogThatExtendsAnotherMayHaveNoErrorsOfItsOwn() {
        Catalog catalog = loadClean("child.yaml", """
                id: child
                title: Child
                locales: [en]
                extends: parent
                errors: {}
                """);
        assertEquals("parent", catalog.extendsId().value());
        assertEquals(List.of(), catalog.errors());
    }

    @Test
    void statusOutsideTheHttpRangeOrNotANumberIsReported() {
        assertEquals(List.of(
                "bad.yaml:5:24: [invalid-status] 'status' of error A is '99'; an HTTP status is a number from 100 to 599"
                        + " (or null if the API documents none)",
                "bad.yaml:6:24: [invalid-status] 'status' of error B is '600'; an HTTP status is a number from 100 to"
                        + " 599 (or null if the API documents none)",
                "bad.yaml:7:24: [invalid-status] 'status' of error C is 'abc'; an HTTP status is a number from 100 to"
                        + " 599 (or null if the API documents none)",
                "bad.yaml:8:24: [invalid-status] 'status' of error D is '0404'; an HTTP status is a number from 100 to"
                        + " 599 (or null if the API documents none)",
                "bad.yaml:9:24: [invalid-status] 'status' of error E is '4.04e2'; an HTTP status is a number from 100"
                        + " to 599 (or null if the API documents none)"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 99, title: x, message: x}
                  B: {code: b, status: 600, title: x, message: x}
                  C: {code: c, status: abc, title: x, message: x}
                  D: {code: d, status: 0404, title: x, message: x}
                  E: {code: e, status: 4.04e2, title: x, message: x}
                """));
    }

    @Test
    void statusIsANumberFrom100To599OrNull() {
        Catalog catalog = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 100, title: x, message: x}
                  B: {code: b, status: 599, title: x, message: x}
                  C: {code: c, status: "404", title: x, message: x}
                  D: {code: d, status: null, title: x, message: x}
                  E: {code: e, status: , title: x, message: x}
                """);
        assertEquals(List.of(100, 599, 404), catalog.errors().subList(0, 3).stream().map(e -> e.status().value()).toList());
        assertNull(catalog.errors().get(3).status().value());
        assertNull(catalog.errors().get(4).status().value());
        assertEquals("good.yaml:8:24", catalog.errors().get(3).status().location().toString());
    }

    @Test
    void invalidSeverityAndRetryKeywordsAreReportedWithTheChoices() {
        assertEquals(List.of(
                "bad.yaml:5:13: [invalid-value] 'severity' of 'defaults' is 'error'; write one of: fatal, non-fatal,"
                        + " warning",
                "bad.yaml:6:10: [invalid-value] 'retry' of 'defaults' is 'always'; write one of: never, after-delay,"
                        + " retry-after, unspecified",
                "bad.yaml:13:15: [invalid-value] 'severity' of error A is 'Fatal'; write one of: fatal, non-fatal,"
                        + " warning",
                "bad.yaml:14:12: [invalid-value] 'retry' of error A is 'no'; write one of: never, after-delay,"
                        + " retry-after, unspecified"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults:
                  severity: error
                  retry: always
                errors:
                  A:
                    code: a
                    status: 400
                    title: x
                    message: x
                    severity: Fatal
                    retry: no
                """));
    }

    @Test
    void defaultsApplyWhereAnErrorDoesNotSay() {
        Catalog catalog = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults: {severity: warning, retry: after-delay, group: validation}
                groups:
                  validation: {}
                  auth: {}
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                  B: {code: b, status: 401, title: x, message: x, severity: non-fatal, retry: retry-after, group: auth}
                  C: {code: c, status: 500, title: x, message: x}
                """);
        ErrorEntry a = catalog.errors().get(0);
        ErrorEntry b = catalog.errors().get(1);
        assertEquals(List.of(Severity.WARNING, RetryAdvice.AFTER_DELAY, "validation"),
                List.of(a.severity(), a.retry(), a.group().value()));
        assertEquals(List.of(Severity.NON_FATAL, RetryAdvice.RETRY_AFTER, "auth"),
                List.of(b.severity(), b.retry(), b.group().value()));
    }

    @Test
    void grpcCodeIsTheErrorsElseTheDefaultsElseTheOneItsStatusMapsTo() {
        Catalog catalog = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults: {grpc: FAILED_PRECONDITION}
                errors:
                  A: {code: a, status: 409, title: x, message: x, grpc: ALREADY_EXISTS}
                  B: {code: b, status: 400, title: x, message: x}
                """);
        assertEquals(List.of(GrpcStatus.ALREADY_EXISTS, GrpcStatus.FAILED_PRECONDITION),
                catalog.errors().stream().map(ErrorEntry::grpcStatus).toList());
        ErrorEntry derived = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 409, title: x, message: x}
                """).errors().get(0);
        assertNull(derived.grpc());
        assertEquals(GrpcStatus.ABORTED, derived.grpcStatus(), "409 is ABORTED in Google's HTTP to RPC table");
    }

    @Test
    void unknownGrpcCodeIsReportedWithTheOneMeantOrTheCodes() {
        assertEquals(List.of(
                "bad.yaml:4:18: [unknown-grpc-status] 'grpc' of 'defaults' is 'CONFLICT', which is no canonical gRPC"
                        + " status code; write one of: OK, CANCELLED, UNKNOWN, INVALID_ARGUMENT, DEADLINE_EXCEEDED,"
                        + " NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, RESOURCE_EXHAUSTED, FAILED_PRECONDITION,"
                        + " ABORTED, OUT_OF_RANGE, UNIMPLEMENTED, INTERNAL, UNAVAILABLE, DATA_LOSS, UNAUTHENTICATED",
                "bad.yaml:6:57: [unknown-grpc-status] 'grpc' of error A is 'not-found', which is no canonical gRPC"
                        + " status code; did you mean 'NOT_FOUND'?"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults: {grpc: CONFLICT}
                errors:
                  A: {code: a, status: 404, title: x, message: x, grpc: not-found}
                """));
    }

    @Test
    void groupNullPutsAnErrorInNoGroupWhateverTheDefaultsSay() {
        List<ErrorEntry> errors = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                defaults: {group: validation}
                groups: {validation: {description: The request is invalid.}}
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                  B: {code: b, status: 500, title: x, message: x, group: null}
                """).errors();
        assertEquals("validation", errors.get(0).group().value());
        assertNull(errors.get(1).group());
    }

    @Test
    void withoutDefaultsAnErrorIsFatalWithUnspecifiedRetryAndNoGroup() {
        ErrorEntry error = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """).errors().get(0);
        assertEquals(Severity.FATAL, error.severity());
        assertEquals(RetryAdvice.UNSPECIFIED, error.retry());
        assertNull(error.group());
    }

    @Test
    void unknownParameterTypeIsReportedWithTheTypes() {
        assertEquals(List.of("bad.yaml:8:35: [invalid-value] parameter 'count' of error A has type 'integer'; write"
                        + " one of: string, int, long, double, boolean"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {item: string, count: integer}
                    title: x
                    message: "{count} of {item}"
                """));
    }

    @Test
    void parameterOfUnknownTypeIsStillDeclaredSoItsMessageRaisesNothingMore() {
        assertEquals(List.of("bad.yaml:8:21: [invalid-value] parameter 'count' of error A has type 'integer'; write"
                        + " one of: string, int, long, double, boolean"),
                allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {count: integer}
                    title: x
                    message: "{count} items"
                """));
    }

    @Test
    void parametersKeepTheirOrderAndTypes() {
        ErrorEntry error = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    params: {s: string, i: int, l: long, d: double, b: boolean}
                    title: x
                    message: "{s}{i}{l}{d}{b}"
                """).errors().get(0);
        Map<String, ParamType> params = new LinkedHashMap<>();
        error.params().forEach(param -> params.put(param.name(), param.type()));
        assertEquals(List.of("s", "i", "l", "d", "b"), List.copyOf(params.keySet()));
        assertEquals(List.of(ParamType.STRING, ParamType.INT, ParamType.LONG, ParamType.DOUBLE, ParamType.BOOLEAN),
                List.copyOf(params.values()));
        assertEquals("good.yaml:8:14", error.params().get(0).location().toString());
    }

    @Test
    void scalarsAreReadAsWritten() {
        Catalog catalog = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  OCTAL: {code: 0755, status: 400, title: x, message: x}
                  BOOLEAN: {code: no, status: 400, title: x, message: x}
                  DECIMAL: {code: 1.10, status: 400, title: x, message: x}
                  NUMBER: {code: 403010, status: 403, title: x, message: x}
                  YES: {code: Yes, status: 400, title: x, message: x}
                  HEX: {code: 0x1F, status: 400, title: x, message: x}
                  EXPONENT: {code: 1e3, status: 400, title: x, message: x}
                  UNDERSCORE: {code: 1_000, status: 400, title: x, message: x}
                  INFINITY: {code: .inf, status: 400, title: x, message: x}
                  DATE: {code: 2001-12-14, status: 400, title: x, message: x}
                  SEXAGESIMAL: {code: 1:20, status: 400, title: x, message: x}
                  QUOTED: {code: '0755', status: 400, title: x, message: x}
                  QUOTED_NULL: {code: "null", status: 400, title: x, message: x}
                  TITLE: {code: t, status: 400, title: off, message: 1.0}
                """);
        Map<String, String> codes = new LinkedHashMap<>();
        catalog.errors().forEach(error -> codes.put(error.name(), error.code().value()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("OCTAL", "0755");
        expected.put("BOOLEAN", "no");
        expected.put("DECIMAL", "1.10");
        expected.put("NUMBER", "403010");
        expected.put("YES", "Yes");
        expected.put("HEX", "0x1F");
        expected.put("EXPONENT", "1e3");
        expected.put("UNDERSCORE", "1_000");
        expected.put("INFINITY", ".inf");
        expected.put("DATE", "2001-12-14");
        expected.put("SEXAGESIMAL", "1:20");
        expected.put("QUOTED", "0755");
        expected.put("QUOTED_NULL", "null");
        expected.put("TITLE", "t");
        assertEquals(expected, codes);
        ErrorEntry title = catalog.errors().get(catalog.errors().size() - 1);
        assertEquals("off", title.title().get("en"));
        assertEquals("1.0", title.message().get("en"));
    }

    @Test
    void nullTildeAndNothingAreNullCodesButQuotedNullIsText() {
        Catalog catalog = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  NULL_CODE: {code: null, status: 400, title: x, message: x}
                  TILDE: {code: ~, status: 400, title: x, message: x}
                  NOTHING:
                    code:
                    status: 400
                    title: x
                    message: x
                  TEXT: {code: "null", status: 400, title: x, message: x}
                  EMPTY: {code: "", status: 400, title: x, message: x}
                """);
        assertNull(catalog.errors().get(0).code().value());
        assertNull(catalog.errors().get(1).code().value());
        assertNull(catalog.errors().get(2).code().value());
        assertEquals("null", catalog.errors().get(3).code().value());
        assertEquals("", catalog.errors().get(4).code().value());
        assertEquals("good.yaml:5:21", catalog.errors().get(0).code().location().toString());
    }

    @Test
    void unsupportedFormatIsReported() {
        assertEquals(List.of("bad.yaml:1:9: [unsupported-format] format 1.0 is not known to this plugin version;"
                        + " write format: 1"),
                loadProblems("bad.yaml", """
                format: 1.0
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    @Test
    void deprecatedIsTrueFalseOrAReason() {
        Catalog catalog = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x, deprecated: true}
                  B: {code: b, status: 400, title: x, message: x, deprecated: false}
                  C: {code: c, status: 400, title: x, message: x, deprecated: Use D instead.}
                  D: {code: d, status: 400, title: x, message: x}
                  E: {code: e, status: 400, title: x, message: x, deprecated: "  "}
                """);
        assertEquals("", catalog.errors().get(0).deprecation());
        assertNull(catalog.errors().get(1).deprecation());
        assertEquals("Use D instead.", catalog.errors().get(2).deprecation());
        assertNull(catalog.errors().get(3).deprecation());
        assertEquals("", catalog.errors().get(4).deprecation(), "a blank reason is none, not an empty @deprecated");
    }

    @Test
    void deprecatedOfTheWrongKindIsReported() {
        assertEquals(List.of("bad.yaml:5:63: [wrong-type] 'deprecated' of error A must be a text, not a list"),
                loadProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x, deprecated: [yes]}
                """));
    }

    @Test
    void plainTextIsTheDefaultLocalesText() {
        ErrorEntry error = loadClean("good.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A:
                    code: a
                    status: 400
                    title: Not found
                    message: {en: "The {item} was not found."}
                    params: {item: string}
                    causes: {en: [It was deleted., It never existed.]}
                """).errors().get(0);
        assertEquals("Not found", error.title().get("en"));
        assertEquals("good.yaml:8:12", error.title().byLocale().get("en").location().toString());
        assertEquals("good.yaml:9:19", error.message().byLocale().get("en").location().toString());
        assertEquals(List.of("It was deleted.", "It never existed."), error.causes().get("en"));
        assertTrue(error.solutions().isEmpty());
    }

    @Test
    void fileTooBrokenForACatalogGivesNone() {
        assertTrue(load("bad.yaml", "id: [").catalog().isEmpty());
    }

    @Test
    void textsAreKeyedByTheCatalogsOwnLocaleTags() {
        Catalog catalog = loadClean("good.yaml", """
                id: shop
                title: Shop
                locales: [en, de]
                errors:
                  GONE:
                    code: gone
                    title: {en: Gone, de: Weg}
                    message: {de: Weg., en: Gone.}
                    causes: {de: [Verkauft.]}
                    solutions: {de: {items: [Neu bestellen.]}}
                """);
        ErrorEntry gone = catalog.errors().get(0);
        // The same strings, not equal ones: every lookup by the catalog's tags then finds its text by identity.
        List<String> tags = catalog.localeTags();
        assertSame(tags.get(0), List.copyOf(gone.title().byLocale().keySet()).get(0));
        assertSame(tags.get(1), List.copyOf(gone.title().byLocale().keySet()).get(1));
        assertSame(tags.get(1), List.copyOf(gone.message().byLocale().keySet()).get(0));
        assertSame(tags.get(1), List.copyOf(gone.causes().byLocale().keySet()).get(0));
        assertSame(tags.get(1), List.copyOf(gone.solutions().byLocale().keySet()).get(0));
    }
}
