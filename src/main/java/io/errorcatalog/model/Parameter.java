package io.errorcatalog.model;

/**
 * A named, typed parameter of a message template.
 *
 * @param format how its value is written into the message
 * @param description what the value is, for documentation and translators; null where the catalog says nothing
 * @param sensitive whether its value must not leave the process (as Smithy's {@code @sensitive}): masked in
 *     messages and logs, never sent in a body
 * @param location where its name is written
 */
public record Parameter(String name, ParamType type, ParamFormat format, String description, boolean sensitive,
        SourceLocation location) {

    /** A parameter as the short form {@code count: int} declares it: the locale's format, no description. */
    public Parameter(String name, ParamType type, SourceLocation location) {
        this(name, type, ParamFormat.LOCALE, null, false, location);
    }

    /** The parameter as generated code names it to the runtime: {@code name:type}, {@code name:type:sensitive}. */
    public String runtimeSpec() {
        return name + ":" + type.keyword() + (sensitive ? ":sensitive" : "");
    }
}
