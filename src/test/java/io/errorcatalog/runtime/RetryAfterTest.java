package io.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:07Z");

    @Test
    void eachFormOfRfc9110IsRead() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse(" 120 ", NOW), "surrounding space");
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW), "IMF-fixdate");
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW), "RFC 850");
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Sun Nov  6 08:49:37 1994", NOW), "asctime");
        assertEquals(Duration.ZERO, RetryAfter.parse("Sat, 05 Nov 1994 08:49:37 GMT", NOW), "a past date");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "-5", "1.5", "soon", "Mon, 06 Nov 1994 08:49:37 GMT", "Monday, 06-Nov-94 08:49:37 GMT",
        "06-Nov-94 08:49:37 GMT", "120s", "\u0661\u0662"})
    void anythingElseIsNoWaitAndNeverThrows(String value) {
        assertNull(RetryAfter.parse(value, NOW));
    }

    @Test
    void waitsAreBoundedToAYear() {
        Instant now = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(Duration.ofDays(365), RetryAfter.parse("99999999999999999999999", now), "more than a long");
        assertEquals(Duration.ofDays(365), RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", now));
        assertEquals(Duration.ofSeconds(1), RetryAfter.parse("Sun, 06 Nov 1994 08:49:38 GMT", now));
    }

    @Test
    void aLeapSecondIsTheSecondAfter235959() {
        Instant now = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(Duration.ofHours(15).plusMinutes(10).plusSeconds(23),
                RetryAfter.parse("Sun, 06 Nov 1994 23:59:60 GMT", now));
    }

    @Test
    void aTwoDigitYearFarAheadIsInThePastCentury() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Duration.ZERO, RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", now), "1994, not 2094");
    }
}
