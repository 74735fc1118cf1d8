package io.errorcatalog.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code {"errors": [{"code": "...", "description": "..."}]}}: several errors in one body. */
@Generated
public final class ErrorsShape extends WireShape {

    /** The catalog's settings this shape takes, in the order of its constructor's parameters. */
    public static final List<String> SETTINGS = Collections.singletonList("parameters");

    /** What each setting is where the catalog does not say: parameters only in the text. */
    public static final List<String> DEFAULTS = Collections.unmodifiableList(Arrays.<String>asList((String) null));

    /** The settings an error may give for itself alone: none. */
    public static final List<String> ERROR_SETTINGS = Collections.emptyList();


    /**
     * The shape of {@code errors} arrays.
     *
     * @param parameters {@code "true"} where the message's arguments travel as members of each error, else null
     */
    public ErrorsShape(String parameters) {
        super(switchedOn(parameters), null);
    }

    @Override
    Map<String, Object> body(BodyParts parts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", Collections.singletonList(member(parts)));
        return body;
    }

    @Override
    Map<String, Object> member(BodyParts parts) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (parts.code != null) {
            item.put("code", parts.code);
        }
        item.put("description", parts.message);
        item.putAll(parts.more.parameters);
        item.putAll(parts.extensions);
        return item;
    }

    @Override
    boolean listsErrors() {
        return true;
    }

    @Override
    boolean isReserved(String member) {
        return member.equals("code") || member.equals("description");
    }

    @Override
    boolean carriesCode() {
        return true;
    }

    @Override
    String code(Map<String, ?> item) {
        return codeValue(item.get("code"));
    }

    @Override
    String messageMember() {
        return "description";
    }
}
