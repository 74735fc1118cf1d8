package com.example.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.example.shapes.azure.AzureError;
import com.example.shapes.codes.CodesError;
import com.example.shapes.google.GoogleError;
import com.example.shapes.lists.ListsError;
import com.example.shapes.problems.ProblemsError;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.errorcatalog.it.errorcatalog.CatalogError;
import io.errorcatalog.it.errorcatalog.CatalogException;
import io.errorcatalog.it.errorcatalog.ErrorCatalog;

/**
 * One validation error in each wire shape: written by Jackson, parsed, decoded to the same error and typed
 * arguments; and one with a sensitive parameter, whose value stays in the process.
 */
class WireShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Object> ARGUMENTS = Arrays.<Object>asList("name", 40, true);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<Map<String, Object>>() {};
    private static final String SECRET = "hunter2-s3cret";

    @Test
    void problemCarriesTheArgumentsAsExtensionMembers() throws Exception {
        Map<String, Object> body = roundTrip(ProblemsError.CATALOG, ProblemsError.fieldTooLong("name", 40, true),
                ProblemsError.FIELD_TOO_LONG);
        assertEquals(40, body.get("max"));
    }

    @Test
    void codeMessageCarriesTheArgumentsBesideTheMessage() throws Exception {
        Map<String, Object> body = roundTrip(CodesError.CATALOG, CodesError.fieldTooLong("name", 40, true),
                CodesError.FIELD_TOO_LONG);
        assertEquals(Boolean.TRUE, body.get("strict"));
    }

    @Test
    void errorsArrayCarriesTheArgumentsInEachError() throws Exception {
        Map<String, Object> body = roundTrip(ListsError.CATALOG, ListsError.fieldTooLong("name", 40, true),
                ListsError.FIELD_TOO_LONG);
        assertEquals("{\"errors\":[{\"code\":\"FIELD_TOO_LONG\",\"description\":\"name is longer than 40 characters"
                + " (strict: true).\",\"field\":\"name\",\"max\":40,\"strict\":true}]}", JSON.writeValueAsString(body));
    }

    @Test
    void googleRpcCarriesTheArgumentsAsErrorInfoMetadata() throws Exception {
        Map<String, Object> body = roundTrip(GoogleError.CATALOG, GoogleError.fieldTooLong("name", 40, true),
                GoogleError.FIELD_TOO_LONG);
        assertEquals("{\"error\":{\"code\":400,\"message\":\"name is longer than 40 characters (strict: true).\","
                + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
                + "\"reason\":\"FIELD_TOO_LONG\",\"domain\":\"shapes.example.com\",\"metadata\":{\"field\":\"name\","
                + "\"max\":\"40\",\"strict\":\"true\"}},{\"@type\":\"type.googleapis.com/google.rpc.LocalizedMessage\","
                + "\"locale\":\"en\",\"message\":\"name is longer than 40 characters (strict: true).\"}]}}",
                JSON.writeValueAsString(body));
    }

    @Test
    void microsoftCarriesTheTargetAndTheArgumentsBesideTheInnerCode() throws Exception {
        Map<String, Object> body = roundTrip(AzureError.CATALOG, AzureError.fieldTooLong("name", 40, true),
                AzureError.FIELD_TOO_LONG);
        assertEquals("{\"error\":{\"code\":\"BadArgument\",\"message\":\"name is longer than 40 characters (strict:"
                + " true).\",\"target\":\"name\",\"innererror\":{\"code\":\"FIELD_TOO_LONG\",\"max\":40,\"strict\":true}}}",
                JSON.writeValueAsString(body));
    }

    @Test
    void sensitiveValueIsInNoBodyMessageOrToStringOfAnyShapeWhileTheArgumentsHaveIt() throws Exception {
        keepsTheSecret(ProblemsError.CATALOG, ProblemsError.signInRefused("ann", SECRET), ProblemsError.SIGN_IN_REFUSED);
        keepsTheSecret(CodesError.CATALOG, CodesError.signInRefused("ann", SECRET), CodesError.SIGN_IN_REFUSED);
        keepsTheSecret(ListsError.CATALOG, ListsError.signInRefused("ann", SECRET), ListsError.SIGN_IN_REFUSED);
        keepsTheSecret(GoogleError.CATALOG, GoogleError.signInRefused("ann", SECRET), GoogleError.SIGN_IN_REFUSED);
        keepsTheSecret(AzureError.CATALOG, AzureError.signInRefused("ann", SECRET), AzureError.SIGN_IN_REFUSED);
    }

    @Test
    void problemWithRetryableSaysARetryFailsAndTheDecodedErrorReadsIt() throws Exception {
        Map<String, Object> body = JSON.readValue(JSON.writeValueAsString(
                ProblemsError.signInRefused("ann", SECRET).toBody(Locale.ENGLISH)), MAP);
        assertEquals(Boolean.FALSE, body.get("retryable"));
        assertFalse(ProblemsError.CATALOG.decode(401, body, null).isRetryable());
    }

    /**
     * The sensitive password is in no body, message, toString or stack trace, the typed arguments have it, and
     * the body decodes to the same error and masked message, the password null as it never travelled.
     */
    private static void keepsTheSecret(ErrorCatalog<?, ?> catalog, CatalogException made, CatalogError error)
            throws Exception {
        assertEquals(Arrays.<Object>asList("ann", SECRET), made.getArguments());
        assertEquals("ann could not sign in with password ***.", made.getMessage());
        StringWriter trace = new StringWriter();
        made.printStackTrace(new PrintWriter(trace));
        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        List<String> shown = Arrays.asList(made.getMessage(), made.getMessage(Locale.ENGLISH),
                made.getLocalizedMessage(), made.toString(), trace.toString(), json,
                JSON.writeValueAsString(CatalogException.bodyOf(Locale.ENGLISH, Collections.singletonList(made))));
        for (String each : shown) {
            assertFalse(each.contains(SECRET), each);
        }
        CatalogException decoded = catalog.decode(401, JSON.readValue(json, MAP), null);
        assertSame(error, decoded.getError(), json);
        assertEquals(Arrays.<Object>asList("ann", null), decoded.getArguments(), json);
        assertEquals(made.getMessage(), decoded.getMessage());
    }

    /** Writes the error's body as JSON, parses it, decodes it; returns the parsed body. */
    private static Map<String, Object> roundTrip(ErrorCatalog<?, ?> catalog, CatalogException made, CatalogError error)
            throws Exception {
        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        Map<String, Object> body = JSON.readValue(json, MAP);
        CatalogException decoded = catalog.decode(400, body, null);
        assertSame(error, decoded.getError(), json);
        assertEquals(ARGUMENTS, decoded.getArguments(), json);
        // The field a client shows beside the input it names, by the parameter's name and typed.
        assertEquals(Optional.of("name"), decoded.getArgument("field", String.class), json);
        assertEquals(Optional.of(40), decoded.getArgument("max", Integer.class), json);
        assertEquals(made.getMessage(), decoded.getMessage());
        return body;
    }
}
