package io.errorcatalog.runtime;

import java.math.BigInteger;
import java.util.Map;

/**
 * How an API puts its errors in response bodies: each shape is one subclass, which writes a body and
 * reads one back. Bodies are the maps and lists any JSON library writes and parses, so the runtime needs
 * none. The constructors of the shapes take the settings a catalog's {@code wire} gives, in the order of
 * each shape's {@code SETTINGS}.
 */
@Generated
public abstract class WireShape {

    /** Only the shapes of this runtime: decoding relies on knowing them all. */
    WireShape() {
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

    /** Whether a body of this shape carries the error's code, so that a body without one is not that error. */
    abstract boolean carriesCode();

    /** The code a body gives in this shape's place for it, or null. */
    abstract String code(Map<String, ?> item);

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

    /** A member's value as a code: a text, or a whole number as the API wrote it; else null. */
    static String codeValue(Object value) {
        boolean wholeNumber = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
        return value instanceof String || wholeNumber ? String.valueOf(value) : null;
    }
}
