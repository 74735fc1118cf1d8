package io.errorcatalog.validate;

import static io.errorcatalog.load.CatalogTexts.validationProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.errorcatalog.load.CatalogTexts;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.ResolvedCatalog;

import org.junit.jupiter.api.Test;

/** Rules between catalogs: ids, {@code extends}, and what a catalog inherits. */
class CatalogSetTest {

    private static final String PARENT = """
            id: parent
            title: Parent
            locales: [en, de]
            docs: https://example.com/errors
            groups:
              validation: {}
            errors:
              NOT_FOUND:
                code: not_found
                status: 404
                title: {en: Not found, de: Nicht gefunden}
                message: {en: Not found, de: Nicht gefunden}
            """;

    @Test
    void childExtendingItsParentCorrectlyGivesNoDiagnostics() {
        assertEquals(List.of(), validationProblems("parent.yaml", PARENT, "child.yaml", """
                id: child
                title: Child
                locales: [en]
                extends: parent
                errors:
                  GONE:
                    code: gone
                    status: 410
                    title: Gone
                    message: Gone
                    group: validation
                """));
    }

    @Test
    void constantNameDefinedInBothParentAndChildIsReportedInTheChild() {
        assertEquals(List.of("child.yaml:6:3: [duplicate-name] the constant NOT_FOUND is already defined at"
                        + " parent.yaml:8:3; rename one"),
                validationProblems("parent.yaml", PARENT, "child.yaml", """
                id: child
                title: Child
                locales: [en]
                extends: parent
                errors:
                  NOT_FOUND:
                    code: not_found_again
                    status: 404
                    title: Not found
                    message: Not found
                """));
    }

    @Test
    void codeUsedInBothParentAndChildIsReportedInTheChild() {
        assertEquals(List.of("child.yaml:7:11: [duplicate-code] the code 'not_found' of GONE is already the code of"
                        + " NOT_FOUND at parent.yaml:9:11; a code names one error"),
                validationProblems("parent.yaml", PARENT, "child.yaml", """
                id: child
                title: Child
                locales: [en]
                extends: parent
                errors:
                  GONE:
                    code: not_found
                    status: 410
                    title: Gone
                    message: Gone
                """));
    }

    @Test
    void extendsOfAnUnknownIdListsTheKnownIds() {
        assertEquals(List.of("child.yaml:4:10: [unknown-catalog] catalog 'child' extends 'parnet', but no catalog has"
                        + " that id; the ids are [parent]"),
                validationProblems("parent.yaml", PARENT, "child.yaml", """
                id: child
                title: Child
                locales: [en]
                extends: parnet
                errors: {}
                """));
    }

    @Test
    void extendsCycleBetweenTwoCatalogsIsReportedInBoth() {
        assertEquals(List.of(
                "a.yaml:4:10: [extends-cycle] catalogs extend each other in a circle (a -> b -> a); remove one 'extends'",
                "b.yaml:4:10: [extends-cycle] catalogs extend each other in a circle (b -> a -> b); remove one 'extends'"),
                validationProblems("a.yaml", """
                id: a
                title: A
                locales: [en]
                extends: b
                errors: {}
                """, "b.yaml", """
                id: b
                title: B
                locales: [en]
                extends: a
                errors:
                  X: {code: x, status: 400, title: x, message: x}
                """));
    }

    @Test
    void catalogExtendingItselfIsACycle() {
        assertEquals(List.of("a.yaml:4:10: [extends-cycle] catalogs extend each other in a circle (a -> a); remove one"
                        + " 'extends'"),
                validationProblems("a.yaml", """
                id: a
                title: A
                locales: [en]
                extends: a
                errors:
                  X: {code: x, status: 400, title: x, message: x}
                """));
    }

