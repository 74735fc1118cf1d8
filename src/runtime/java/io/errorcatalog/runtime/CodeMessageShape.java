package io.errorcatalog.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code {"error_code": "403010", "message": "..."}}: a code member and a message member, names as the API says. */
@Generated
public final class CodeMessageShape extends WireShape {

    /** The catalog's settings this shape takes, in the order of its constructor's parameters. */
    public static final List<String> SETTINGS =
            Collections.unmodifiableList(Arrays.asList("codeField", "messageField", "parameters"));

    /** What each setting is where the catalog does not say. */
    public static final List<String> DEFAULTS =
            Collections.unmodifiableList(Arrays.asList("error_code", "message", null));

    /** The settings an error may give for itself alone: none. */
    public static final List<String> ERROR_SETTINGS = Collections.emptyList();

    private final String codeMember;
    private final String messageMember;

    /**
     * The shape of a catalog's bodies, with the member names its API uses.
     *
     * @param codeMember the member with the code, or null where the body has none
     * @param messageMember the member with the message
     * @param parameters {@code "true"} where the message's arguments travel as members, else null
     */
    public CodeMessageShape(String codeMember, String messageMember, String parameters) {
        super(switchedOn(parameters), null);
        this.codeMember = codeMember;
        this.messageMember = messageMember;
    }

    @Override
    Map<String, Object> body(BodyParts parts) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (codeMember != null && parts.code != null) {
            body.put(codeMember, parts.code);
        }
        body.put(messageMember, parts.message);
        body.putAll(parts.more.parameters);
        body.putAll(parts.extensions);
        return body;
    }

    @Override
    boolean isReserved(String member) {
        return member.equals(codeMember) || member.equals(messageMember);
    }

    @Override
    boolean carriesCode() {
        return codeMember != null;
    }

    @Override
    String code(Map<String, ?> item) {
        return codeMember == null ? null : codeValue(item.get(codeMember));
    }

    @Override
    String messageMember() {
        return messageMember;
    }

    /** Without a code member, the message member alone tells the shape's first error. */
    @Override
    String identity(String ownType) {
        return codeMember == null ? "{" + messageMember + "}" : null;
    }

    @Override
    String identityIn(Map<String, ?> item) {
        return codeMember == null && Bodies.string(item, messageMember) != null ? "{" + messageMember + "}" : null;
    }
}
