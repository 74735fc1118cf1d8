package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;

/**
 * An enum's facts as the runtime's {@code ErrorCatalog.Builder.table} reads them (the runtime's
 * {@code Definition.Table} describes the form): a row per error, its fields separated by tabs, each text
 * escaped as PostgreSQL's {@code COPY} text format escapes one; and the Java source of the table's parts, each
 * a string constant of literals joined with {@code +}, one line per row, that a class file can hold.
 */
final class FactsTable {

    /** A class file's string constant holds at most this many bytes of modified UTF-8. */
    static final int MAX_PART_BYTES = 65_535;

    /**
     * Lines (literals joined with {@code +}) per part at most: javac folds them into one constant through a
     * binary expression as deep as they are many, and javac 17 folds 2,000 well; older javacs are not measured,
     * so a part stays far from that.
     */
    static final int MAX_PART_LINES = 250;

    private FactsTable() {}

    /**
     * One row, its line break included.
     *
     * @param fields its fields in the order the runtime reads them, each a text or null
     */
    static String row(List<String> fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                row.append('\t');
            }
            appendField(row, fields.get(i));
        }
        return row.append('\n').toString();
    }

    /** {@code \N} for null, else the text with its backslashes, tabs and line breaks escaped. */
    private static void appendField(StringBuilder row, String text) {
        if (text == null) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                default -> row.append(c);
            }
        }
    }

    /**
     * The table as the Java source of the arguments after {@code values()} of the call that gives it, a line
     * each, the last ending in {@code );}: its parts, each one constant of at most {@code maxBytes} and
     * {@link #MAX_PART_LINES} lines, each line a row, but a row that does not fit into a part of its own is cut.
     *
     * @param rows the rows, each ended by its line break
     * @param maxBytes the bytes of modified UTF-8 a part holds at most (at least 3, one character's worth)
     */
    static List<String> source(List<String> rows, int maxBytes) {
        List<List<String>> parts = parts(rows, maxBytes);
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<String> part = parts.get(p);
            String end = p == parts.size() - 1 ? ");" : ",";
            if (part.isEmpty()) {
                lines.add("\"\"" + end);
            }
            for (int i = 0; i < part.size(); i++) {
                lines.add((i == 0 ? "" : "+ ") + Escapes.javaString(part.get(i)) + (i == part.size() - 1 ? end : ""));
            }
        }
        return lines;
    }

    /** The rows, or pieces of them, that each part holds: at least one part, empty where there are no rows. */
    static List<List<String>> parts(List<String> rows, int maxBytes) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int bytes = 0;
        for (String row : rows) {
            int rowBytes = bytes(row);
            if (!part.isEmpty() && (part.size() == MAX_PART_LINES || bytes + rowBytes > maxBytes)) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
            }
            int from = 0;
            // A row larger than a part fills parts of its own, cut anywhere: the runtime joins them first.
            while (bytes + rowBytes > maxBytes) {
                int to = from;
                for (int next = bytes(row.charAt(to)); bytes + next <= maxBytes; next = bytes(row.charAt(to))) {
                    bytes += next;
                    rowBytes -= next;
                    to++;
                }
                part.add(row.substring(from, to));
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
                from = to;
            }
            part.add(row.substring(from));
            bytes += rowBytes;
        }
        parts.add(part);
        return parts;
    }

    /** The bytes of {@code text} in a class file's modified UTF-8. */
    static int bytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += bytes(text.charAt(i));
        }
        return bytes;
    }

    /** NUL takes two bytes, as does U+0080 to U+07FF; each half of a surrogate pair takes three, as do the rest. */
    private static int bytes(char c) {
        if (c == 0 || (c >= 0x80 && c < 0x800)) {
            return 2;
        }
        return c < 0x80 ? 1 : 3;
    }
}
