package io.errorcatalog.model;

/**
 * A value together with the place it was written.
 *
 * @param positions where each character of a text value is in its file, for diagnostics that point into
 *     the text (a brace of a message template); null where the value is not such a text, and then every
 *     character is at {@code location}
 */
public record Located<T>(T value, SourceLocation location, TextPositions positions) {

    public Located(T value, SourceLocation location) {
        this(value, location, null);
    }

    /** Where character {@code offset} (0-based) of the text value is; its start where that is not known. */
    public SourceLocation locationAt(int offset) {
        return positions == null ? location : positions.at(offset);
    }
}