    @Test
    void childLocaleThatItsParentLacksIsReported() {
        assertEquals(List.of("child.yaml:3:15: [locale-not-inherited] catalog 'child' extends 'parent', which has no"
                        + " texts in 'fr'; list only locales of [en, de]"),
                validationProblems("parent.yaml", PARENT, "child.yaml", """
                id: child
                title: Child
                locales: [en, fr]
                extends: parent
                errors:
                  GONE:
                    code: gone
                    status: 410
                    title: {en: Gone, fr: Parti}
                    message: {en: Gone, fr: Parti}
                """));
    }

    /** Its default locale is the child's base bundle, which every text falls back to; a gap there was a crash. */
    @Test
    void aChildsDefaultLocaleHasTheInheritedTextsToo() {
        String parent = PARENT.replace("""
                    message: {en: Not found, de: Nicht gefunden}
                """, """
                    message: {en: Not found, de: Nicht gefunden}
                    causes: {en: [Deleted.]}
                  GONE: {code: gone, status: 410, title: Gone, message: Gone}
                """);
        assertEquals(List.of("child.yaml:3:11: [missing-translation] catalog 'child' has 'de' for its default locale"
                        + " (the first of [de, en]), which every text is in, but 3 text(s) of the errors it inherits have"
                        + " none, the first 'causes' of error NOT_FOUND at parent.yaml:13:13; translate them in 'parent',"
                        + " or list first a locale they all have, such as 'en'"),
                validationProblems("parent.yaml", parent, "child.yaml", """
                id: child
                title: Child
                locales: [de, en]
                extends: parent
                errors: {}
                """));
    }

    @Test
    void groupOfTheParentIsKnownInTheChildButAnUnknownOneIsReported() {
        assertEquals(List.of("child.yaml:11:12: [unknown-group] error GONE is in group 'validaton', which the catalog"
                        + " does not declare; declare it under 'groups' or use one of [auth, validation]"),
                validationProblems("parent.yaml", PARENT, "child.yaml", """
                id: child
                title: Child
                locales: [en]
                extends: parent
                groups:
                  auth: {}
                errors:
                  GONE:
                    code: gone
                    status: 410
                    group: validaton
                    title: Gone
                    message: Gone
                  FORBIDDEN: {code: forbidden, status: 403, title: x, message: x, group: validation}
                """));
    }

    @Test
    void sameIdInTwoFilesIsReportedInTheLaterFile() {
        assertEquals(List.of("b.yaml:1:5: [duplicate-catalog-id] catalog id 'pay' is already used at a.yaml:1:5; give"
                        + " each catalog its own id"),
                validationProblems("b.yaml", """
                id: pay
                title: Pay again
                locales: [en]
                package: com.example.b
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """, "a.yaml", """
                id: pay
                title: Pay
                locales: [en]
                package: com.example.a
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """));
    }

    private static final String GROUPED_PARENT = """
            id: pay
            title: Pay
            package: com.example
            locales: [en]
            groups:
              server: {exception: PaymentServerFailure}
              validation: {description: Bad input.}
            errors:
              A: {code: a, status: 500, title: x, message: x, group: server}
            """;

    @Test
    void inheritedGroupsAreNamedAfterTheChildsExceptionAndTheChildMayRedeclareThem() {
        Catalog parent = CatalogTexts.loadClean("pay.yaml", GROUPED_PARENT);
        Catalog child = CatalogTexts.loadClean("refund.yaml", """
                id: refund
                title: Refund
                package: com.example
                extends: pay
                locales: [en]
                groups:
                  validation: {exception: RefundInputException}
                errors: {}
                """);
        ResolvedCatalog resolved = new CatalogSet(List.of(parent, child), "").resolve(child);
        assertEquals(List.of("RefundServerException", "RefundInputException"),
                resolved.groups().stream().map(ResolvedCatalog.ResolvedGroup::exceptionName).toList(),
                "the parent's PaymentServerFailure is the parent's class; the child names its own");
        assertEquals(List.of(), CatalogTexts.validationProblems("pay.yaml", GROUPED_PARENT, "refund.yaml", """
                id: refund
                title: Refund
                package: com.example
                extends: pay
                locales: [en]
                errors: {}
                """), "no output conflict in one package");
    }

