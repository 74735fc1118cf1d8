package io.errorcatalog.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
    static final Parameters NONE = new Parameters(new String[0], new String[0]);

    private final String[] names;
    /** The catalog's type of each: {@code string}, {@code int}, {@code long}, {@code double}, {@code boolean}. */
    private final String[] types;

    private Parameters(String[] names, String[] types) {
        this.names = names;
        this.types = types;
    }

    /**
     * Reads the parameters as generated code gives them.
     *
     * @param specs {@code name:type} each, in the catalog's order
     */
    static Parameters of(String... specs) {
        String[] names = new String[specs.length];
        String[] types = new String[specs.length];
        for (int i = 0; i < specs.length; i++) {
            int colon = specs[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + specs[i] + "' is no name:type");
            }
            names[i] = specs[i].substring(0, colon);
            types[i] = specs[i].substring(colon + 1);
        }
        return new Parameters(names, types);
    }

    int size() {
        return names.length;
    }

    /** The arguments by name, in order; empty where the arguments are not there (a decoded error without them). */
    Map<String, Object> named(Object[] arguments) {
        if (arguments == null || arguments.length != names.length) {
            return Collections.emptyMap();
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            named.put(names[i], arguments[i]);
        }
        return Collections.unmodifiableMap(named);
    }

    /**
     * The arguments a body's members give, each of its parameter's type (a number may come as text, as in
     * AIP-193's string-valued metadata); none unless every parameter is there and of its type.
     */
    Object[] read(Map<String, ?> members) {
        Object[] arguments = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object value = typed(types[i], members.get(names[i]));
            if (value == null) {
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
