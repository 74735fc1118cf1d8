package io.errorcatalog.model;

/**
 * A place in a catalog file. Lines and columns count from 1; the file is the path relative to the
 * catalog directory, with {@code /} separators, so diagnostics and generated headers never show a
 * machine's absolute paths.
 */
public record SourceLocation(String file, int line, int column) {

    /** The place of a whole file, for problems that belong to no particular node. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
