package io.errorcatalog.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Google's AIP-193 errors, {@code google.rpc.Status} in its JSON mapping: {@code {"error": {"code": 429,
 * "message", "status": "RESOURCE_EXHAUSTED", "details": [...]}}}. The details are an {@code ErrorInfo}
 * whose {@code reason} is the code and whose {@code metadata} holds every parameter (AIP-193 asks for each
 * dynamic value of a message there), a {@code LocalizedMessage} in the body's locale, a {@code RetryInfo}
 * where a delay is known and a {@code Help} link to the error's documentation. {@code message} is the
 * developer-facing text, in the catalog's default locale.
 */
@Generated
public final class GoogleRpcShape extends WireShape {

    /** The catalog's settings this shape takes, in the order of its constructor's parameters. */
    public static final List<String> SETTINGS = Collections.unmodifiableList(Arrays.asList("domain", "helpText"));

    /** What each setting is where the catalog does not say: no domain, AIP-193's text for a help link. */
    public static final List<String> DEFAULTS =
            Collections.unmodifiableList(Arrays.asList(null, "Additional information on this error"));

    /** The settings an error may give for itself alone: none. */
    public static final List<String> ERROR_SETTINGS = Collections.emptyList();

    private static final String TYPE_PREFIX = "type.googleapis.com/google.rpc.";

    private final String domain;
    private final String helpText;

    /**
     * The shape of a catalog's {@code google.rpc.Status} bodies.
     *
     * @param domain the {@code ErrorInfo.domain} of its reasons (the service's name, such as
     *     {@code pubsub.googleapis.com}), or null; a body of another domain names none of its errors
     * @param helpText the description of the {@code Help} link to an error's documentation
     */
    public GoogleRpcShape(String domain, String helpText) {
        super(true, "error"); // AIP-193 asks for every dynamic value of a message in ErrorInfo.metadata
        this.domain = domain;
        this.helpText = helpText;
    }

    @Override
    Map<String, Object> body(BodyParts parts) {
        Map<String, Object> status = new LinkedHashMap<>();
        if (parts.status != 0) {
            status.put("code", parts.status); // the HTTP status, as the JSON mapping of google.rpc.Status has it
        }
        status.put("message", parts.more.defaultMessage);
        status.put("status", parts.more.grpc.name());
        List<Object> details = new ArrayList<>();
        Map<String, Object> errorInfo = detail("ErrorInfo");
        if (parts.code != null) {
            errorInfo.put("reason", parts.code);
        }
        if (domain != null) {
            errorInfo.put("domain", domain);
        }
        if (!parts.more.parameters.isEmpty()) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (Map.Entry<String, Object> parameter : parts.more.parameters.entrySet()) {
                // map<string, string>; a key stays even where its value is empty (AIP-193)
                metadata.put(parameter.getKey(), parameter.getValue() == null ? "" : String.valueOf(parameter.getValue()));
            }
            errorInfo.put("metadata", metadata);
        }
        details.add(errorInfo);
        Map<String, Object> localized = detail("LocalizedMessage");
        localized.put("locale", parts.more.locale);
        localized.put("message", parts.message);
        details.add(localized);
        if (parts.more.retryDelay != null) {
            Map<String, Object> retryInfo = detail("RetryInfo");
            retryInfo.put("retryDelay", protobufDuration(parts.more.retryDelay));
            details.add(retryInfo);
        }
        if (parts.more.documentationUrl != null) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("description", helpText);
            link.put("url", parts.more.documentationUrl);
            Map<String, Object> help = detail("Help");
            help.put("links", Collections.singletonList(link));
            details.add(help);
        }
        status.put("details", details);
        status.putAll(parts.extensions);
        return wrap(status);
    }

    private static Map<String, Object> detail(String type) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("@type", TYPE_PREFIX + type);
        return detail;
    }

    @Override
    boolean isReserved(String member) {
        return member.equals("code") || member.equals("message") || member.equals("status") || member.equals("details");
    }

    /** Parameters travel in {@code ErrorInfo.metadata}, a map of their own. */
    @Override
    boolean clashesWith(String parameter) {
        return false;
    }

    @Override
    boolean carriesCode() {
        return true;
    }

    /** The {@code ErrorInfo.reason}, where its domain is this catalog's (or the catalog names none). */
    @Override
    String code(Map<String, ?> item) {
        Map<String, ?> errorInfo = detailIn(item, "ErrorInfo");
        boolean ours = errorInfo != null && (domain == null || domain.equals(errorInfo.get("domain")));
        return ours ? codeValue(errorInfo.get("reason")) : null;
    }

    @Override
    String messageMember() {
        return "message";
    }

    @Override
    Map<String, ?> parameters(Map<String, ?> error) {
        Map<String, ?> metadata = object(detailIn(error, "ErrorInfo"), "metadata");
        return metadata == null ? Collections.<String, Object>emptyMap() : metadata;
    }

    @Override
    Duration retryDelay(Map<String, ?> error) {
        Map<String, ?> retryInfo = detailIn(error, "RetryInfo");
        return retryInfo == null ? null : parseDuration(retryInfo.get("retryDelay"));
    }

    /** The first detail of a type, or null. */
    private static Map<String, ?> detailIn(Map<String, ?> error, String type) {
        for (Map<String, ?> detail : Bodies.items(error, "details")) {
            if ((TYPE_PREFIX + type).equals(detail.get("@type"))) {
                return detail;
            }
        }
        return null;
    }

    /** A {@code RetryInfo} advises a retry (after its delay); its absence says nothing (AIP-193). */
    @Override
    Retry retry(Map<String, ?> error) {
        return detailIn(error, "RetryInfo") != null ? Retry.AFTER_DELAY : Retry.UNSPECIFIED;
    }

    /** A {@code google.protobuf.Duration} in JSON: seconds, with up to nine decimals, then {@code s}. */
    static String protobufDuration(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.stripTrailingZeros().toPlainString() + "s";
    }

    /** A {@code google.protobuf.Duration} read back, at most a year; null where the value is none. */
    static Duration parseDuration(Object value) {
        // toString, not a cast: Error Prone would ask for a pattern, which Java 8 does not have
        String text = value instanceof String ? value.toString() : "";
        if (!text.matches("[0-9]{1,11}(\\.[0-9]{1,9})?s")) {
            return null;
        }
        BigDecimal seconds = new BigDecimal(text.substring(0, text.length() - 1));
        Duration duration = Duration.ofSeconds(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        return duration.compareTo(RetryAfter.LONGEST_WAIT) > 0 ? RetryAfter.LONGEST_WAIT : duration;
    }
}
