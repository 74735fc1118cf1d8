package io.errorcatalog.model;

/** Where the characters of one text value are in its file: a YAML text may be quoted, escaped or folded. */
@FunctionalInterface
public interface TextPositions {

    /** The file, line and column of character {@code offset} (0-based) of the value. */
    SourceLocation at(int offset);
}
