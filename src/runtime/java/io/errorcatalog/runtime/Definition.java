package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** What a catalog says of one error, apart from its texts, which are in the bundles. */
@Generated
final class Definition {

    final String code;
    final int httpStatus;
    final Severity severity;
    final Retry retry;
    /** The index of the error's exception group, -1 for the catalog's base exception. */
    final int group;
    final int parameterCount;
    final String documentationUrl;
    /** How the error travels, or null where the catalog declares no wire format. */
    final WireShape wire;
    /** The error's own wire setting (a problem's own type, the general codes above a Microsoft code), or null. */
    final String type;
    /** The canonical gRPC code. */
    final GrpcStatus grpc;
    /** Further codes the error is known by, which decoding accepts; never rendered. */
    final List<String> aliases;
    /** The names and types of its parameters, where generated code gives them. */
    final Parameters parameters;

    Definition(String code, int httpStatus, Severity severity, Retry retry, int group, int parameterCount,
            String documentationUrl, WireShape wire, String type, GrpcStatus grpc, List<String> aliases,
            Parameters parameters) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.severity = severity;
        this.retry = retry;
        this.group = group;
        this.parameterCount = parameterCount;
        this.documentationUrl = documentationUrl;
        this.wire = wire;
        this.type = type;
        this.grpc = grpc;
        this.aliases = aliases;
        this.parameters = parameters;
    }

    /** This definition, known by further codes too. */
    Definition withAliases(String... codes) {
        return new Definition(code, httpStatus, severity, retry, group, parameterCount, documentationUrl, wire, type,
                grpc, Collections.unmodifiableList(Arrays.asList(codes.clone())), parameters);
    }

    /** This definition, its parameters named and typed. */
    Definition withParameters(Parameters named) {
        if (named.size() != parameterCount) {
            throw new IllegalArgumentException(named.size() + " parameters named, but the error has " + parameterCount);
        }
        return new Definition(code, httpStatus, severity, retry, group, parameterCount, documentationUrl, wire, type,
                grpc, aliases, named);
    }

    /**
     * The facts of an enum's errors as generated code gives them (runtime 1.3): a table of one row per error,
     * in the order of the enum's constants, each row ended by a line break and its fields separated by tabs:
     * <ol>
     * <li>the constant's name, which must be that of the constant the row is for;
     * <li>the wire code; the HTTP status, 0 for none; the severity and the retry advice (constant names);
     * <li>the index of the exception group, -1 for none; the index of the wire shape, -1 for none; the error's
     *     own wire setting; the gRPC code (a constant name); the documentation URL;
     * <li>the number of parameters, then each parameter ({@code name:type}, {@code name:type:sensitive});
     * <li>the aliases, a field each, to the end of the row.
     * </ol>
     * A text is written as PostgreSQL's {@code COPY} text format writes one: a backslash escapes itself
     * ({@code \\}), a tab ({@code \t}) and a line break ({@code \n}), {@code \N} alone is null, and every other
     * character stands for itself. The table may come in parts, cut anywhere (a class file's string constant
     * holds at most 65,535 bytes): they are joined before they are read. It is read in one pass, by plain
     * loops over its characters, once per enum.
     */
    static final class Table {

        private static final Severity[] SEVERITIES = Severity.values();
        private static final Retry[] RETRIES = Retry.values();
        private static final GrpcStatus[] GRPC_CODES = GrpcStatus.values();

        private final String text;
        /** The enum the table is of, for messages. */
        private final String owner;
        private int at;
        /** The row being read, from 1, and its first field, for messages. */
        private int row;
        private String rowName;
        /** Whether the field read last ended its row. */
        private boolean rowEnded = true;

        Table(String owner, String... parts) {
            this.owner = owner;
            text = parts.length == 1 ? parts[0] : String.join("", parts);
        }

        /** Whether another row follows the one read last. */
        boolean hasRow() {
            return at < text.length();
        }

        /**
         * Starts the next row.
         *
         * @return its first field: the name of the constant it is for
         */
        String name() {
            row++;
            rowName = null;
            rowEnded = false;
            rowName = item();
            return rowName;
        }

        /** The rest of the row that {@link #name} started. */
        Definition definition(List<WireShape> wires) {
            String code = text();
            int httpStatus = number();
            Severity severity = constant(SEVERITIES);
            Retry retry = constant(RETRIES);
            int group = number();
            int wire = number();
            String ownType = text();
            GrpcStatus grpc = constant(GRPC_CODES);
            String documentationUrl = text();
            int parameterCount = number();
            String[] parameters = new String[parameterCount];
            for (int i = 0; i < parameterCount; i++) {
                parameters[i] = item();
            }
            List<String> aliases = Collections.emptyList();
            if (!rowEnded) {
                aliases = new ArrayList<>();
                while (!rowEnded) {
                    aliases.add(item());
                }
                aliases = Collections.unmodifiableList(aliases);
            }
            if (wire >= wires.size()) {
                throw malformed("names wire shape " + wire + ", but " + wires.size() + " were given");
            }
            return new Definition(code, httpStatus, severity, retry, group, parameterCount, documentationUrl,
                    wire < 0 ? null : wires.get(wire), ownType, grpc, aliases,
                    parameterCount == 0 ? Parameters.NONE : Parameters.of(parameters));
        }

        /**
         * What to throw where a row is not of the constant at its place.
         *
         * @param expected the name of that constant, or null where the enum has fewer
         */
        IllegalStateException misaligned(String expected) {
            return malformed("is of " + rowName + ", but " + (expected == null ? "the enum has only " + (row - 1)
                    + " constants" : "constant " + row + " is " + expected));
        }

        private IllegalStateException malformed(String what) {
            return new IllegalStateException("row " + row + (rowName == null ? "" : " (" + rowName + ")")
                    + " of the facts of " + owner + " " + what + "; generate the catalog and its runtime again, with"
                    + " one version of error-catalog-maven-plugin");
        }

        /** The next field of the row as text, or null for {@code \N}. */
        private String text() {
            if (rowEnded) {
                throw malformed("has too few fields");
            }
            int start = at;
            int length = text.length();
            if (at + 2 < length && text.charAt(at) == '\\' && text.charAt(at + 1) == 'N' && ends(text.charAt(at + 2))) {
                at += 2;
                end();
                return null;
            }
            StringBuilder unescaped = null;
            while (at < length) {
                char c = text.charAt(at);
                if (ends(c)) {
                    String value = unescaped == null ? text.substring(start, at) : unescaped.toString();
                    end();
                    return value;
                }
                if (c != '\\') {
                    if (unescaped != null) {
                        unescaped.append(c);
                    }
                    at++;
                    continue;
                }
                if (unescaped == null) {
                    unescaped = new StringBuilder(at - start + 16).append(text, start, at);
                }
                char escaped = at + 1 < length ? text.charAt(at + 1) : '\n';
                if (escaped == '\\') {
                    unescaped.append('\\');
                } else if (escaped == 't') {
                    unescaped.append('\t');
                } else if (escaped == 'n') {
                    unescaped.append('\n');
                } else {
                    throw malformed("has a backslash that escapes nothing at character " + (at - start + 1)
                            + " of a field");
                }
                at += 2;
            }
            throw malformed("is not ended by a line break");
        }

        /** A field that is never null: a name, a parameter, an alias. */
        private String item() {
            String item = text();
            if (item == null) {
                throw malformed("has null where a name or code belongs");
            }
            return item;
        }

        /** The next field of the row as a decimal number: {@code -1}, {@code 0}, {@code 404}. */
        private int number() {
            if (rowEnded) {
                throw malformed("has too few fields");
            }
            int length = text.length();
            boolean negative = at < length && text.charAt(at) == '-';
            int first = negative ? at + 1 : at;
            int i = first;
            int value = 0;
            // At most nine digits, so that the value cannot overflow.
            while (i < length && i - first < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == first || i == length || !ends(text.charAt(i))) {
                throw malformed("has no number where one belongs, at character " + (i - at + 1) + " of a field");
            }
            at = i;
            end();
            return negative ? -value : value;
        }

        /** The next field of the row as one of {@code constants}, by its name. */
        private <T extends Enum<T>> T constant(T[] constants) {
            String name = text();
            for (T constant : constants) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw malformed("names no " + constants.getClass().getComponentType().getSimpleName() + " '" + name + "'");
        }

        private static boolean ends(char c) {
            return c == '\t' || c == '\n';
        }

        /** Steps over the separator at {@code at}, which ends the field, and the row if it is a line break. */
        private void end() {
            rowEnded = text.charAt(at) == '\n';
            at++;
        }
    }
}
