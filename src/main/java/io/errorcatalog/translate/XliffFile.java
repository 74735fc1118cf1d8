package io.errorcatalog.translate;

import java.util.List;

import io.errorcatalog.model.SourceLocation;

/**
 * One {@code <file>} of an XLIFF 1.2 document: one catalog's texts in its default locale and one target locale.
 *
 * @param original the catalog's id
 * @param location where the {@code <file>} element is; null for one about to be written
 */
public record XliffFile(String original, String sourceLanguage, String targetLanguage, SourceLocation location,
        List<Unit> units) {

    public XliffFile {
        units = List.copyOf(units);
    }

    /** The XLIFF 1.2 namespace. */
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

    /**
     * One {@code <trans-unit>}.
     *
     * @param target the translation; null where the unit has none
     * @param state the target's {@code state} as written; null where it has none
     * @param note the context for the translator (only written: a tool's notes are not read back)
     * @param location where the unit is; null for one about to be written
     * @param targetLocation where the translation starts; null where there is none, or for one about to be written
     */
    public record Unit(String id, String source, String target, String state, String note, SourceLocation location,
            SourceLocation targetLocation) {}

    /**
     * The states export writes, which are XLIFF 1.2's for a text not translated yet, one translated from an
     * earlier version of its source, and one translated from this version.
     */
    public enum State {
        NEW("new"), NEEDS_REVIEW("needs-review-translation"), TRANSLATED("translated");

        private final String value;

        State(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /**
     * Whether a target in this state is a translation the translator stands by: XLIFF 1.2's {@code translated},
     * {@code final} and {@code signed-off}, or no state at all (as Weblate writes a translated unit). The
     * others ({@code new}, the {@code needs-} states and a tool's own {@code x-} states) say it still needs work.
     */
    public static boolean confirms(String state) {
        return state == null || state.equals("translated") || state.equals("final") || state.equals("signed-off");
    }

    /** Whether a {@code state} is one XLIFF 1.2 defines, or a tool's own ({@code x-...}). */
    public static boolean isKnownState(String state) {
        return switch (state) {
            case "final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
                    "needs-review-translation", "needs-translation", "new", "signed-off", "translated" -> true;
            default -> state.startsWith("x-");
        };
    }
}
