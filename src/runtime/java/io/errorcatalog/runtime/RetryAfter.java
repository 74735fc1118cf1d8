package io.errorcatalog.runtime;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Reads the {@code Retry-After} header in every form RFC 9110 (10.2.3) allows; never throws. */
@Generated
final class RetryAfter {

    /** RFC 9110's preferred date form, and the two obsolete ones a recipient must also accept. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    /** RFC 850 without its weekday, which is checked against the year only after the century is known. */
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    /** The longest wait a Retry-After gives: longer ones would overflow a retry library's arithmetic. */
    static final Duration LONGEST_WAIT = Duration.ofDays(365);

    private RetryAfter() {
    }

    /**
     * Reads a {@code Retry-After} value: delta-seconds or an HTTP-date.
     *
     * @param value the header's value, or {@code null}
     * @param now the time the response was received, to which a date is relative
     * @return how long to wait, at most {@link #LONGEST_WAIT}; zero for a date in the past; null for no
     *     value, a negative number or anything that is neither form
     */
    static Duration parse(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.isEmpty() && allDigits(trimmed)) {
            // More digits than a long holds is "a very long time", not an error.
            return trimmed.length() > 18 ? LONGEST_WAIT : shortest(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        Instant date = parseHttpDate(trimmed, now);
        if (date == null) {
            return null;
        }
        return date.isAfter(now) ? shortest(Duration.between(now, date)) : Duration.ZERO;
    }

    /** A wait as delta-seconds, the form of {@code Retry-After}: whole seconds, rounded up. */
    static long seconds(Duration wait) {
        return wait.getNano() == 0 ? wait.getSeconds() : wait.getSeconds() + 1;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Duration shortest(Duration wait) {
        return wait.compareTo(LONGEST_WAIT) <= 0 ? wait : LONGEST_WAIT;
    }

    private static Instant parseHttpDate(String value, Instant now) {
        // A leap second (RFC 9110, 5.6.7) is read as the second after 23:59:59.
        boolean leapSecond = value.contains(":60 ") || value.endsWith(":60");
        Instant parsed = parseDate(leapSecond ? value.replace(":60", ":59") : value, now);
        return parsed == null || !leapSecond ? parsed : parsed.plusSeconds(1);
    }

    private static Instant parseDate(String value, Instant now) {
        try {
            return ZonedDateTime.parse(value, IMF_FIXDATE).toInstant();
        } catch (DateTimeException notImfFixdate) {
            // try the obsolete forms
        }
        int comma = value.indexOf(", ");
        if (comma > 0) {
            try {
                LocalDateTime parsed = LocalDateTime.parse(value.substring(comma + 2), RFC_850);
                // A two-digit year more than 50 years after now's is in the past century (RFC 9110, 5.6.7).
                int thisYear = now.atZone(ZoneOffset.UTC).getYear();
                while (parsed.getYear() > thisYear + 50) {
                    parsed = parsed.minusYears(100);
                }
                String weekday = parsed.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
                return value.substring(0, comma).equals(weekday) ? parsed.toInstant(ZoneOffset.UTC) : null;
            } catch (DateTimeException notRfc850) {
                // try asctime
            }
        }
        try {
            return LocalDateTime.parse(value, ASCTIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
