package io.errorcatalog.model;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Characters shown as their Java escapes (a backslash, {@code u} and four hex digits, as {@code u001b} for ESC),
 * where the text as it is would do harm.
 */
public final class UnicodeEscapes {

    private UnicodeEscapes() {}

    /**
     * The text with each character at an index {@code escapeAt} accepts written as its escape; the text itself
     * where it accepts none.
     */
    public static String escaped(String text, IntPredicate escapeAt) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            boolean escape = escapeAt.test(i);
            if (escape && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(i)));
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }
}
