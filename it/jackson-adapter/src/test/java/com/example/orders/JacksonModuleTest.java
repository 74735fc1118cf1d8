package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.errorcatalog.it.errorcatalog.CatalogJacksonModule;

class JacksonModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogJacksonModule());

    @Test
    void aServiceWritesTheExceptionAsItsProblemBody() throws Exception {
        String json = mapper.writeValueAsString(OrdersError.quantityTooHigh(10).withExtension("instance", "/orders/7"));
        assertEquals(mapper.readTree("{\"type\": \"https://orders.example.com/errors/quantity-too-high\", \"status\": 422,"
                + " \"title\": \"Quantity too high\", \"detail\": \"At most 10 items per order.\", \"instance\": \"/orders/7\"}"),
                mapper.readTree(json));
    }

    @Test
    void theModuleWritesInTheLocaleItIsGiven() throws Exception {
        ObjectMapper german = new ObjectMapper().registerModule(new CatalogJacksonModule(Locale.GERMAN));
        JsonNode body = german.readTree(german.writeValueAsString(OrdersError.ORDER_LOCKED.exception()));
        assertEquals("Die Bestellung wird bearbeitet.", body.get("detail").asText());
    }

    @Test
    void aClientReadsTheBodyBackToTheTypedException() throws Exception {
        JsonNode body = mapper.readTree("{\"type\": \"https://orders.example.com/errors/quantity-too-high\","
                + " \"status\": 422, \"title\": \"Quantity too high\", \"detail\": \"At most 10 items per order.\"}");
        OrdersException decoded = CatalogJacksonModule.decode(mapper, OrdersError.CATALOG, 422, body, null);
        assertSame(OrdersError.QUANTITY_TOO_HIGH, decoded.getError());
        assertTrue(decoded instanceof OrdersInputException);
        assertEquals("At most 10 items per order.", decoded.getMessage());
        assertSame(OrdersError.UNKNOWN,
                CatalogJacksonModule.decode(mapper, OrdersError.CATALOG, 418, mapper.readTree("\"teapot\""), null).getError());
    }
}
