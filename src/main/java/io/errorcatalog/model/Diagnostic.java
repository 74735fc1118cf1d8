package io.errorcatalog.model;

/**
 * One problem found in a catalog: where it is, its {@link Tag}, what is wrong and how to fix it.
 * Rendered as {@code file:line:column: [tag-id] message}, the form compilers use, so IDEs and CI logs
 * link it to the source.
 */
public record Diagnostic(SourceLocation location, Tag tag, String message) implements Comparable<Diagnostic> {

    @Override
    public String toString() {
        return location + ": [" + tag.id() + "] " + message;
    }

    /** As {@link #toString()}, with the file resolved against {@code directory}, so IDEs and logs link it. */
    public String toString(java.nio.file.Path directory) {
        return directory.resolve(location.file()) + ":" + location.line() + ":" + location.column() + ": ["
                + tag.id() + "] " + message;
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