    @Test
    void anInvalidDefaultPackageIsReportedForEachCatalogThatUsesIt() {
        Catalog catalog = CatalogTexts.loadClean("pay.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                """);
        assertEquals(List.of("pay.yaml:1:5: [invalid-java-name] catalog 'pay' names no 'package', and the plugin's"
                        + " defaultPackage 'com.example-errors' is not a Java package name; fix defaultPackage"
                        + " (dot-separated identifiers) or give the catalog a 'package'"),
                problems(new CatalogSet(List.of(catalog), "com.example-errors")));
        assertEquals(List.of("pay.yaml:1:5: [invalid-java-name] package 'java.errors' of catalog 'pay' is in the JDK's"
                        + " own namespace 'java', where no class loader loads other code; choose a package of your"
                        + " own, such as com.example.errors"),
                problems(new CatalogSet(List.of(catalog), "java.errors")), "only the JDK may define java.*");
        assertEquals(List.of(), problems(new CatalogSet(List.of(catalog), "javax.errors")), "javax is anyone's");
    }

    @Test
    void anUnknownDefaultGroupIsReportedOnceAndAGroupWithNothingToSayMayBeEmpty() {
        assertEquals(List.of("bad.yaml:6:19: [unknown-group] error A is in group 'nope', which the catalog does not"
                        + " declare; declare it under 'groups' or use one of [validation]"),
                CatalogTexts.allProblems("bad.yaml", """
                id: pay
                title: Pay
                locales: [en]
                groups:
                  validation:
                defaults: {group: nope}
                errors:
                  A: {code: a, status: 400, title: x, message: x}
                  B: {code: b, status: 400, title: x, message: x}
                """));
    }

    @Test
    void yamlBooleanWordsDeprecateWithoutAReason() {
        Catalog catalog = CatalogTexts.loadClean("pay.yaml", """
                id: pay
                title: Pay
                locales: [en]
                errors:
                  A: {code: a, status: 400, title: x, message: x, deprecated: True}
                  B: {code: b, status: 400, title: x, message: x, deprecated: no}
                  C: {code: c, status: 400, title: x, message: x, deprecated: Use A.}
                """);
        assertEquals(java.util.Arrays.asList("", null, "Use A."),
                catalog.errors().stream().map(ErrorEntry::deprecation).toList());
    }

    @Test
    void codesAndNamesAreUniqueAcrossCatalogsOfOnePackageButNotAcrossPackages() {
        String first = """
                id: core
                title: Core
                package: com.example.pay
                locales: [en]
                errors:
                  NOT_FOUND: {code: not_found, status: 404, title: x, message: x}
                """;
        assertEquals(List.of(
                "more.yaml:6:3: [duplicate-name] the constant NOT_FOUND is already defined at core.yaml:6:3, in a"
                        + " catalog of the same package com.example.pay; rename one, or give the catalogs packages of"
                        + " their own",
                "more.yaml:7:19: [duplicate-code] the code 'not_found' of MISSING is already the code of NOT_FOUND at"
                        + " core.yaml:6:21, in a catalog of the same package com.example.pay; a code names one error of"
                        + " an API; change one, or, if the catalogs are two APIs, give them packages of their own"),
                validationProblems("core.yaml", first, "more.yaml", """
                id: more
                title: More
                package: com.example.pay
                locales: [en]
                errors:
                  NOT_FOUND: {code: gone, status: 410, title: x, message: x}
                  MISSING: {code: not_found, status: 404, title: x, message: x}
                """));
        assertEquals(List.of(), validationProblems("core.yaml", first, "other.yaml", """
                id: other
                title: Other
                package: com.example.other
                locales: [en]
                errors:
                  NOT_FOUND: {code: not_found, status: 404, title: x, message: x}
                """), "another package, another API");
    }

    private static List<String> problems(CatalogSet set) {
        Diagnostics diagnostics = new Diagnostics();
        new CatalogValidator().validate(set, diagnostics);
        return diagnostics.kept().stream().map(Object::toString).toList();
    }
}
