package io.errorcatalog.model;

/** The Java type of a message parameter, as a catalog names it. */
public enum ParamType {
    STRING("string", "String"),
    INT("int", "int"),
    LONG("long", "long"),
    DOUBLE("double", "double"),
    BOOLEAN("boolean", "boolean");

    private final String keyword;
    private final String javaType;

    ParamType(String keyword, String javaType) {
        this.keyword = keyword;
        this.javaType = javaType;
    }

    /** The word a catalog uses for this type. */
    public String keyword() {
        return keyword;
    }

    /** How many of a method's 255 parameter slots the JVM gives the parameter: two for long and double. */
    public int slots() {
        return this == LONG || this == DOUBLE ? 2 : 1;
    }

    /** Whether its values are numbers: what a plural counts, and what {@code format: plain} writes. */
    public boolean isNumber() {
        return this == INT || this == LONG || this == DOUBLE;
    }

    /** The type a generated factory method declares for the parameter. */
    public String javaType() {
        return javaType;
    }
}
