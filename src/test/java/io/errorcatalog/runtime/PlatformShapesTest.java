package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.errorcatalog.runtime.PlatformError.PlatformException;

/**
 * The shapes of Google's AIP-193 and Microsoft's guidelines on the example bodies of their documentation
 * (test resources {@code wire/}, sources in its README): each decodes to its error with its arguments typed,
 * and renders back to the same JSON.
 */
class PlatformShapesTest {

    /** Azure's example has a trailing comma, which its readers accept. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final Locale US = Locale.forLanguageTag("en-US");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aip193ExampleDecodesToItsReasonWithTheMetadataAsArguments() throws IOException {
        PlatformException decoded = PlatformError.CATALOG.decode(429, example("aip-193.json"), null);
        assertSame(PlatformError.RESOURCE_AVAILABILITY, decoded.getError());
        assertEquals(List.of("us-east1-a", "e2-medium", "local-ssd=3,nvidia-t4=2", "us-central1-f,us-central1-c"),
                decoded.getArguments());
        assertEquals("RESOURCE_AVAILABILITY", decoded.getRawCode());
    }

    @Test
    void aip193ExampleRendersBackEqualFromTheDecodedErrorAndFromOneMadeHere() throws IOException {
        Map<String, Object> example = example("aip-193.json");
        assertEquals(JSON.writeValueAsString(example),
                JSON.writeValueAsString(PlatformError.CATALOG.decode(429, example, null).toBody(US)));
        PlatformException made = PlatformError.CATALOG.exception(PlatformError.RESOURCE_AVAILABILITY, "us-east1-a",
                "e2-medium", "local-ssd=3,nvidia-t4=2", "us-central1-f,us-central1-c");
        assertEquals(JSON.writeValueAsString(example), JSON.writeValueAsString(made.toBody(US)));
    }

    @Test
    void aip193ReasonOfAnotherDomainNamesNoErrorOfTheCatalog() throws IOException {
        Map<String, Object> body = example("aip-193.json");
        Map<String, Object> errorInfo = detail(body, 0);
        errorInfo.put("domain", "pubsub.googleapis.com");
        PlatformException decoded = PlatformError.CATALOG.decode(429, body, null);
        assertSame(PlatformError.UNKNOWN, decoded.getError(), "an error with a reason is not guessed from the status");
        assertEquals(List.of(), decoded.getArguments(), "nor are its members read");
        assertNull(decoded.getRawCode());
    }

    @Test
    void retryInfoIsRenderedAndReadWhereNoRetryAfterHeaderCameAndAdvisesARetry() throws IOException {
        PlatformException made = PlatformError.CATALOG.exception(PlatformError.RESOURCE_AVAILABILITY, "z", "v", "a",
                "w");
        made.withRetryDelay(Duration.ofMillis(1500));
        Map<String, Object> body = JSON.readValue(JSON.writeValueAsString(made.toBody(US)), MAP);
        Map<String, Object> retryInfo = detail(body, 2);
        assertEquals("type.googleapis.com/google.rpc.RetryInfo", retryInfo.get("@type"));
        assertEquals("1.5s", retryInfo.get("retryDelay"));
        PlatformException decoded = PlatformError.CATALOG.decode(429, body, null);
        assertEquals(Optional.of(Duration.ofMillis(1500)), decoded.retryDelay(NOW));
        assertEquals(Optional.of(Duration.ofSeconds(7)), PlatformError.CATALOG.decode(429, body, "7").retryDelay(NOW),
                "the header first");
        detail(body, 0).put("reason", "SOMETHING_NEW");
        PlatformException unknown = PlatformError.CATALOG.decode(429, body, null);
        assertSame(PlatformError.UNKNOWN, unknown.getError());
        assertFalse(PlatformError.UNKNOWN.isRetryable(), "the catalog does not say");
        assertTrue(unknown.isRetryable(), "RetryInfo does");
        assertEquals(Optional.of(Duration.ofMillis(1500)), unknown.retryDelay(NOW));
    }

    @Test
    void protobufDurationsReadAndWriteAsTheJsonMappingHasThem() {
        assertEquals("0s", GoogleRpcShape.protobufDuration(Duration.ZERO));
        assertEquals("30s", GoogleRpcShape.protobufDuration(Duration.ofSeconds(30)));
        assertEquals("0.000000001s", GoogleRpcShape.protobufDuration(Duration.ofNanos(1)));
        assertEquals(Duration.ofSeconds(3, 5_000_000), GoogleRpcShape.parseDuration("3.005s"));
        assertEquals(RetryAfter.LONGEST_WAIT, GoogleRpcShape.parseDuration("99999999999s"));
        assertNull(GoogleRpcShape.parseDuration("-1s"));
        assertNull(GoogleRpcShape.parseDuration("3"));
        assertNull(GoogleRpcShape.parseDuration(3));
    }

    @Test
    void azureExampleDecodesToTheInnerCodeAndRendersBackEqual() throws IOException {
        Map<String, Object> example = example("azure.json");
        PlatformException decoded = PlatformError.CATALOG.decode(400, example, null);
        assertSame(PlatformError.PASSWORD_TOO_SHORT, decoded.getError());
        assertEquals(List.of("target of error", 6), decoded.getArguments());
        assertEquals(JSON.writeValueAsString(example), JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)));
        PlatformException made = PlatformError.CATALOG.exception(PlatformError.PASSWORD_TOO_SHORT, "target of error", 6);
        assertEquals(JSON.writeValueAsString(example), JSON.writeValueAsString(made.toBody(Locale.ENGLISH)));
    }

    @Test
    void graphInnerErrorExampleDecodesToTheDeepestCodeTheCatalogKnowsAndRendersBackEqual() throws IOException {
        Map<String, Object> example = example("graph-innererror.json");
        PlatformException decoded = PlatformError.CATALOG.decode(401, example, null);
        assertSame(PlatformError.PASSWORD_ERROR, decoded.getError(), "passwordDoesNotMeetPolicy and deeper are unknown");
        assertEquals(List.of("password"), decoded.getArguments());
        assertEquals("passwordReuseNotAllowed", decoded.getRawCode(), "the most specific code, as sent");
        assertEquals("Previous passwords may not be reused", decoded.getMessage());
        assertEquals(List.of("innererror"), List.copyOf(decoded.getExtensions().keySet()),
                "what the catalog does not know, below the error's own code, is passed on");
        assertEquals(JSON.writeValueAsString(example), JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)));
    }

    @Test
    void graphDetailsExampleDecodesToItsTopLevelCodeWithItsDetailsAndRendersBackEqual() throws IOException {
        Map<String, Object> example = example("graph-details.json");
        PlatformException decoded = PlatformError.CATALOG.decode(400, example, null);
        assertSame(PlatformError.BAD_REQUEST, decoded.getError());
        assertEquals(List.of("contactInfo"), decoded.getArguments());
        assertEquals(Map.of(), decoded.getExtensions(), "details are the shape's own member");
        List<CatalogException> details = decoded.getDetails();
        assertEquals(List.of("nullValue", "nullValue", "malformedValue"),
                details.stream().map(CatalogException::getRawCode).toList());
        assertEquals(List.of("Phone number must not be null", "Last name must not be null", "Address is not valid"),
                details.stream().map(CatalogException::getMessage).toList());
        assertSame(PlatformError.UNKNOWN, details.get(0).getError(), "codes the catalog does not know");
        assertEquals(400, details.get(0).getHttpStatus(), "the response's");
        assertEquals(JSON.writeValueAsString(example), JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)));
    }

    @Test
    void microsoftDetailOfACodeTheCatalogKnowsDecodesToThatErrorWithItsArguments() throws IOException {
        Map<String, Object> body = example("graph-details.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) ((Map<String, Object>) body.get("error")).get("details"))
                .get(0);
        first.put("code", "badRequest");
        CatalogException detail = PlatformError.CATALOG.decode(400, body, null).getDetails().get(0);
        assertSame(PlatformError.BAD_REQUEST, detail.getError());
        assertEquals(List.of("phoneNumber"), detail.getArguments());
    }

    @Test
    void microsoftExtensionMembersTravelBesideTheMostSpecificCode() throws IOException {
        PlatformException made = PlatformError.CATALOG.exception(PlatformError.PASSWORD_ERROR, "password");
        made.withExtension("date", "2026-01-01T00:00:00");
        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        assertEquals("{\"error\":{\"code\":\"unauthorized\",\"message\":\"Previous passwords may not be reused\","
                + "\"target\":\"password\",\"innererror\":{\"code\":\"passwordError\",\"date\":\"2026-01-01T00:00:00\"}}}",
                json);
        assertEquals(Map.of("date", "2026-01-01T00:00:00"),
                PlatformError.CATALOG.decode(401, JSON.readValue(json, MAP), null).getExtensions());
    }

    @Test
    void microsoftBodyOfAnErrorWithoutOuterCodesHasItsCodeAtTheTop() throws IOException {
        Map<String, Object> body = JSON.readValue(JSON.writeValueAsString(
                PlatformError.CATALOG.exception(PlatformError.BAD_REQUEST, "contactInfo").toBody(Locale.ENGLISH)), MAP);
        assertEquals("{\"error\":{\"code\":\"badRequest\",\"message\":\"Multiple errors in ContactInfo data\","
                + "\"target\":\"contactInfo\"}}", JSON.writeValueAsString(body));
    }

    @Test
    void problemWithParametersCarriesThemAsExtensionMembersAndDecodesThemTyped() throws IOException {
        PlatformException made = PlatformError.CATALOG.exception(PlatformError.FIELD_TOO_LONG, "name", 40, true);
        made.withExtension("instance", "/orders/7");
        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        assertEquals("{\"type\":\"https://platform.example/errors/field_too_long\",\"status\":422,"
                + "\"detail\":\"name is longer than 40 characters.\",\"field\":\"name\",\"max\":40,\"strict\":true,"
                + "\"instance\":\"/orders/7\"}", json);
        PlatformException decoded = PlatformError.CATALOG.decode(422, JSON.readValue(json, MAP), null);
        assertSame(PlatformError.FIELD_TOO_LONG, decoded.getError());
        assertEquals(List.of("name", 40, true), decoded.getArguments());
        assertEquals(Map.of("instance", "/orders/7"), decoded.getExtensions(), "the arguments are no extensions");
        assertEquals(json, JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)));
    }

    @Test
    void argumentsOfTheWrongTypeLeaveTheDecodedErrorWithoutArguments() throws IOException {
        Map<String, Object> body = JSON.readValue("{\"type\":\"https://platform.example/errors/field_too_long\","
                + "\"detail\":\"sent\",\"field\":\"name\",\"max\":40.5,\"strict\":true}", MAP);
        PlatformException decoded = PlatformError.CATALOG.decode(422, body, null);
        assertSame(PlatformError.FIELD_TOO_LONG, decoded.getError());
        assertEquals(List.of(), decoded.getArguments());
        assertEquals("sent", decoded.getMessage(), "the text as sent, as the catalog's needs the arguments");
    }

    @Test
    void problemCarriesItsRetryDelayAsRetryAfterSecondsRoundedUp() throws IOException {
        PlatformException decoded = decodedAfterDelay(PlatformError.QUOTA_EXCEEDED, Duration.ofMillis(2500),
                "{\"type\":\"https://platform.example/errors/quota_exceeded\",\"status\":429,"
                        + "\"detail\":\"The quota is used up.\",\"retryAfter\":3}");
        assertEquals(Optional.of(Duration.ofSeconds(3)), decoded.retryDelay(NOW));
        PlatformException never = PlatformError.CATALOG.exception(PlatformError.PASSWORD_TOO_SHORT, "t", 1);
        never.withRetryDelay(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), PlatformError.CATALOG.decode(400, JSON.readValue(
                JSON.writeValueAsString(never.toBody(Locale.ENGLISH)), MAP), null).retryDelay(NOW),
                "retry: never sends and reads no delay");
    }

    @Test
    void problemWithRetryableCarriesTheAdviceBesideTheDelayAndTheBodysAdviceIsRead() throws IOException {
        String json = "{\"type\":\"https://platform.example/retry/slow_down\",\"status\":429,\"detail\":\"Slow down.\","
                + "\"retryable\":true,\"retryAfter\":2}";
        PlatformException decoded = decodedAfterDelay(PlatformError.SLOW_DOWN, Duration.ofSeconds(2), json);
        assertTrue(decoded.isRetryable());
        assertEquals(Optional.of(Duration.ofSeconds(2)), decoded.retryDelay(NOW), "the body's delay, as no header came");

        Map<String, Object> refused = JSON.readValue(json.replace("true", "false"), MAP);
        PlatformException notRetryable = PlatformError.CATALOG.decode(429, refused, null);
        assertFalse(notRetryable.isRetryable(), "the body's advice over the catalog's");
        assertEquals(Optional.empty(), notRetryable.retryDelay(NOW), "no delay where the body says a retry fails");
    }

    @Test
    void withoutRetryAdviceOnTheWireTheCatalogsAdviceCounts() throws IOException {
        assertFalse(PlatformError.CATALOG.decode(422, JSON.readValue(JSON.writeValueAsString(PlatformError.CATALOG
                .exception(PlatformError.FIELD_TOO_LONG, "name", 40, true).toBody(Locale.ENGLISH)), MAP), null)
                .isRetryable());
        assertTrue(PlatformError.CATALOG.exception(PlatformError.QUOTA_EXCEEDED).isRetryable());
    }

    /**
     * Makes the error with a retry delay, checks its body is {@code json} and renders back equal once decoded,
     * the wait and the advice no extension members; returns it decoded.
     */
    private static PlatformException decodedAfterDelay(PlatformError error, Duration delay, String json)
            throws IOException {
        PlatformException made = PlatformError.CATALOG.exception(error);
        made.withRetryDelay(delay);
        assertEquals(json, JSON.writeValueAsString(made.toBody(Locale.ENGLISH)));
        PlatformException decoded = PlatformError.CATALOG.decode(429, JSON.readValue(json, MAP), null);
        assertEquals(Map.of(), decoded.getExtensions());
        assertEquals(json, JSON.writeValueAsString(decoded.toBody(Locale.ENGLISH)));
        return decoded;
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<Map<String, Object>>() {};

    private static Map<String, Object> example(String name) throws IOException {
        try (InputStream in = PlatformShapesTest.class.getResourceAsStream("wire/" + name)) {
            return JSON.readValue(in, MAP);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Map<String, Object> body, int index) {
        Map<String, Object> error = (Map<String, Object>) body.get("error");
        return ((List<Map<String, Object>>) error.get("details")).get(index);
    }

    @Test
    void anUntypedArgumentMustBeOfItsParametersTypeAsABodyCarriesIt() {
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> PlatformError.CATALOG.exception(PlatformError.FIELD_TOO_LONG, "name", "three", true));
        assertEquals("FIELD_TOO_LONG: {max} is an int, not the String \"three\"", text.getMessage());
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> PlatformError.CATALOG.exception(PlatformError.FIELD_TOO_LONG, "name", 3L, true));
        assertEquals("FIELD_TOO_LONG: {max} is an int, not the Long 3", wide.getMessage());
        assertEquals(Short.valueOf((short) 3), PlatformError.CATALOG.exception(PlatformError.FIELD_TOO_LONG, null,
                (short) 3, false).getArguments().get(1), "a smaller integer fits, and null fits any parameter");
    }
}
