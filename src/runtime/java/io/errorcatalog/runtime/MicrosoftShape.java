package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Microsoft REST API Guidelines' errors (Azure, Graph): {@code {"error": {"code", "message", "target",
 * "details", "innererror": {"code", "innererror": ...}}}}, codes from general to specific. An error's own
 * code is the most specific one; the general codes above it are its {@code outerCodes}, the first of them
 * the top-level {@code code}. A client reads the deepest code it knows, as the guidelines ask. Parameters
 * travel beside the most specific code, one of them (the {@code targetParameter}) as {@code target}.
 */
@Generated
public final class MicrosoftShape extends WireShape {

    /** The catalog's settings this shape takes, in the order of its constructor's parameters. */
    public static final List<String> SETTINGS = Collections.singletonList("targetParameter");

    /** What each setting is where the catalog does not say: the parameter named {@code target}. */
    public static final List<String> DEFAULTS = Collections.singletonList("target");

    /** The settings an error may give for itself alone: the general codes above its own, comma-separated. */
    public static final List<String> ERROR_SETTINGS = Collections.singletonList("outerCodes");

    private static final String INNER = "innererror";
    private static final String DETAILS = "details";

    private final String targetParameter;

    /**
     * The shape of a catalog's Microsoft error bodies.
     *
     * @param targetParameter the parameter whose value is an error's {@code target}
     */
    public MicrosoftShape(String targetParameter) {
        super(true, "error"); // the guidelines ask for data values as members, so that clients need not parse the text
        this.targetParameter = targetParameter;
    }

    @Override
    Map<String, Object> body(BodyParts parts) {
        List<String> codes = new ArrayList<>();
        if (parts.type != null) {
            for (String outer : parts.type.split(",", -1)) { // empty parts are skipped below
                if (!outer.trim().isEmpty()) {
                    codes.add(outer.trim());
                }
            }
        }
        if (parts.code != null) {
            codes.add(parts.code);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            error.put("code", codes.get(0));
        }
        error.put("message", parts.message);
        Object target = parts.more.parameters.get(targetParameter);
        if (target != null) {
            error.put("target", String.valueOf(target));
        }
        if (!parts.more.details.isEmpty()) {
            error.put(DETAILS, parts.more.details);
        }
        Map<String, Object> specific = error;
        for (int i = 1; i < codes.size(); i++) {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("code", codes.get(i));
            specific.put(INNER, inner);
            specific = inner;
        }
        for (Map.Entry<String, Object> parameter : parts.more.parameters.entrySet()) {
            if (!parameter.getKey().equals(targetParameter)) {
                specific.put(parameter.getKey(), parameter.getValue());
            }
        }
        // Beside the most specific code, as the guidelines let an innererror carry more: a decoded error's
        // deeper innererror, which the catalog does not know, among them.
        specific.putAll(parts.extensions);
        return wrap(error);
    }

    @Override
    boolean isReserved(String member) {
        return member.equals("code") || member.equals("message") || member.equals("target")
                || member.equals(DETAILS) || member.equals(INNER);
    }

    /** The target parameter is the one that travels as {@code target}. */
    @Override
    boolean clashesWith(String parameter) {
        return !parameter.equals(targetParameter) && isReserved(parameter);
    }

    /**
     * The members beside the error's own code but the code: the top level's beyond the shape's own, then
     * those of the level of the error's code, where that is nested; the deeper {@code innererror} the catalog
     * does not know among them, so that it is passed on.
     */
    @Override
    Map<String, Object> extensions(Map<String, ?> error, String code) {
        // The nested level of the error's code; null where that is the top level, or no level has it.
        Map<String, ?> nested = null;
        if (code != null && !code.equals(Bodies.string(error, "code"))) {
            nested = object(error, INNER);
            while (nested != null && !code.equals(Bodies.string(nested, "code"))) {
                nested = object(nested, INNER);
            }
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (Map.Entry<String, ?> member : error.entrySet()) {
            String name = member.getKey();
            if (name != null && (!isReserved(name) || (nested == null && name.equals(INNER)))) {
                extensions.put(name, member.getValue());
            }
        }
        if (nested != null) {
            for (Map.Entry<String, ?> member : nested.entrySet()) {
                if (member.getKey() != null && !member.getKey().equals("code")) {
                    extensions.put(member.getKey(), member.getValue());
                }
            }
        }
        return extensions;
    }

    @Override
    List<Map<String, ?>> details(Map<String, ?> error) {
        return Bodies.items(error, DETAILS);
    }

    @Override
    boolean carriesCode() {
        return true;
    }

    /** The most specific code. */
    @Override
    String code(Map<String, ?> item) {
        List<String> codes = codes(item);
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** The codes along the chain of {@code innererror}s, the deepest first. */
    @Override
    List<String> codes(Map<String, ?> error) {
        List<String> codes = new ArrayList<>();
        for (Map<String, ?> level = error; level != null; level = object(level, INNER)) {
            // Text only, as the guidelines say: google.rpc.Status's numeric code is no code of this shape.
            String code = Bodies.string(level, "code");
            if (code != null) {
                codes.add(0, code);
            }
        }
        return codes;
    }

    @Override
    String messageMember() {
        return "message";
    }

    /** The members of every level but codes and nesting, a deeper level's over a general one's; the target. */
    @Override
    Map<String, ?> parameters(Map<String, ?> error) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (error.get("target") != null) {
            members.put(targetParameter, error.get("target"));
        }
        boolean top = true;
        for (Map<String, ?> level = error; level != null; level = object(level, INNER)) {
            for (Map.Entry<String, ?> member : level.entrySet()) {
                boolean own = top ? isReserved(member.getKey()) : "code".equals(member.getKey()) || INNER.equals(member.getKey());
                if (!own) {
                    members.put(member.getKey(), member.getValue());
                }
            }
            top = false;
        }
        return members;
    }
}
