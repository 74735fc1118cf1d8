package io.errorcatalog.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names and types of an error's parameters, so that a body can carry its message's arguments as named
 * members and a decoded body gives them back typed.
 */
@Generated
// Error Prone (where the consumer compiles for Java 16 or later) asks for "instanceof String s" and arrow
// switches, which Java 8, the language of the runtime, does not have.
@SuppressWarnings({"PatternMatchingInstanceof", "StatementSwitchToExpressionSwitch"})
final class Parameters {

    /** An error whose facts name no parameters. */
    static final Parameters NONE = new Parameters(new String[0], new String[0], new boolean[0]);

    /** What a message, a log and a body show in place of a sensitive parameter's value. */
    static final String MASK = "***";

    /** The mark after a parameter's type that makes it sensitive: {@code password:string:sensitive}. */
    private static final String SENSITIVE = ":sensitive";

    private final String[] names;
    /** The catalog's type of each: {@code string}, {@code int}, {@code long}, {@code double}, {@code boolean}. */
    private final String[] types;
    /** Whether each parameter's value must not leave the process. */
    private final boolean[] sensitive;

    private Parameters(String[] names, String[] types, boolean[] sensitive) {
        this.names = names;
        this.types = types;
        this.sensitive = sensitive;
    }

    /**
     * Reads the parameters as generated code gives them.
     *
     * @param specs {@code name:type} each, {@code name:type:sensitive} for a sensitive one, in the catalog's order
     */
    static Parameters of(String... specs) {
        String[] names = new String[specs.length];
        String[] types = new String[specs.length];
        boolean[] sensitive = new boolean[specs.length];
        for (int i = 0; i < specs.length; i++) {
            int colon = specs[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + specs[i] + "' is no name:type");
            }
            names[i] = specs[i].substring(0, colon);
            sensitive[i] = specs[i].endsWith(SENSITIVE);
            types[i] = specs[i].substring(colon + 1, specs[i].length() - (sensitive[i] ? SENSITIVE.length() : 0));
        }
        return new Parameters(names, types, sensitive);
    }

    /**
     * Where a parameter is.
     *
     * @param name its name in the catalog
     * @return its position among the message's parameters, or -1 where it has none of that name
     */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return names.length;
    }

    /**
     * The arguments a body may carry, by name, in order: all but the sensitive ones; empty where the arguments
     * are not there (a decoded error without them).
     */
    Map<String, Object> sent(Object[] arguments) {
        if (arguments == null || arguments.length != names.length) {
            return Collections.emptyMap();
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!sensitive[i]) {
                named.put(names[i], arguments[i]);
            }
        }
        return Collections.unmodifiableMap(named);
    }

    /** The arguments as a message or a log may show them: each sensitive one as {@link #MASK}. */
    Object[] masked(Object[] arguments) {
        Object[] shown = arguments.clone();
        // NONE names no parameters, yet the unknown error takes one: unnamed arguments are not sensitive.
        for (int i = 0; i < shown.length && i < sensitive.length; i++) {
            if (sensitive[i]) {
                shown[i] = MASK;
            }
        }
        return shown;
    }

    /**
     * Why arguments do not fit their parameters' types, or null where they do; a null fits any, and
     * arguments of another count are counted elsewhere.
     */
    String misfit(Object[] arguments) {
        if (arguments.length != names.length) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            Object value = arguments[i];
            if (value != null && !fits(types[i], value)) {
                return "{" + names[i] + "} is " + (types[i].equals("int") ? "an " : "a ") + types[i] + ", not the "
                        + value.getClass().getSimpleName() + " " + (value instanceof String ? "\"" + value + "\""
                        : sensitive[i] ? MASK : String.valueOf(value));
            }
        }
        return null;
    }

    /** Whether a value is of a parameter type as the typed factories pass it, a smaller integer type included. */
    private static boolean fits(String type, Object value) {
        switch (type) {
            case "string":
                return value instanceof String;
            case "int":
                return value instanceof Integer || value instanceof Short || value instanceof Byte;
            case "long":
                return value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte;
            case "double":
                return value instanceof Number;
            case "boolean":
                return value instanceof Boolean;
            default:
                return true;
        }
    }

    /** The names of the sensitive parameters, whose members a received body must not pass on. */
    Set<String> sensitiveNames() {
        Set<String> sensitiveNames = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (sensitive[i]) {
                sensitiveNames.add(names[i]);
            }
        }
        return sensitiveNames;
    }

    /**
     * The arguments a body's members give, each of its parameter's type (a number may come as text, as in
     * AIP-193's string-valued metadata), a sensitive one, which never travels, as null; none unless every
     * other parameter is there and of its type.
     */
    Object[] read(Map<String, ?> members) {
        Object[] arguments = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object value = sensitive[i] ? null : typed(types[i], members.get(names[i]));
            if (value == null && !sensitive[i]) {
                return new Object[0];
            }
            arguments[i] = value;
        }
        return arguments;
    }

    /** A member's value as a parameter type, or null where it is not one. */
    static Object typed(String type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            switch (type) {
                case "string":
                    return value instanceof String ? value : null;
                case "int":
                    BigInteger wholeInt = whole(value);
                    return wholeInt != null && wholeInt.bitLength() < 32 ? wholeInt.intValue() : null;
                case "long":
                    BigInteger wholeLong = whole(value);
                    return wholeLong != null && wholeLong.bitLength() < 64 ? wholeLong.longValue() : null;
                case "double":
                    return decimal(value);
                case "boolean":
                    return bool(value);
                default:
                    throw new IllegalStateException("no parameter type " + type);
            }
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Double decimal(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        return value instanceof String ? Double.valueOf((String) value) : null;
    }

    /** A yes or no, or null: Object, as null here means "not a boolean". */
    private static Object bool(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        return null;
    }

    /** A whole number, as a JSON library parses one or as plain digits; null for anything else or far too large. */
    private static BigInteger whole(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return (BigInteger) value;
        }
        BigDecimal decimal = null;
        if (value instanceof Double && !((Double) value).isInfinite() && !((Double) value).isNaN()) {
            decimal = BigDecimal.valueOf((Double) value);
        } else if (value instanceof BigDecimal) {
            decimal = (BigDecimal) value;
        }
        // Its digits before the point bounded first: "1e100000000" must not become a number of that size.
        if (decimal != null && decimal.precision() - decimal.scale() <= 20) {
            try {
                return decimal.toBigIntegerExact();
            } catch (ArithmeticException notWhole) {
                return null;
            }
        }
        return value instanceof String && ((String) value).matches("-?[0-9]{1,20}") ? new BigInteger((String) value)
                : null;
    }
}
