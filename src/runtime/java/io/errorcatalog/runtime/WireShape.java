package io.errorcatalog.runtime;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an API puts its errors in response bodies: each shape is one subclass, which writes a body and
 * reads one back. Bodies are the maps and lists any JSON library writes and parses, so the runtime needs
 * none. The constructors of the shapes take the settings a catalog's {@code wire} gives, in the order of
 * each shape's {@code SETTINGS}.
 */
@Generated
public abstract class WireShape {

    /** Whether bodies carry the message's arguments as named members. */
    private final boolean carriesParameters;
    /** The member a body wraps its error in ({@code {"error": {...}}}), or null where the body is the error. */
    private final String wrapper;

    /**
     * Only the shapes of this runtime: decoding relies on knowing them all.
     *
     * @param carriesParameters whether bodies carry the message's arguments as named members
     * @param wrapper the member a body wraps its error in, or null where the body is the error
     */
    WireShape(boolean carriesParameters, String wrapper) {
        this.carriesParameters = carriesParameters;
        this.wrapper = wrapper;
    }

    /** The body of one error. */
    abstract Map<String, Object> body(BodyParts parts);

    /** One error among several in an {@code errors} or {@code warnings} array. */
    Map<String, Object> member(BodyParts parts) {
        return body(parts);
    }

    /** Whether the body itself is an array of errors, so that several errors make one body. */
    boolean listsErrors() {
        return false;
    }

    /** Whether the shape uses the member itself, so that no extension may take its name. */
    abstract boolean isReserved(String member);

    /**
     * Whether a parameter of this name, sent as a member, would take the place of a member the shape gives
     * a meaning of its own: those it uses itself, as the plugin checks before it generates.
     */
    boolean clashesWith(String parameter) {
        return isReserved(parameter);
    }

    /** Whether a body of this shape carries the error's code, so that a body without one is not that error. */
    abstract boolean carriesCode();

    /** The code a body gives in this shape's place for it, or null; {@code item} is what {@link #errorIn} gave. */
    abstract String code(Map<String, ?> item);

    /**
     * The object of a body that is the error: the body itself, or for a shape that wraps it
     * ({@code {"error": {...}}}) that member; null where the body has none. Every other method that reads
     * an item reads what this gives.
     */
    final Map<String, ?> errorIn(Map<String, ?> body) {
        return wrapper == null ? body : object(body, wrapper);
    }

    /** A body of the error, wrapped where the shape wraps it. */
    final Map<String, Object> wrap(Map<String, Object> error) {
        if (wrapper == null) {
            return error;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(wrapper, error);
        return body;
    }

    /**
     * The codes an error gives, the most specific first, for a shape that nests codes from general to
     * specific: decoding takes the first one the catalog knows.
     */
    List<String> codes(Map<String, ?> error) {
        String code = code(error);
        return code == null ? Collections.<String>emptyList() : Collections.singletonList(code);
    }

    /** Whether a body of this shape carries the message's arguments as named members. */
    final boolean carriesParameters() {
        return carriesParameters;
    }

    /**
     * The arguments a body of this shape carries as members, by parameter name: none where it carries none,
     * never a sensitive one.
     */
    final Map<String, Object> sentParameters(Parameters parameters, Object[] arguments) {
        return carriesParameters ? parameters.sent(arguments) : Collections.<String, Object>emptyMap();
    }

    /** Whether a catalog setting switches parameters on: {@code parameters: true}. */
    static boolean switchedOn(String setting) {
        return "true".equals(setting);
    }

    /** The members an error gives its message's parameters in, by parameter name, as sent: its own members. */
    Map<String, ?> parameters(Map<String, ?> error) {
        return error;
    }

    /**
     * The members of an error beyond those the shape uses itself, which a problem calls extension members.
     *
     * @param code the code of the error the body was decoded to, or null
     */
    Map<String, Object> extensions(Map<String, ?> error, String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (Map.Entry<String, ?> member : error.entrySet()) {
            if (member.getKey() != null && !isReserved(member.getKey())) {
                extensions.put(member.getKey(), member.getValue());
            }
        }
        return extensions;
    }

    /** The errors an error gives as its details (the Microsoft guidelines' {@code details}), unwrapped; or none. */
    List<Map<String, ?>> details(Map<String, ?> error) {
        return Collections.emptyList();
    }

    /** Whether the error says a retry can succeed: {@link Retry#UNSPECIFIED} where it does not say. */
    Retry retry(Map<String, ?> error) {
        return Retry.UNSPECIFIED;
    }

    /** How long the error says to wait before retrying, or null where it does not say. */
    Duration retryDelay(Map<String, ?> error) {
        return null;
    }

    /** The member that holds the error's text. */
    abstract String messageMember();

    /**
     * What tells an error of this shape apart in a body that carries no known code, or null.
     *
     * @param ownType the error's own problem type, or null
     */
    String identity(String ownType) {
        return null;
    }

    /** What a body presents to be told apart by {@link #identity(String)}, or null. */
    String identityIn(Map<String, ?> item) {
        return null;
    }

    /** The code of a whole body, unwrapped, or null. */
    final String codeOf(Map<String, ?> body) {
        Map<String, ?> error = errorIn(body);
        return error == null ? null : code(error);
    }

    /** What a whole body presents to be told apart by {@link #identity(String)}, unwrapped, or null. */
    final String identityOf(Map<String, ?> body) {
        Map<String, ?> error = errorIn(body);
        return error == null ? null : identityIn(error);
    }

    /** The object of a body member where it is one; else null. */
    @SuppressWarnings("unchecked")
    static Map<String, ?> object(Map<String, ?> item, String member) {
        Object value = item == null ? null : item.get(member);
        return value instanceof Map ? (Map<String, ?>) value : null;
    }

    /** A member's value as a code: a text, or a whole number as the API wrote it; else null. */
    static String codeValue(Object value) {
        boolean wholeNumber = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
        return value instanceof String || wholeNumber ? String.valueOf(value) : null;
    }
}
