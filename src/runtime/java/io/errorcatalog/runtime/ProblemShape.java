package io.errorcatalog.runtime;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details: {@code type}, {@code status}, {@code title}, {@code detail}, extension members. */
@Generated
public final class ProblemShape extends WireShape {

    /** The catalog's settings this shape takes, in the order of its constructor's parameters. */
    public static final List<String> SETTINGS =
            Collections.unmodifiableList(Arrays.asList("typeBase", "parameters", "retryable"));

    /**
     * What each setting is where the catalog does not say: no type base, parameters only in the text, no
     * retry advice.
     */
    public static final List<String> DEFAULTS = Collections.unmodifiableList(Arrays.<String>asList(null, null, null));

    /** The extension member of the seconds to wait before retrying, as {@code Retry-After} gives them. */
    static final String RETRY_AFTER = "retryAfter";

    /** The extension member that says whether the same request can succeed later. */
    static final String RETRYABLE = "retryable";

    /** The settings an error may give for itself alone: its own problem type. */
    public static final List<String> ERROR_SETTINGS = Collections.singletonList("type");

    private final String typeBase;
    /** Whether bodies say whether a retry can succeed, in {@link #RETRYABLE}. */
    private final boolean carriesRetryable;

    /**
     * The shape of a catalog's problem details, as catalogs generated for runtime 1.1 make it: no retry advice.
     *
     * @param typeBase the URI a code is appended to, to make an error's type; or null
     * @param parameters {@code "true"} where the message's arguments travel as extension members, else null
     */
    public ProblemShape(String typeBase, String parameters) {
        this(typeBase, parameters, null);
    }

    /**
     * The shape of a catalog's problem details.
     *
     * @param typeBase the URI a code is appended to, to make an error's type; or null
     * @param parameters {@code "true"} where the message's arguments travel as extension members, else null
     * @param retryable {@code "true"} where bodies say whether a retry can succeed ({@code "retryable": true}),
     *     else null
     */
    public ProblemShape(String typeBase, String parameters, String retryable) {
        super(switchedOn(parameters), null);
        this.typeBase = typeBase;
        this.carriesRetryable = switchedOn(retryable);
    }

    @Override
    Map<String, Object> body(BodyParts parts) {
        Map<String, Object> body = problem(parts);
        if (parts.title != null) { // RFC 9457 makes the title optional; an error without one sends none
            body.put("title", parts.title);
        }
        body.put("detail", parts.message);
        more(body, parts);
        return body;
    }

    /** Embedded in a partly successful response, a problem carries its message as its title. */
    @Override
    Map<String, Object> member(BodyParts parts) {
        Map<String, Object> member = problem(parts);
        member.put("title", parts.message);
        more(member, parts);
        return member;
    }

    /** The arguments, the retry advice and the wait, then the extension members. */
    private void more(Map<String, Object> problem, BodyParts parts) {
        problem.putAll(parts.more.parameters);
        if (carriesRetryable && parts.more.retry != Retry.UNSPECIFIED) {
            problem.put(RETRYABLE, parts.more.retry.isRetryable());
        }
        if (parts.more.retryDelay != null) {
            problem.put(RETRY_AFTER, RetryAfter.seconds(parts.more.retryDelay));
        }
        problem.putAll(parts.extensions);
    }

    private Map<String, Object> problem(BodyParts parts) {
        Map<String, Object> body = new LinkedHashMap<>();
        // Without a type, a problem's type is "about:blank" (RFC 9457, 3.1.1): the member is left out.
        String type = parts.type != null ? parts.type : typeBase != null && parts.code != null ? typeBase + parts.code : null;
        if (type != null) {
            body.put("type", type);
        }
        if (parts.status != 0) {
            body.put("status", parts.status);
        }
        return body;
    }

    @Override
    boolean isReserved(String member) {
        return member.equals("type") || member.equals("status") || member.equals("title") || member.equals("detail")
                || member.equals(RETRY_AFTER) || (carriesRetryable && member.equals(RETRYABLE));
    }

    /** RFC 9457's {@code instance} too, which code gives as an extension member, not a parameter. */
    @Override
    boolean clashesWith(String parameter) {
        return isReserved(parameter) || parameter.equals("instance");
    }

    @Override
    Duration retryDelay(Map<String, ?> error) {
        Object seconds = error.get(RETRY_AFTER);
        boolean wait = (seconds instanceof Integer || seconds instanceof Long) && ((Number) seconds).longValue() >= 0;
        return wait ? RetryAfter.parse(seconds.toString(), null) : null;
    }

    /** {@code retryable: true} advises a retry after a delay, {@code false} none; only where bodies carry it. */
    @Override
    Retry retry(Map<String, ?> error) {
        Object advice = carriesRetryable ? error.get(RETRYABLE) : null;
        if (Boolean.TRUE.equals(advice)) {
            return Retry.AFTER_DELAY;
        }
        return Boolean.FALSE.equals(advice) ? Retry.NEVER : Retry.UNSPECIFIED;
    }

    @Override
    boolean carriesCode() {
        return typeBase != null;
    }

    @Override
    String code(Map<String, ?> item) {
        String type = Bodies.string(item, "type");
        return typeBase != null && type != null && type.startsWith(typeBase) ? type.substring(typeBase.length()) : null;
    }

    @Override
    String messageMember() {
        return "detail";
    }

    @Override
    String identity(String ownType) {
        return ownType;
    }

    @Override
    String identityIn(Map<String, ?> item) {
        return Bodies.string(item, "type");
    }
}
