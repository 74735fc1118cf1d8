package io.errorcatalog.model;

/**
 * One problem found in a catalog: where it is, its {@link Tag}, what is wrong and how to fix it.
 * Rendered as {@code file:line:column: [tag-id] message}, the form compilers use, so IDEs and CI logs
 * link it to the source; always on one line (see {@link #oneLine}).
 */
public record Diagnostic(SourceLocation location, Tag tag, String message) implements Comparable<Diagnostic> {

    @Override
    public String toString() {
        return oneLine(location + ": [" + tag.id() + "] " + message);
    }

    /** As {@link #toString()}, with the file resolved against {@code directory}, so IDEs and logs link it. */
    public String toString(java.nio.file.Path directory) {
        return oneLine(directory.resolve(location.file()) + ":" + location.line() + ":" + location.column() + ": ["
                + tag.id() + "] " + message);
    }

    /**
     * A line of a report as a log shows it: messages quote what the catalog wrote (a key, a code, a file name),
     * and a line break or a control character in it would split the line that IDEs and scripts read, forge
     * another one ({@code [INFO] BUILD SUCCESS}) or send a terminal escape sequence. Each is shown as its Java
     * escape instead (a backslash, {@code u} and four hex digits): controls, line and paragraph separators, and
     * the bidirectional overrides that display text in another order than it is written.
     */
    public static String oneLine(String line) {
        return UnicodeEscapes.escaped(line, i -> hidden(line.charAt(i)));
    }

    private static boolean hidden(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byFile = location.file().compareTo(other.location.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(location.line(), other.location.line());
        return byLine != 0 ? byLine : Integer.compare(location.column(), other.location.column());
    }
}
