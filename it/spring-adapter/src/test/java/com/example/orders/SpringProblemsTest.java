package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.errorcatalog.it.errorcatalog.CatalogSpringProblems;

class SpringProblemsTest {

    @Test
    void anExceptionBecomesSpringsProblemDetail() {
        ProblemDetail problem = CatalogSpringProblems.toProblemDetail(
                OrdersError.quantityTooHigh(10).withExtension("instance", "/orders/7"), Locale.ENGLISH);
        assertEquals(URI.create("https://orders.example.com/errors/quantity-too-high"), problem.getType());
        assertEquals(422, problem.getStatus());
        assertEquals("Quantity too high", problem.getTitle());
        assertEquals("At most 10 items per order.", problem.getDetail());
        assertEquals(URI.create("/orders/7"), problem.getInstance(), "instance is a standard member of Spring's too");
        assertTrue(problem.getProperties() == null || problem.getProperties().isEmpty());
    }

    @Test
    void aControllerThrowsItAsAnErrorResponse() {
        OrdersException error = OrdersError.ORDER_LOCKED.exception();
        ErrorResponseException response = CatalogSpringProblems.toErrorResponse(error, Locale.GERMAN);
        assertEquals(409, response.getStatusCode().value());
        assertEquals("Die Bestellung wird bearbeitet.", response.getBody().getDetail());
        assertSame(error, response.getCause());
    }
}
