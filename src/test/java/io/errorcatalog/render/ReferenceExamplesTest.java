package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.errorcatalog.generate.Docs;
import io.errorcatalog.generate.DocsRequest;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.runtime.CatalogError;
import io.errorcatalog.runtime.CatalogException;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.runtime.Severity;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;

/**
 * The reference's example bodies are what the generated code sends: a catalog of every wire shape, its arguments
 * travelling as members, is generated, compiled and made to write each error's body with the example arguments
 * (a string parameter's is {@code {name}}, as the example's message shows it), which must be the example that
 * {@code catalog.json} and {@code openapi.json} give; and the OpenAPI schemas declare the members a body can hold.
 */
class ReferenceExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SHOP = """
            id: shop
            title: Shop API
            package: com.example.shop
            locales: [en, de]
            docs: https://shop.example.com/docs/errors
            wire: {format: problem, typeBase: "https://shop.example.com/problems/", parameters: true, retryable: true}
            errors:
              ORDER_NOT_FOUND:
                code: order_not_found
                status: 404
                retry: never
                params: {orderId: string}
                title: {en: Order not found, de: Bestellung nicht gefunden}
                message: {en: "Order {orderId} was not found.", de: "Bestellung {orderId} wurde nicht gefunden."}
              ORDER_LOCKED:
                code: order_locked
                status: 423
                retry: after-delay
                severity: non-fatal
                params: {orderId: string}
                title: Order locked
                message: "Order {orderId} is being changed."
              SIGN_IN_REFUSED:
                code: sign_in_refused
                status: 401
                params: {user: string, password: {type: string, sensitive: true}}
                message: "{user} may not sign in with {password}."
              TOO_MANY_ITEMS:
                code: too_many_items
                status: 400
                retry: never
                params: {count: int, max: long, share: double, gift: boolean, note: string, orderId: long}
                message: "{count} items, at most {max} ({share}, {gift}, {note}, {orderId})."
              CART_FULL:
                code: cart_full
                status: 409
                wire: {format: code-message, parameters: true}
                params: {cartId: string}
                message: "Cart {cartId} is full."
              ITEM_INVALID:
                code: item_invalid
                status: 422
                severity: warning
                wire: {format: errors, parameters: true}
                params: {item: string}
                message: "Item {item} is invalid."
              QUOTA_EXCEEDED:
                code: quota_exceeded
                status: 429
                wire: {format: google-rpc, domain: shop.example.com}
                params: {quota: string}
                message: "Quota {quota} exceeded."
                docs: "#quota"
              PASSWORD_WEAK:
                code: PasswordTooShort
                status: 400
                wire: {format: microsoft, outerCodes: BadArgument}
                params: {target: string, rule: string}
                message: "{target} breaks {rule}."
            """;

    @TempDir
    static Path work;

    private static URLClassLoader loader;
    private static ErrorCatalog<?, ?> shop;
    private static JsonNode catalogJson;
    private static JsonNode openApi;
    private static Map<String, String> files;

    @BeforeAll
    static void generateCompileAndDocument() throws Exception {
        Path catalogs = Files.createDirectories(work.resolve("catalogs"));
        Files.writeString(catalogs.resolve("shop.yaml"), SHOP, StandardCharsets.UTF_8);
        Catalogs.generate(catalogs, work.resolve("out"));
        loader = JavaCompilation.compileAndLoad(work.resolve("out/java"), work.resolve("out/resources"),
                work.resolve("classes"));
        shop = (ErrorCatalog<?, ?>) loader.loadClass("com.example.shop.ShopError").getField("CATALOG").get(null);
        CatalogSet set = new Generator().check(Catalogs.request(catalogs, work.resolve("checked"), null));
        files = new java.util.HashMap<>();
        Docs.render(set, new DocsRequest(work.resolve("docs"), work.resolve("state"), EnumSet.allOf(DocsFormat.class),
                null, "1.0.0", ReleaseHistory.NONE)).forEach(file -> files.put(file.path(), file.content()));
        catalogJson = JSON.readTree(files.get("shop/catalog.json"));
        openApi = JSON.readTree(files.get("shop/openapi.json"));
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    /** The body the generated code sends for the error with these arguments, as a JSON library writes it. */
    private static JsonNode sent(String name, Object... arguments) throws Exception {
        CatalogError error = shop.errors().stream().filter(each -> each.name().equals(name)).findFirst().orElseThrow();
        Method factory = error.getClass().getMethod("exception", Object[].class);
        CatalogException exception = (CatalogException) factory.invoke(error, new Object[] {arguments});
        Map<String, Object> body = error.severity() == Severity.FATAL ? exception.toBody(Locale.ENGLISH)
                : CatalogException.bodyOf(Locale.ENGLISH, List.of(exception));
        return JSON.readTree(JSON.writeValueAsString(body));
    }

    private static JsonNode documented(String name) {
        for (JsonNode error : catalogJson.get("errors")) {
            if (error.get("name").asText().equals(name)) {
                return error.get("example");
            }
        }
        throw new AssertionError("no error " + name + " in catalog.json");
    }

    private static JsonNode openApiExample(String name) {
        return openApi.at("/components/responses/" + name + "/content").elements().next().get("example");
    }

    @Test
    void eachExampleIsTheBodyTheGeneratedCodeSendsForTheExampleArguments() throws Exception {
        Map<String, Object[]> arguments = new java.util.LinkedHashMap<>();
        arguments.put("ORDER_NOT_FOUND", new Object[] {"{orderId}"});
        arguments.put("ORDER_LOCKED", new Object[] {"{orderId}"});
        arguments.put("SIGN_IN_REFUSED", new Object[] {"{user}", "{password}"});
        arguments.put("CART_FULL", new Object[] {"{cartId}"});
        arguments.put("ITEM_INVALID", new Object[] {"{item}"});
        arguments.put("QUOTA_EXCEEDED", new Object[] {"{quota}"});
        arguments.put("PASSWORD_WEAK", new Object[] {"{target}", "{rule}"});
        for (Map.Entry<String, Object[]> error : arguments.entrySet()) {
            JsonNode sent = sent(error.getKey(), error.getValue());
            assertEquals(sent, documented(error.getKey()), error.getKey() + " in catalog.json");
            assertEquals(sent, openApiExample(error.getKey()), error.getKey() + " in openapi.json");
        }
        assertEquals("{orderId}", documented("ORDER_NOT_FOUND").get("orderId").asText(), "the trial's case");
        assertEquals(false, documented("ORDER_NOT_FOUND").get("retryable").asBoolean(true), "retry: never");
        assertTrue(!documented("SIGN_IN_REFUSED").has("password"), "a sensitive parameter never travels");
        // The pages show the same bodies, their texts in the page's locale.
        Map.of("shop/en.html", "&quot;detail&quot;: &quot;Order {orderId} was not found.&quot;,\n"
                + "  &quot;orderId&quot;: &quot;{orderId}&quot;,\n  &quot;retryable&quot;: false",
                "shop/de.md", "\"detail\": \"Bestellung {orderId} wurde nicht gefunden.\",\n  \"orderId\": \"{orderId}\"")
                .forEach((page, body) -> assertTrue(files.get(page).contains(body), files.get(page)));
    }

    @Test
    void aNumberOrABooleanIsSentTypedAsTheExampleShowsIt() throws Exception {
        JsonNode example = documented("TOO_MANY_ITEMS");
        JsonNode sent = sent("TOO_MANY_ITEMS", 0, 0L, 0.0, false, "{note}", 0L);
        for (String member : List.of("type", "status", "count", "max", "share", "gift", "note", "orderId", "retryable")) {
            assertEquals(sent.get(member), example.get(member), member);
        }
        assertEquals("{count} items, at most {max} ({share}, {gift}, {note}, {orderId}).", example.get("detail").asText(),
                "the message shows its placeholders by name");
    }

    @Test
    void theSchemasDeclareEveryMemberABodyCanHold() {
        JsonNode problem = openApi.at("/components/schemas/Problem/properties");
        assertEquals("[\"string\",\"integer\"]", problem.at("/orderId/type").toString(), "a text here, a number there");
        assertEquals("string", problem.at("/user/type").asText());
        assertTrue(problem.path("password").isMissingNode(), "a sensitive parameter is never sent");
        assertEquals("integer", problem.at("/count/type").asText());
        assertEquals("integer", problem.at("/max/type").asText());
        assertEquals("number", problem.at("/share/type").asText());
        assertEquals("boolean", problem.at("/gift/type").asText());
        assertEquals("boolean", problem.at("/retryable/type").asText());
        assertEquals("integer", problem.at("/retryAfter/type").asText());
        assertEquals("string", openApi.at("/components/schemas/CodeMessage/properties/cartId/type").asText());
        assertEquals("string", openApi.at("/components/schemas/ErrorsItem/properties/item/type").asText());
        assertEquals(List.of(), OpenApiComponentsTest.parse(files.get("shop/openapi.json")).getMessages());
        // Every example is valid against its schema, and each of its members declared where its schema puts it.
        for (JsonNode response : openApi.at("/components/responses")) {
            JsonNode media = response.get("content").elements().next();
            assertEquals(Set.of(), OpenApiComponentsTest.validate(openApi, media.get("schema"), media.get("example")));
            String schema = media.at("/schema/$ref").asText().replace("#/components/schemas/", "");
            JsonNode example = media.get("example");
            if (schema.equals("Problem") || schema.equals("CodeMessage")) {
                assertDeclared(openApi.at("/components/schemas/" + schema + "/properties"), example, schema);
            } else if (schema.equals("ProblemList")) {
                for (String array : List.of("errors", "warnings")) {
                    example.path(array).forEach(member -> assertDeclared(
                            openApi.at("/components/schemas/Problem/properties"), member, schema));
                }
            } else if (schema.startsWith("Errors")) {
                for (String array : List.of("errors", "warnings")) {
                    example.path(array).forEach(member -> assertDeclared(
                            openApi.at("/components/schemas/ErrorsItem/properties"), member, schema));
                }
            }
        }
    }

    private static void assertDeclared(JsonNode properties, JsonNode body, String schema) {
        body.fieldNames().forEachRemaining(member -> assertTrue(properties.has(member),
                "'" + member + "' of " + body + " is not declared in " + schema));
    }
}
