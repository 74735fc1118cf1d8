package io.errorcatalog.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.errorcatalog.model.MessageTemplate;

/**
 * Escapers, one per target syntax. Each keeps any input string exact in its target and the output
 * pure ASCII, and none lets a string end the construct it is in. They also defuse javac's
 * {@code \}{@code uXXXX} decoding, which happens before comments and literals are recognized.
 */
public final class Escapes {

    private Escapes() {}

    /** {@code \}{@code u} and four lower-case hex digits: a hot path, so no {@code String.format}. */
    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append('\\').append('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((c >> shift) & 0xf, 16));
        }
    }

    /** A Java string literal, quotes included, that evaluates to exactly {@code text}. */
    public static String javaString(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // Octal, not a Unicode escape: javac decodes those before it lexes the literal.
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (c > 0x7e) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text for a Javadoc comment, shown as written: HTML, Javadoc tags, {@code *}{@code /} and
     * backslashes are turned into character references, line breaks into spaces.
     */
    public static String javadoc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String markup = markupReference(c);
            if (markup != null) {
                out.append(markup);
                previous = c;
                continue;
            }
            switch (c) {
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(previous == '*' ? "&#47;" : "/");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(' ');
                    } else if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL
                            || Character.getType(c) == Character.SURROGATE
                            || (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef)) {
                        // javadoc refuses a reference to an unassigned or control character; the text
                        // itself stays exact in the bundles, only its documentation shows a replacement.
                        out.append("&#xfffd;");
                    } else if (c > 0x7e) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append((char) c);
                    }
                }
            }
            previous = c;
        }
        return out.toString();
    }

    /**
     * A URL for the {@code href} of a Javadoc link. javadoc checks an href as a URI, so the character
     * references of {@link #javadoc} do not do there: {@code @} (a block tag), {@code *} (which could end
     * the comment), braces, quotes, angle brackets and every non-ASCII character are percent-encoded
     * (equivalent in a URL), and {@code &} is written {@code &amp;} as HTML wants.
     */
    public static String javadocHref(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '&') {
                out.append("&amp;");
            } else if (c <= 0x20 || c >= 0x7f || "@*{}\"<>\\`".indexOf(c) >= 0) {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a {@code //} or {@code #} comment line: printable ASCII stays, anything else becomes a
     * visible {@code \\uXXXX} that neither javac nor a properties reader decodes.
     */
    public static String commentLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format(Locale.ROOT, "\\\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A {@code .properties} value that {@link java.util.Properties#load} reads back as exactly
     * {@code text}, in ASCII with {@code \}{@code uXXXX} escapes: the one form Java 8 (ISO-8859-1 bundles)
     * and Java 9+ (UTF-8 bundles) read the same.
     */
    public static String propertiesValue(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The bundle pattern the runtime's {@code MessagePattern} formats like {@code template}: each parameter
     * becomes its argument index ({@code {0}}, {@code {0,plain}}, {@code {0,plural,one{# file}other{# files}}},
     * {@code {0,select,...}}), and literal text is quoted as {@link java.text.MessageFormat} quotes it, so
     * apostrophes, braces and a plural's {@code #} stay literal, and a message without plurals reads as it
     * did when {@code MessageFormat} formatted it.
     *
     * @param plain the parameters written in plain digits ({@code format: plain})
     */
    public static String bundlePattern(MessageTemplate template, Map<String, Integer> argumentIndex,
            Set<String> plain) {
        StringBuilder out = new StringBuilder();
        appendPattern(template.parts(), false, argumentIndex, plain, out);
        return out.toString();
    }

    private static void appendPattern(List<MessageTemplate.Part> parts, boolean inPlural,
            Map<String, Integer> argumentIndex, Set<String> plain, StringBuilder out) {
        for (MessageTemplate.Part part : parts) {
            if (part instanceof MessageTemplate.Text text) {
                String literal = text.text().replace("'", "''");
                boolean special = literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0
                        || (inPlural && literal.indexOf('#') >= 0);
                // One quoted run per literal: quoting each brace apart breaks on "{{" ('{''{' reads as {'{).
                out.append(special ? "'" + literal + "'" : literal);
            } else if (part instanceof MessageTemplate.Placeholder placeholder) {
                out.append('{').append(argumentIndex.get(placeholder.name()))
                        .append(plain.contains(placeholder.name()) ? ",plain}" : "}");
            } else if (part instanceof MessageTemplate.PluralNumber) {
                out.append('#');
            } else if (part instanceof MessageTemplate.Choice choice) {
                boolean plural = choice.kind() == MessageTemplate.Kind.PLURAL;
                out.append('{').append(argumentIndex.get(choice.name())).append(',').append(choice.kind().keyword())
                        .append(plural && plain.contains(choice.name()) ? ",plain," : ",");
                for (MessageTemplate.Branch branch : choice.branches()) {
                    out.append(branch.selector()).append('{');
                    appendPattern(branch.parts(), inPlural || plural, argumentIndex, plain, out);
                    out.append('}');
                }
                out.append('}');
            }
        }
    }

    /**
     * Text for HTML, as element content or a quoted attribute value: markup characters become character
     * references, and what HTML forbids in a document (controls other than tab and line breaks, lone
     * surrogates, noncharacters) becomes U+FFFD, so catalog text can never become markup or script.
     */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            String markup = c == '\'' ? "&#39;" : markupReference(c);
            if (markup != null) {
                out.append(markup);
            } else {
                out.appendCodePoint(c == '\r' ? '\n' : forbiddenInDocuments(c) ? 0xfffd : c);
            }
        });
        return out.toString();
    }

    /**
     * Text for HTML as {@link #html} makes it, with a place to break the line ({@code <wbr>}) after each
     * {@code _}, {@code -}, {@code .} and {@code /}: a long code ({@code payment_provider_down}) wraps between its
     * parts, never inside one.
     */
    public static String htmlBreakingAfterSeparators(String text) {
        // The references html() writes hold none of the separators, so they cannot be cut.
        return html(text).replaceAll("[_\\-./]", "$0<wbr>");
    }

    /**
     * Text for one line of Markdown (CommonMark with GitHub's tables): every character that can start markup
     * (emphasis, code, links, HTML, entities, table cells, math) is backslash-escaped, and so is one that would
     * start a block at the start of the text (a list item, a heading); line breaks become spaces, so a text
     * cannot end the table row or list item it is in.
     */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        // Where a block marker could still begin: before anything but spaces, or in a first run of digits.
        boolean start = true;
        boolean digits = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\t' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                c = ' ';
            }
            boolean marker = start && "+-=".indexOf(c) >= 0 || digits && (c == '.' || c == ')');
            if (marker || "\\`*_[]<>&!|~#$".indexOf(c) >= 0) {
                out.append('\\').appendCodePoint(c);
            } else {
                out.appendCodePoint(forbiddenInDocuments(c) ? 0xfffd : c);
            }
            boolean digit = c >= '0' && c <= '9';
            digits = digit && (start || digits);
            start = start && c == ' ';
        }
        return out.toString();
    }

    /**
     * The fence of a Markdown code block that holds {@code code}: more backticks than any run of them in it
     * (at least three), so nothing in the code can close the block.
     */
    public static String markdownFence(String code) {
        return "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
    }

    /**
     * A Markdown code span that shows {@code code} as it is (line breaks as spaces): opened and closed by a run
     * of backticks longer than any in it, padded with a space where it starts or ends with one.
     */
    public static String markdownCode(String code) {
        StringBuilder shown = new StringBuilder(code.length());
        code.codePoints().forEach(c -> shown.appendCodePoint(c == '\n' || c == '\r' ? ' '
                : forbiddenInDocuments(c) ? 0xfffd : c));
        String line = shown.toString();
        String fence = "`".repeat(longestBacktickRun(line) + 1);
        String padding = line.startsWith("`") || line.endsWith("`") || line.isBlank() ? " " : "";
        return fence + padding + line + padding + fence;
    }

    /**
     * {@link #markdownCode} for a cell of a table: GitHub's tables split a row at every {@code |} that is not
     * escaped, in code spans too, and read {@code \|} there as {@code |}.
     */
    public static String markdownCellCode(String code) {
        return markdownCode(code).replace("|", "\\|");
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * An element id as the fragment of a link to it: UTF-8, every character but ASCII letters, digits and
     * {@code -._~} percent-encoded. Browsers match the decoded fragment against ids, so the link finds the
     * element whatever its id holds, and the fragment needs no escaping in HTML or in a Markdown link.
     */
    public static String fragment(String id) {
        StringBuilder out = new StringBuilder("#");
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The character reference that HTML (and so Javadoc) needs for a character of markup, or null for another. */
    private static String markupReference(int c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }

    /** Controls (but tab and line breaks), lone surrogates and noncharacters: no document may hold them. */
    private static boolean forbiddenInDocuments(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f
                || Character.getType(c) == Character.SURROGATE || (c & 0xfffe) == 0xfffe || c >= 0xfdd0 && c <= 0xfdef;
    }

    /** {@code items} joined by {@code ", "}; for argument lists the view objects build. */
    public static String commaSeparated(List<String> items) {
        return String.join(", ", items);
    }
}
