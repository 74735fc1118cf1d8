package io.errorcatalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema in the plugin jar agrees with the plugin: it accepts the catalogs the plugin accepts, knows
 * the keys the loader knows, and describes each, for the editors that show it as a catalog is written.
 */
class CatalogSchemaTest {

    private static final String SCHEMA = "/io/errorcatalog/catalog-v1.schema.json";
    private static JsonSchema schema;
    private static JsonNode tree;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @BeforeAll
    static void loadTheShippedSchema() throws IOException {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream(SCHEMA)) {
            tree = new ObjectMapper().readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree);
    }

    /** Each map of the format: where the schema lists its keys, and the keys the loader accepts there. */
    static Stream<Arguments> mapsOfTheFormat() {
        return Stream.of(
                Arguments.of("/$defs/catalog/properties", CatalogLoader.CATALOG_KEYS),
                Arguments.of("/$defs/part/properties", CatalogLoader.PART_KEYS),
                Arguments.of("/$defs/catalog/properties/defaults/properties", CatalogLoader.DEFAULTS_KEYS),
                Arguments.of("/$defs/part/properties/defaults/properties", CatalogLoader.DEFAULTS_KEYS),
                Arguments.of("/$defs/group/properties", CatalogLoader.GROUP_KEYS),
                Arguments.of("/$defs/error/properties", CatalogLoader.ERROR_KEYS),
                Arguments.of("/$defs/parameter/oneOf/1/properties", CatalogLoader.PARAMETER_KEYS),
                Arguments.of("/$defs/wire/properties", CatalogLoader.WIRE_KEYS));
    }

    @ParameterizedTest
    @MethodSource("mapsOfTheFormat")
    void theSchemaHasTheKeysTheLoaderHas(String pointer, Set<String> loaderKeys) {
        JsonNode properties = tree.at(pointer);
        assertTrue(properties.isObject(), pointer + " is in the schema");
        Set<String> schemaKeys = new TreeSet<>();
        properties.fieldNames().forEachRemaining(schemaKeys::add);
        assertEquals(new TreeSet<>(loaderKeys), schemaKeys, pointer);
    }

    @Test
    void everyKeyAndDefinitionOfTheSchemaHasADescription() {
        assertEquals(List.of(), undescribed(tree), "editors show a key's description as it is written");
    }

    @Test
    void aKeyOrADefinitionWithoutADescriptionIsFound() {
        ObjectNode copy = tree.deepCopy();
        ((ObjectNode) copy.at("/$defs/error/properties/code")).remove("description");
        ((ObjectNode) copy.at("/$defs/catalog/properties/defaults/properties/retry")).remove("description");
        ((ObjectNode) copy.at("/$defs/wire")).remove("description");
        assertEquals(List.of("/$defs/catalog/properties/defaults/properties/retry", "/$defs/error/properties/code",
                "/$defs/wire"), undescribed(copy));
    }

    /** The pointers of the keys (any map's {@code properties}) and the definitions that have no description. */
    private static List<String> undescribed(JsonNode schema) {
        List<String> undescribed = new ArrayList<>();
        undescribed(schema, "", undescribed);
        schema.get("$defs").fields().forEachRemaining(definition -> {
            if (!hasDescription(definition.getValue())) {
                undescribed.add("/$defs/" + definition.getKey());
            }
        });
        return undescribed;
    }

    /** Collects every {@code properties} entry below {@code node} whose schema has no description. */
    private static void undescribed(JsonNode node, String pointer, List<String> undescribed) {
        for (Map.Entry<String, JsonNode> field : iterable(node)) {
            String at = pointer + "/" + field.getKey();
            if (field.getKey().equals("properties") && field.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> property : iterable(field.getValue())) {
                    if (!hasDescription(property.getValue())) {
                        undescribed.add(at + "/" + property.getKey());
                    }
                }
            }
            if (field.getValue().isContainerNode()) {
                undescribed(field.getValue(), at, undescribed);
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        if (node.isArray()) {
            List<Map.Entry<String, JsonNode>> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(Map.entry(String.valueOf(i), node.get(i)));
            }
            return items;
        }
        return node::fields;
    }

    private static boolean hasDescription(JsonNode schema) {
        return schema.path("description").isTextual() && !schema.path("description").asText().isBlank();
    }

    static List<Path> validCatalogs() throws IOException {
        try (Stream<Path> bundled = Files.list(Path.of("catalog"));
                Stream<Path> golden = Files.list(Path.of("src/test/resources/golden/catalogs"));
                Stream<Path> plurals = Files.list(Path.of("src/test/resources/golden-plurals/catalogs"))) {
            return Stream.concat(Stream.concat(bundled, golden), plurals).filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
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
        "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 400, title: T, message: M, params: {n: {format: plain}}}}",
        "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 400, title: T, message: M, params: {n: {type: int, format: bare}}}}",
        "id: a\ntitle: A\nlocales: [en]\nerrors: {E: {code: e, status: 400, title: T, message: M, params: {n: {type: int, typ: int}}}}",
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
