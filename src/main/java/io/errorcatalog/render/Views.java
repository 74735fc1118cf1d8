package io.errorcatalog.render;

import java.util.List;

/**
 * What each template sees. Every value is final text, escaped for the place the template puts it, so
 * a template never decides anything and a user's replacement template cannot get escaping wrong.
 * Each record lists the names its template may use, and keeps its own copies of the lists it is given, so a
 * view is a value: nothing its maker does afterwards changes what the template renders.
 */
public final class Views {

    private Views() {}

    /**
     * The top of every Java file.
     *
     * @param header the generated-file comment line, without the comment marker
     * @param packageName empty for the unnamed package
     * @param imports qualified names of the types the file imports
     */
    public record FileHeader(String header, boolean hasPackage, String packageName, List<String> imports) {

        public FileHeader {
            imports = List.copyOf(imports);
        }

        public boolean hasImports() {
            return !imports.isEmpty();
        }
    }

    /**
     * {@code enum.java.mustache}.
     *
     * @param annotations the annotations that mark the type as generated, one per line
     * @param runtimeVersion {@code major, minor} of the runtime the code is generated for
     * @param bundleBaseName a Java string literal
     * @param locales Java string literals of the locale tags, comma-separated, the default first
     * @param wires Java expressions that make the catalog's wire shapes, comma-separated
     * @param chunks the errors' facts, in methods small enough for the JIT to compile
     * @param unknownWire the index of the wire shape {@code UNKNOWN} is rendered in, {@code -1} for none
     * @param groupExceptions the exception class of each group, in the order of the group indexes of
     *     the facts; the runtime makes an error's exception with that class's constructor
     */
    public record EnumView(
            FileHeader file,
            List<String> annotations,
            List<String> javadoc,
            String enumName,
            String exceptionName,
            List<ConstantView> constants,
            String runtimeVersion,
            String bundleBaseName,
            String locales,
            String wires,
            List<FactsChunk> chunks,
            int unknownWire,
            List<FactoryView> factories,
            List<String> groupExceptions) {

        public EnumView {
            annotations = List.copyOf(annotations);
            javadoc = List.copyOf(javadoc);
            constants = List.copyOf(constants);
            chunks = List.copyOf(chunks);
            factories = List.copyOf(factories);
            groupExceptions = List.copyOf(groupExceptions);
        }
    }

    /**
     * One method that gives the facts of some errors; the class initializer calls each, so that it stays
     * small however many errors there are.
     *
     * @param first the 1-based number of its first error
     * @param rows the arguments of each error's {@code facts.error(...)} call
     */
    public record FactsChunk(String method, int first, int last, List<String> rows) {

        public FactsChunk {
            rows = List.copyOf(rows);
        }
    }

    /** One enum constant. */
    public record ConstantView(List<String> javadoc, boolean deprecated, String name) {

        public ConstantView {
            javadoc = List.copyOf(javadoc);
        }
    }

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
            String arguments) {

        public FactoryView {
            javadoc = List.copyOf(javadoc);
        }
    }

    /** {@code jackson-module.java.mustache} and {@code spring-problems.java.mustache}: an optional adapter. */
    public record AdapterView(FileHeader file, String className) {}

    /** {@code exception.java.mustache}: the catalog's base exception. */
    public record ExceptionView(FileHeader file, List<String> annotations, List<String> javadoc, String exceptionName,
            String enumName) {

        public ExceptionView {
            annotations = List.copyOf(annotations);
            javadoc = List.copyOf(javadoc);
        }
    }

    /** {@code group-exception.java.mustache}: one exception group. */
    public record GroupExceptionView(
            FileHeader file,
            List<String> annotations,
            List<String> javadoc,
            String exceptionName,
            String baseExceptionName,
            String enumName) {

        public GroupExceptionView {
            annotations = List.copyOf(annotations);
            javadoc = List.copyOf(javadoc);
        }
    }

    /** {@code messages.properties.mustache}: one locale's bundle. */
    public record BundleView(String header, String locale, List<BundleEntry> entries) {

        public BundleView {
            entries = List.copyOf(entries);
        }
    }

    /** One {@code key=value} line, the value escaped for {@code .properties}. */
    public record BundleEntry(String key, String value) {}
}
