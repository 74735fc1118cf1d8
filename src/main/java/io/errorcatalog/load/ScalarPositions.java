package io.errorcatalog.load;

import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.TextPositions;

/**
 * Where each character of a YAML text scalar is in the file, found from the scalar as written: a plain,
 * quoted or block scalar, with its escapes ({@code \"}, {@code \u00e4}, {@code ''}), line breaks and
 * indentation. The value's characters are matched to the written ones in order; a written character that
 * is none of the value's (a quote, an indentation, a block header, the second of {@code ''}) is skipped,
 * an escape stands for the character it makes, a line break for the space or break it folds into.
 * Columns count code points, as the YAML parser's do.
 */
final class ScalarPositions implements TextPositions {

    private final String file;
    private final int line;
    private final int column;
    /** The scalar as written, from its first character (a quote, a block indicator, or the text). */
    private final String written;
    private final String value;

    ScalarPositions(String file, int line, int column, String written, String value) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.written = written;
        this.value = value;
    }

    @Override
    public SourceLocation at(int offset) {
        int index = writtenIndex(offset);
        int atLine = line;
        int atColumn = column;
        for (int i = 0; i < index; i++) {
            char c = written.charAt(i);
            if (c == '\n' || c == '\r' && !(i + 1 < written.length() && written.charAt(i + 1) == '\n')) {
                atLine++;
                atColumn = 1;
            } else if (!Character.isLowSurrogate(c)) {
                atColumn++;
            }
        }
        return new SourceLocation(file, atLine, atColumn);
    }

    /** The index in {@link #written} of the value's character {@code offset}. */
    private int writtenIndex(int offset) {
        char style = written.isEmpty() ? ' ' : written.charAt(0);
        int index = 0;
        if (style == '"' || style == '\'') {
            index = 1;
        } else if (style == '|' || style == '>') {
            index = written.indexOf('\n') + 1;
        }
        int character = 0;
        while (index < written.length()) {
            char c = written.charAt(index);
            char wanted = character < value.length() ? value.charAt(character) : '\0';
            int escape = style == '"' && c == '\\' ? escapeLength(index) : 0;
            if (escape > 0 || c == wanted || isBreak(c) && (wanted == ' ' || wanted == '\n')) {
                if (character >= offset) {
                    return index;
                }
                // A \U escape beyond the BMP makes two chars of the value.
                character += escape == 10 && Character.isHighSurrogate(wanted) ? 2 : 1;
                index += escape > 0 ? escape : c == '\r' && index + 1 < written.length()
                        && written.charAt(index + 1) == '\n' ? 2 : 1;
            } else if (style == '"' && c == '\\') {
                index = skipEscapedBreak(index);
            } else {
                index++;
            }
        }
        return Math.min(index, written.length());
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** How many written characters an escape that makes a character takes; 0 for an escaped line break. */
    private int escapeLength(int index) {
        char kind = index + 1 < written.length() ? written.charAt(index + 1) : '\0';
        return switch (kind) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            case '\n', '\r', '\0' -> 0;
            default -> 2;
        };
    }

    /** Past a backslash that ends a line of a double-quoted scalar: it joins the lines with nothing between. */
    private int skipEscapedBreak(int index) {
        int next = index + 1;
        if (next < written.length() && written.charAt(next) == '\r') {
            next++;
        }
        if (next < written.length() && written.charAt(next) == '\n') {
            next++;
        }
        while (next < written.length() && (written.charAt(next) == ' ' || written.charAt(next) == '\t')) {
            next++;
        }
        return next;
    }
}
