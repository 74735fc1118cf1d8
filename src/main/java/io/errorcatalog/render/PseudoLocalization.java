package io.errorcatalog.render;

import io.errorcatalog.model.MessageTemplate;

/**
 * The texts of a pseudo-locale (such as {@code en-XA}), made from the default locale's: every ASCII letter
 * accented, the text about a third longer and in brackets, {@code [Ñöţ ƒöûñð one two]}, so that a UI shows
 * at a glance which of its texts come from the catalog, which do not (they are not accented), and where a
 * longer translation would be cut off. Placeholders, plurals and selects stay as they are; only their
 * literal text is accented, and only the whole message is bracketed and padded.
 */
final class PseudoLocalization {

    /** The accented form of each of {@code a} to {@code z}, then of {@code A} to {@code Z}. */
    private static final String ACCENTED = "\u00e1\u0180\u00e7\u00f0\u00e9\u0192\u011d\u0125\u00ee\u0135\u0137\u013c"
            + "\u0271\u00f1\u00f6\u00fe\u01eb\u0155\u0161\u0163\u00fb\u1e7d\u0175\u1e8b\u00fd\u017e"
            + "\u00c5\u0181\u00c7\u00d0\u00c9\u0191\u011c\u0124\u00ce\u0134\u0136\u013b\u1e40\u00d1\u00d6\u00de\u01ea"
            + "\u0154\u0160\u0162\u00db\u1e7c\u0174\u1e8a\u00dd\u017d";

    /** What pads a text: words, so that it wraps as text does. */
    private static final String PADDING = " one two three four five six seven eight nine ten";

    /** How much longer a text becomes, brackets included: 35%, in the 30-40% that pseudo-locales use. */
    private static final double EXPANSION = 0.35;

    private PseudoLocalization() {}

    /** A text (a title, a cause) in the pseudo-locale. */
    static String text(String text) {
        return "[" + accented(text) + padding(text.length()) + "]";
    }

    /** A message in the pseudo-locale; its length is counted as written, placeholders included. */
    static MessageTemplate message(MessageTemplate message, String written) {
        return message.mapText(PseudoLocalization::accented).surround("[", padding(written.length()) + "]");
    }

    private static String accented(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? ACCENTED.charAt(c - 'a') : c >= 'A' && c <= 'Z'
                    ? ACCENTED.charAt(26 + c - 'A') : c);
        }
        return out.toString();
    }

    /** What makes a text of {@code length} 35% longer with its two brackets: padding words, cut to fit. */
    private static String padding(int length) {
        int extra = (int) Math.ceil(length * EXPANSION) - 2;
        StringBuilder out = new StringBuilder();
        while (out.length() < extra) {
            out.append(PADDING);
        }
        return out.substring(0, Math.max(0, extra));
    }
}
