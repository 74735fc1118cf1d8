package io.errorcatalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema in the plugin jar agrees with the plugin: it accepts the catalogs the plugin accepts. */
class CatalogSchemaTest {

    private static JsonSchema schema;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @BeforeAll
    static void loadTheShippedSchema() throws IOException {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream("/io/errorcatalog/catalog-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static List<Path> validCatalogs() throws IOException {
        try (Stream<Path> bundled = Files.list(Path.of("catalog"));
                Stream<Path> golden = Files.list(Path.of("src/test/resources/golden/catalogs"))) {
            return Stream.concat(bundled, golden).filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("validCatalogs")
    void everyCatalogThePluginAcceptsIsValidUnderTheSchema(Path catalog) throws IOException {
        Set<ValidationMessage> problems = schema.validate(YAML.readTree(catalog.toFile()));
        assertEquals(Set.of(), problems, catalog.toString());
    }

    @Test
    void tombstonesAndAcceptedChangesAreValidAndAReasonIsRequired() throws IOException {
        String catalog = "id: a\ntitle: A\nlocales: [en]\naccept: {locale-removed: No readers.}\nerrors: {E: {code: e,"
                + " status: 410, title: T, message: M, removed: {version: 1.1, reason: Gone.}, accept: {status-changed: Ok.}}}";
        assertEquals(Set.of(), schema.validate(YAML.readTree(catalog)));
        assertFalse(schema.validate(YAML.readTree(catalog.replace(", reason: Gone.", ""))).isEmpty());
    }

    @Test
    void aQuotedStatusThePluginAcceptsIsValidToo() throws IOException {
        assertEquals(Set.of(), schema.validate(YAML.readTree(
                "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: \"404\", title: T, message: M}}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 600, title: T, message: M}}",
        "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 400, title: T, mesage: M}}",
        "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 400, title: T, message: M, retry: later}}",
        "id: a\ntitle: A\nlocales: [en]\nerrors: {e: {code: e, status: 400, title: T, message: M}}",
        "id: A B\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 400, title: T, message: M}}",
    })
    void theSchemaRefusesWhatThePluginRefuses(String catalog) throws IOException {
        JsonNode node = YAML.readTree(catalog);
        assertTrue(!schema.validate(node).isEmpty(), catalog);
    }

    @Test
    void aPartOfACatalogIsValidAndAPartWithCatalogKeysIsNot() throws IOException {
        assertEquals(Set.of(), schema.validate(YAML.readTree("""
                partOf: mysql
                defaults: {group: server}
                errors:
                  ER_DUP_ENTRY: {code: "1062", status: null, title: Duplicate entry, message: Duplicate entry}
                """)));
        assertFalse(schema.validate(YAML.readTree("partOf: mysql\nlocales: [en]\nerrors: {}\n")).isEmpty());
    }
}
