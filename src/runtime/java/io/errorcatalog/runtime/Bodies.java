package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reading the members of a parsed body, whatever JSON library parsed it. */
@Generated
final class Bodies {

    /** How much of a body's text an exception keeps for the log. */
    static final int RAW_BODY_LIMIT = 10_000;

    /** How deep the text of a body for the log goes: real bodies nest a few levels. */
    static final int RAW_BODY_DEPTH = 32;

    /** The members a body's text can be in, where its wire shape does not say. */
    private static final String[] MESSAGE_MEMBERS = {"detail", "message", "description", "errorMessage", "title"};

    private Bodies() {
    }

    /** Whether a member is one that bodies of any shape use for an error itself, where its shape is unknown. */
    static boolean isCommonMember(String member) {
        if (member == null || member.equals("type") || member.equals("status") || member.equals("code")) {
            return true;
        }
        for (String text : MESSAGE_MEMBERS) {
            if (text.equals(member)) {
                return true;
            }
        }
        return false;
    }

    /** The objects of one array member of a body; empty where it has none. */
    @SuppressWarnings("unchecked")
    static List<Map<String, ?>> items(Map<String, ?> body, String member) {
        List<Map<String, ?>> items = new ArrayList<>();
        Object array = body == null ? null : body.get(member);
        if (array instanceof List) {
            for (Object item : (List<Object>) array) {
                if (item instanceof Map) {
                    items.add((Map<String, ?>) item);
                }
            }
        }
        return items;
    }

    /** The status a body item gives, where it is an HTTP status; else the response's. */
    static int status(Map<String, ?> item, int httpStatus) {
        Object status = item == null ? null : item.get("status");
        if (status instanceof Integer || status instanceof Long) {
            long value = ((Number) status).longValue();
            if (value >= 100 && value <= 599) {
                return (int) value;
            }
        }
        return httpStatus;
    }

    /** The text a body gives for its error: in the shape's member for it, else in the usual ones; or null. */
    static String message(Map<String, ?> item, String shapeMember) {
        if (item == null) {
            return null;
        }
        String message = shapeMember == null ? null : string(item, shapeMember);
        for (int i = 0; message == null && i < MESSAGE_MEMBERS.length; i++) {
            message = string(item, MESSAGE_MEMBERS[i]);
        }
        return message;
    }

    /** A member of a body where it is a string; else null. */
    // Error Prone's PatternMatchingInstanceof (where the consumer compiles for Java 16 or later) asks for
    // "instanceof String s", which Java 8, the language of the runtime, does not have.
    @SuppressWarnings("PatternMatchingInstanceof")
    static String string(Map<String, ?> item, String member) {
        Object value = item.get(member);
        return value instanceof String ? (String) value : null;
    }

    /**
     * A body as text for the log, once per response, cut where it is long: as {@code String.valueOf} writes it,
     * but written only as far as it is kept, and no deeper than {@link #RAW_BODY_DEPTH} levels. A server's body
     * is input: {@code String.valueOf} of one nested a thousand levels deep (which JSON parsers accept) recursed
     * through every level and overflowed a small thread stack, and of a huge one made all of it.
     */
    static String rawText(Map<String, ?> body) {
        if (body == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        appendRaw(text, body, 0);
        return text.length() <= RAW_BODY_LIMIT ? text.toString() : text.substring(0, RAW_BODY_LIMIT) + "...";
    }

    // Error Prone's PatternMatchingInstanceof, as above: Java 8 has no "instanceof Map<?, ?> map".
    @SuppressWarnings("PatternMatchingInstanceof")
    private static void appendRaw(StringBuilder text, Object value, int depth) {
        boolean nested = value instanceof Map || value instanceof Collection;
        if (nested && depth == RAW_BODY_DEPTH) {
            text.append("...");
        } else if (value instanceof Map) {
            text.append('{');
            String separator = "";
            for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
                if (text.length() > RAW_BODY_LIMIT) {
                    break;
                }
                text.append(separator).append(member.getKey()).append('=');
                appendRaw(text, member.getValue(), depth + 1);
                separator = ", ";
            }
            text.append('}');
        } else if (value instanceof Collection) {
            text.append('[');
            String separator = "";
            for (Object item : (Collection<?>) value) {
                if (text.length() > RAW_BODY_LIMIT) {
                    break;
                }
                text.append(separator);
                appendRaw(text, item, depth + 1);
                separator = ", ";
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }
}
