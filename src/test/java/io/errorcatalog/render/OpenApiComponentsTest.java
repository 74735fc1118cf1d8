package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.errorcatalog.model.CatalogSet;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI components of the bundled catalogs: a real OpenAPI parser reads them with no message, another
 * document refers to them, and each error's example body is valid against the schema its response names.
 */
class OpenApiComponentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    @Test
    void aRealParserReadsEveryCatalogsComponentsWithNoMessage() throws Exception {
        CatalogSet set = ReferenceFiles.bundled();
        Map<String, String> files = ReferenceFiles.of(set);
        for (var catalog : set.catalogs()) {
            SwaggerParseResult result = parse(files.get(catalog.id().value() + "/openapi.json"));
            assertEquals(List.of(), result.getMessages(), catalog.id().value());
            OpenAPI api = result.getOpenAPI();
            assertEquals("3.1.0", api.getOpenapi());
            assertEquals("2.0.0", api.getInfo().getVersion());
            assertEquals(set.resolve(catalog).errors().size(), api.getComponents().getResponses().size());
        }
    }

    @Test
    void eachErrorHasItsMediaTypeAndSchema() throws Exception {
        Map<String, String> files = ReferenceFiles.of(ReferenceFiles.bundled());
        var edge = parse(files.get("edge-network/openapi.json")).getOpenAPI().getComponents();
        ApiResponse fatal = edge.getResponses().get("INVALID_REQUEST");
        assertEquals(Set.of("application/problem+json"), fatal.getContent().keySet());
        assertEquals("#/components/schemas/Problem", fatal.getContent().get("application/problem+json").getSchema().get$ref());
        ApiResponse warning = edge.getResponses().get("UPSTREAM_SERVICE_WARNING");
        assertEquals("#/components/schemas/ProblemList", warning.getContent().get("application/json").getSchema().get$ref());
        assertNotNull(edge.getResponses().get("TOO_MANY_REQUESTS").getHeaders().get("Retry-After"));
        // The Experience Platform's three shapes: code and message, a message alone, a problem.
        assertEquals(Set.of("CodeMessage", "CodeMessage2", "Problem"), parse(files.get("experience-platform/openapi.json"))
                .getOpenAPI().getComponents().getSchemas().keySet());
        var faq = parse(files.get("api-error-faq/openapi.json")).getOpenAPI().getComponents();
        assertEquals(null, faq.getResponses().values().iterator().next().getContent(), "a catalog with no wire format");
    }

    @Test
    void everyExampleBodyIsValidAgainstItsSchema() throws Exception {
        CatalogSet set = ReferenceFiles.bundled();
        Map<String, String> files = ReferenceFiles.of(set);
        int checked = 0;
        for (var catalog : set.catalogs()) {
            JsonNode document = JSON.readTree(files.get(catalog.id().value() + "/openapi.json"));
            for (var response : iterable(document.at("/components/responses").fields())) {
                for (var media : iterable(response.getValue().path("content").fields())) {
                    JsonNode schema = media.getValue().get("schema");
                    assertEquals(Set.of(), validate(document, schema, media.getValue().get("example")),
                            catalog.id().value() + " " + response.getKey());
                    checked++;
                }
            }
        }
        assertEquals(14 + 9 + 14 + 21, checked, "every error of the catalogs with a wire format");
    }

    @Test
    void aBodyThatBreaksItsSchemaIsFound() throws Exception {
        JsonNode document = JSON.readTree(ReferenceFiles.of(ReferenceFiles.bundled()).get("platform-management/openapi.json"));
        ObjectNode schema = JSON.createObjectNode().put("$ref", "#/components/schemas/Errors");
        assertEquals(1, validate(document, schema, JSON.readTree("{\"errors\": [{\"code\": \"x\"}]}")).size(),
                "an error without its description");
        assertEquals(Set.of(), validate(document, schema, JSON.readTree("{\"errors\": [{\"description\": \"x\"}]}")));
    }

    @Test
    void anApisOwnDocumentRefersToTheComponents(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("errors"));
        Files.writeString(directory.resolve("errors/openapi.json"),
                ReferenceFiles.of(ReferenceFiles.bundled()).get("edge-network/openapi.json"));
        Files.writeString(directory.resolve("api.yaml"), """
                openapi: 3.1.0
                info: {title: Edge, version: "1"}
                paths:
                  /interact:
                    post:
                      responses:
                        "200": {description: OK}
                        "422": {$ref: "errors/openapi.json#/components/responses/INVALID_REQUEST"}
                """);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(directory.resolve("api.yaml").toUri().toString(),
                null, options);
        assertEquals(List.of(), result.getMessages());
        ApiResponse response = result.getOpenAPI().getPaths().get("/interact").getPost().getResponses().get("422");
        ApiResponse resolved = response.get$ref() == null ? response
                : result.getOpenAPI().getComponents().getResponses().get(response.get$ref().replaceAll(".*/", ""));
        assertTrue(resolved.getDescription().startsWith("422 Unprocessable entity: "), resolved.getDescription());
        assertTrue(resolved.getContent().containsKey("application/problem+json"));
    }

    /** A body's problems against a schema of the document, whose references point into the document. */
    static Set<ValidationMessage> validate(JsonNode document, JsonNode schema, JsonNode body) {
        ObjectNode root = schema.deepCopy();
        root.set("components", document.get("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(body);
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
