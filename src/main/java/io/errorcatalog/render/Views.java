package io.errorcatalog.render;

import java.util.List;

/**
 * What each template sees. Every value is final text, escaped for the place the template puts it, so
 * a template never decides anything and a user's replacement template cannot get escaping wrong.
 * Each record lists the names its template may use.
 */
public final class Views {

    private Views() {}

    /**
     * The top of every Java file.
     *
     * @param header the generated-file comment line, without the comment marker
     * @param packageName empty for the unnamed package
     */
    public record FileHeader(String header, boolean hasPackage, String packageName) {}

    /**
     * {@code enum.java.mustache}.
     *
     * @param wireFormats each distinct wire format of the errors, as the Java array elements
     *     (shape, code member, message member, type base, own type)
     */
    public record EnumView(
            FileHeader file,
            List<String> javadoc,
            String enumName,
            String exceptionName,
            List<ConstantView> constants,
            List<FactoryView> factories,
            List<GroupCase> groupCases,
            String defaultLocale,
            String locales,
            String bundleBaseName,
            List<String> wireFormats) {}

    /**
     * One enum constant.
     *
     * @param code a Java expression: a string literal or {@code null}
     * @param status the HTTP status, {@code 0} where undocumented
     * @param severity a {@code Severity} constant's name
     * @param retry a {@code Retry} constant's name
     * @param groupIndex index into the group cases, {@code -1} for the base exception
     * @param documentationUrl a Java expression: a string literal or {@code null}
     * @param wireIndex index into the enum view's wire formats, {@code -1} for none
     */
    public record ConstantView(
            List<String> javadoc,
            boolean deprecated,
            String name,
            String code,
            int status,
            String severity,
            String retry,
            int groupIndex,
            int parameterCount,
            String documentationUrl,
            int wireIndex) {}

    /**
     * A typed factory method: {@code static <exceptionType> <method>(<parameters>)}.
     *
     * @param javadoc one {@code @param} line per parameter
     */
    public record FactoryView(
            List<String> javadoc,
            boolean deprecated,
            String constant,
            String method,
            String exceptionType,
            String parameters,
            String arguments) {}

    /** How {@code exception(Object...)} picks the exception class for a group index. */
    public record GroupCase(int index, String exceptionName) {}

    /** {@code jackson-module.java.mustache} and {@code spring-problems.java.mustache}: an optional adapter. */
    public record AdapterView(FileHeader file, String className, String enumName, String exceptionName) {}

    /** {@code exception.java.mustache}: the catalog's base exception. */
    public record ExceptionView(FileHeader file, List<String> javadoc, String exceptionName, String enumName) {}

    /** {@code group-exception.java.mustache}: one exception group. */
    public record GroupExceptionView(
            FileHeader file,
            List<String> javadoc,
            String exceptionName,
            String baseExceptionName,
            String enumName) {}

    /** {@code messages.properties.mustache}: one locale's bundle. */
    public record BundleView(String header, String locale, List<BundleEntry> entries) {}

    /** One {@code key=value} line, the value escaped for {@code .properties}. */
    public record BundleEntry(String key, String value) {}
}
