package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.SourceHash;
import io.errorcatalog.model.TranslationPolicy;
import io.errorcatalog.testing.Catalogs;

/**
 * Partial and stale translations as a run sees them: the summary it prints, the release policies that
 * fail on gaps, and files of translations kept beside their catalog.
 */
class TranslationsTest {

    /** Three errors in en; de translates some texts, one of them from an older English text; fr translates none. */
    private static final String ORDERS = """
            id: orders
            title: Orders API
            locales: [en, de, fr]
            errors:
              NOT_FOUND:
                code: not_found
                status: 404
                title: {en: Not found, de: Nicht gefunden}
                message:
                  en: The order was not found.
                  de: {text: Die Bestellung fehlt., source: %s}
              GONE:
                code: gone
                status: 410
                title: {en: Gone, de: Weg}
                message:
                  en: The order is gone for good.
                  de: {text: Die Bestellung ist weg., source: 0badc0de}
                causes: {en: [It was archived.]}
              LOCKED:
                code: locked
                status: 423
                message: {en: The order is locked., de: null}
            """.formatted(SourceHash.of("The order was not found."));

    @TempDir
    Path directory;

    private Path catalogs() throws IOException {
        Path catalogs = Files.createDirectories(directory.resolve("catalogs"));
        Files.writeString(catalogs.resolve("orders.yaml"), ORDERS);
        return catalogs;
    }

    private GenerationResult generate(Path catalogs, TranslationPolicy policy) throws Exception {
        return new Generator().generate(Catalogs.request(catalogs, directory.resolve("out"), null)
                .withTranslations(policy));
    }

