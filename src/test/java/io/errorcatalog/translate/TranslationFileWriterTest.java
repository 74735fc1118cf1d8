package io.errorcatalog.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.errorcatalog.load.CatalogLoader;
import io.errorcatalog.load.TranslationFile;
import io.errorcatalog.load.YamlReader;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.Located;
import io.errorcatalog.translate.TextKey.Field;
import io.errorcatalog.translate.TranslationFileWriter.Translation;

/** What import writes, the catalog loader reads back as it was meant, whatever the texts hold. */
class TranslationFileWriterTest {

    /** Texts YAML would read as something else, or refuse, if written plainly. */
    private static final List<String> TRICKY = List.of("He said \"hi\" and 'bye'", "# no comment", "key: value",
            "  leading spaces", "trailing  ", "two\nlines", "cr\r\nlf", "tab\there", "emoji \uD83D\uDE00 and \uD834\uDD1E",
            "no", "yes", "off", "~", "null", "- item", "{id}", "[x]", "&anchor", "*alias", "!tag", "%directive",
            "@at", "`tick", "back\\slash \\n", "nel\u0085x", "ls\u2028ps\u2029", "bom\uFEFF", "del\u007F",
            "c1\u0090", "bell\u0007", ":", "?", "1.10", "0755", "\u00e9t\u00e9", "a\u0000b",
            // The longest text a catalog may hold, each character as long an escape as any: still within a line.
            "\u0007".repeat(YamlReader.MAX_SCALAR_LENGTH));

    @Test
    void everyTextReadsBackEqualWithItsSource() {
        Map<String, Map<Field, Translation>> errors = new LinkedHashMap<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            Map<Field, Translation> texts = new EnumMap<>(Field.class);
            String source = i % 2 == 0 ? "0123abcd" : null;
            texts.put(Field.TITLE, new Translation(List.of(TRICKY.get(i)), source));
            texts.put(Field.MESSAGE, new Translation(List.of(TRICKY.get(TRICKY.size() - 1 - i)), null));
            texts.put(Field.CAUSES, new Translation(List.of(TRICKY.get(i), "second"), source));
            texts.put(Field.SOLUTIONS, new Translation(List.of(TRICKY.get(i)), "1e100000"));
            errors.put("ERROR_" + i, texts);
        }
        // Names YAML 1.1 reads as booleans and null, as keys.
        errors.put("NO", Map.of(Field.TITLE, new Translation(List.of("no"), null)));
        errors.put("NULL", Map.of(Field.TITLE, new Translation(List.of("null"), null)));
        String yaml = TranslationFileWriter.write("orders", "orders.yaml", "no", errors);

        Diagnostics diagnostics = new Diagnostics();
        TranslationFile file = new CatalogLoader().load("orders.no.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                diagnostics, java.util.Map.of(), true).translations().orElseThrow();
        assertTrue(diagnostics.isEmpty(), diagnostics.kept().toString());
        assertEquals("orders", file.catalogId().value());
        assertEquals("no", file.locale().value());
        Map<String, Map<Field, Translation>> read = new LinkedHashMap<>();
        for (TranslationFile.ErrorTexts texts : file.errors()) {
            Map<Field, Translation> fields = new EnumMap<>(Field.class);
            put(fields, Field.TITLE, text(texts.title()));
            put(fields, Field.MESSAGE, text(texts.message()));
            put(fields, Field.CAUSES, list(texts.causes()));
            put(fields, Field.SOLUTIONS, list(texts.solutions()));
            read.put(texts.name(), fields);
        }
        assertEquals(errors, read);
    }

    @Test
    void aFileOfNoTranslationsIsStillAFileOfTranslations() {
        String yaml = TranslationFileWriter.write("orders", "orders.yaml", "de", Map.of());
        assertEquals("""
                # The de translations of catalog orders (orders.yaml), as error-catalog:import-translations writes them.
                # Translators edit the XLIFF file export-translations writes; the next import rewrites this file.
                translationOf: "orders"
                locale: "de"
                errors: {}
                """, yaml);
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new CatalogLoader().load("orders.de.yaml", yaml.getBytes(StandardCharsets.UTF_8), diagnostics,
                java.util.Map.of(), true).translations().orElseThrow().errors().isEmpty());
        assertTrue(diagnostics.isEmpty(), diagnostics.kept().toString());
    }

    private static void put(Map<Field, Translation> fields, Field field, Translation translation) {
        if (translation != null) {
            fields.put(field, translation);
        }
    }

    private static Translation text(TranslationFile.Translation<String> text) {
        return text == null ? null : new Translation(List.of(text.value().value()), text.source());
    }

    private static Translation list(TranslationFile.Translation<List<Located<String>>> list) {
        if (list == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        list.value().value().forEach(item -> items.add(item.value()));
        return new Translation(items, list.source());
    }
}
