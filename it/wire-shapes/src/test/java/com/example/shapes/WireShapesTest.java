package com.example.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/** One validation error in each wire shape: written by Jackson, parsed, decoded to the same error and typed arguments. */
class WireShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Object> ARGUMENTS = Arrays.<Object>asList("name", 40, true);

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

    /** Writes the error's body as JSON, parses it, decodes it; returns the parsed body. */
    private static Map<String, Object> roundTrip(ErrorCatalog<?, ?> catalog, CatalogException made, CatalogError error)
            throws Exception {
        String json = JSON.writeValueAsString(made.toBody(Locale.ENGLISH));
        Map<String, Object> body = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        CatalogException decoded = catalog.decode(400, body, null);
        assertSame(error, decoded.getError(), json);
        assertEquals(ARGUMENTS, decoded.getArguments(), json);
        assertEquals(made.getMessage(), decoded.getMessage());
        return body;
    }
}
