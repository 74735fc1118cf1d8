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

    /** The type a generated factory method declares for the parameter. */
    public String javaType() {
        return javaType;
    }
}