    private List<String> problems(Path catalogs, TranslationPolicy policy) {
        CatalogException failure = assertThrows(CatalogException.class, () -> generate(catalogs, policy));
        return failure.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aPartlyTranslatedCatalogBuildsAndSaysHowFarEachLocaleIs() throws Exception {
        GenerationResult result = generate(catalogs(), TranslationPolicy.LENIENT);
        assertEquals(List.of("orders: 6 texts in en; de 4 translated (1 stale), 2 missing; fr 0 translated, 6 missing"),
                result.translations());
    }

    @Test
    void aReleaseBuildFailsOnEachMissingTranslationAtItsDefaultText() throws Exception {
        List<String> problems = problems(catalogs(), new TranslationPolicy(true, false));
        assertEquals(8, problems.size(), problems.toString());
        assertEquals(List.of(
                "orders.yaml:19:18: [untranslated] no de translation of the causes of error GONE; translate it, or build"
                        + " without failOnMissingTranslations to let it fall back",
                "orders.yaml:19:18: [untranslated] no fr translation of the causes of error GONE; translate it, or build"
                        + " without failOnMissingTranslations to let it fall back",
                "orders.yaml:23:19: [untranslated] no de translation of the message of error LOCKED; translate it, or"
                        + " build without failOnMissingTranslations to let it fall back"),
                problems.stream().filter(problem -> problem.contains("causes of error GONE")
                        || problem.contains("de translation of the message of error LOCKED")).toList());
    }

    @Test
    void aStaleTranslationFailsOnlyWhereCurrentOnesAreRequiredAndIsReportedAtTheTranslation() throws Exception {
        assertEquals(List.of("orders.yaml:18:18: [stale-translation] the de translation of the message of error GONE"
                        + " was made from an earlier version of its default-locale text; update it and its 'source'"),
                problems(catalogs(), new TranslationPolicy(false, true)));
    }

    @Test
    void aCatalogMayRequireCompleteTranslationsOfItself() throws Exception {
        Path catalogs = catalogs();
        Files.writeString(catalogs.resolve("orders.yaml"), ORDERS.replace("locales: [en, de, fr]",
                "locales: [en, de, fr]\ntranslations: {failOnStale: true}"));
        assertEquals(1, problems(catalogs, TranslationPolicy.LENIENT).size());
    }

    @Test
    void aFileOfTranslationsFillsGapsAndIsCheckedAgainstItsCatalog() throws Exception {
        Path catalogs = catalogs();
        Files.writeString(catalogs.resolve("orders.fr.yaml"), """
                translationOf: orders
                locale: fr
                errors:
                  NOT_FOUND: {title: Introuvable, message: "La commande est introuvable."}
                  GONE: {causes: {items: [Elle a été archivée.], source: %s}}
                """.formatted(SourceHash.of(List.of("It was archived."))));
        assertEquals(List.of("orders: 6 texts in en; de 4 translated (1 stale), 2 missing; fr 3 translated, 3 missing"),
                generate(catalogs, TranslationPolicy.LENIENT).translations());

        Files.writeString(catalogs.resolve("orders.de.yaml"), """
                translationOf: orders
                locale: de
                errors:
                  NOT_FOUND: {title: Fehlt}
                  MISSING: {title: Fehlt}
                  LOCKED: {message: {text: Gesperrt., source: nothex!}}
                  LOCKD: {title: Gesperrt}
                """);
        Files.writeString(catalogs.resolve("orders.it.yaml"), "translationOf: orders\nlocale: it\nerrors: {}\n");
        Files.writeString(catalogs.resolve("orders.en.yaml"), "translationOf: orders\nlocale: en\nerrors: {}\n");
        Files.writeString(catalogs.resolve("other.yaml"), "translationOf: ordres\nlocale: de\nerrors: {}\n");
        assertEquals(List.of(
                "orders.de.yaml:4:22: [duplicate-translation] the de 'title' of error NOT_FOUND is translated at"
                        + " orders.yaml:8:32 already; keep one of them",
                "orders.de.yaml:5:3: [unknown-error] this file translates error MISSING, which catalog 'orders' does"
                        + " not have; correct the name, or remove the entry",
                "orders.de.yaml:6:47: [invalid-value] 'source' of 'message' of error LOCKED is 'nothex!', not a source"
                        + " hash of 8 lower-case hex digits; leave it to the import goal, which writes it, or remove it",
                "orders.de.yaml:7:3: [unknown-error] this file translates error LOCKD, which catalog 'orders' does"
                        + " not have; did you mean LOCKED?",
                "orders.en.yaml:2:9: [unknown-locale] this file translates catalog 'orders' into 'en', which is not one"
                        + " of its other locales [de, fr]; 'en' is its default locale, whose texts are the catalog's own:"
                        + " move them into orders.yaml, or correct 'locale'",
                "orders.it.yaml:2:9: [unknown-locale] this file translates catalog 'orders' into 'it', which is not one"
                        + " of its other locales [de, fr]; add it to 'locales' of orders.yaml, or correct 'locale'",
                "other.yaml:1:16: [unknown-catalog] this file translates a catalog with the id 'ordres', but no catalog"
                        + " file has that id; write the id of the catalog it translates (orders)"),
                problems(catalogs, TranslationPolicy.LENIENT));
    }

    @Test
    void aChildsFileOfTranslationsTranslatesItsOwnErrorsAndIsToldWhereTheInheritedOnesAre() throws Exception {
        Path catalogs = catalogs();
        Files.writeString(catalogs.resolve("shop.yaml"), """
                id: shop
                title: Shop API
                extends: orders
                locales: [en, de]
                errors:
                  SOLD_OUT: {code: sold_out, status: 409, title: {en: Sold out}, message: {en: Sold out.}}
                """);
        Files.writeString(catalogs.resolve("shop.de.yaml"), """
                translationOf: shop
                locale: de
                errors:
                  SOLD_OUT: {title: Ausverkauft}
                  LOCKED: {message: Gesperrt.}
                """);
        assertEquals(List.of("shop.de.yaml:5:3: [unknown-error] this file translates error LOCKED, which catalog 'shop'"
                + " does not have of its own (an inherited error is translated with its catalog); correct the name,"
                + " or remove the entry"), problems(catalogs, TranslationPolicy.LENIENT));
    }
}
