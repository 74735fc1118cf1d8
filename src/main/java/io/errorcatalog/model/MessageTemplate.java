package io.errorcatalog.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed message template: literal text and {@code {name}} placeholders. {@code {{} and {@code }}}
 * stand for literal braces; nothing else is special, so apostrophes, {@code #} and the rest are text.
 */
public final class MessageTemplate {

    /** A piece of a template: literal text, or a placeholder (then {@code text} is the parameter name). */
    public record Segment(boolean placeholder, String text) {}

    /** Why a template could not be parsed, and at which character (0-based) of it. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private final List<Segment> segments;

    private MessageTemplate(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    public static MessageTemplate parse(String template) throws SyntaxException {
        if (template.indexOf('{') < 0 && template.indexOf('}') < 0) {
            return new MessageTemplate(template.isEmpty() ? List.of() : List.of(new Segment(false, template)));
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw new SyntaxException("a lone '}' at character " + (i + 1)
                        + "; write '}}' for a literal brace", i);
            } else if (c == '{') {
                int end = template.indexOf('}', i + 1);
                String name = end < 0 ? null : template.substring(i + 1, end);
                if (name == null || !isParameterName(name)) {
                    throw new SyntaxException("'{' at character " + (i + 1) + " starts no parameter like"
                            + " '{field}'; write '{{' for a literal brace", i);
                }
                if (literal.length() > 0) {
                    segments.add(new Segment(false, literal.toString()));
                    literal.setLength(0);
                }
                segments.add(new Segment(true, name));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            segments.add(new Segment(false, literal.toString()));
        }
        return new MessageTemplate(segments);
    }

    /**
     * Parameter names are ASCII letters and digits starting with a lower-case letter, as in
     * {@code {maxLength}}: they become Java parameter names, and cannot then shadow a constant or a type.
     */
    public static boolean isParameterName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!isAsciiLetter(ch) && (ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    public List<Segment> segments() {
        return segments;
    }

    /**
     * The template as a reader is shown it: literal text as it reads, each placeholder as {@code shown}
     * writes it (such as {@code {max: int}}, with its type).
     */
    public String fill(java.util.function.Function<String, String> shown) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append(segment.placeholder() ? shown.apply(segment.text()) : segment.text());
        }
        return out.toString();
    }

    /** A placeholder with the type {@code params} declares for it, {@code {max: int}}, as references show it. */
    public static String withType(String name, List<Parameter> params) {
        for (Parameter param : params) {
            if (param.name().equals(name)) {
                return "{" + name + ": " + param.type().keyword() + "}";
            }
        }
        return "{" + name + "}";
    }

    /** The parameter names this template uses, in order of first use. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Segment segment : segments) {
            if (segment.placeholder()) {
                names.add(segment.text());
            }
        }
        return names;
    }
}
