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
     * {@code enum.java.mustache}: the catalog's enum, or one enum of a split catalog.
     *
     * @param annotations the annotations that mark the type as generated, one per line
     * @param interfaceName what the enum implements: {@code CatalogError}, or the split catalog's interface
     * @param catalogType the catalog's error type: this enum, or the split catalog's interface
     * @param hasUnknown whether {@code UNKNOWN} is among the constants (the first enum of a split catalog)
     * @param table the errors' facts: the source lines of the arguments after {@code values()} of the call that
     *     gives them, the last ending the call ({@link FactsTable#source})
     * @param catalog what the enum of an unsplit catalog holds itself (the catalog), else null
     * @param part whether the enum is one part of a split catalog, which gives its facts to the holder
     */
    public record EnumView(
            FileHeader file,
            List<String> annotations,
            List<String> javadoc,
            String enumName,
            String interfaceName,
            String exceptionName,
            String catalogType,
            List<ConstantView> constants,
            boolean hasUnknown,
            List<String> table,
            List<FactoryView> factories,
            CatalogSection catalog,
            boolean part) {

        public EnumView {
            annotations = List.copyOf(annotations);
            javadoc = List.copyOf(javadoc);
            constants = List.copyOf(constants);
            table = List.copyOf(table);
            factories = List.copyOf(factories);
        }
    }

    /**
     * What builds a catalog: the enum of an unsplit catalog, or the holder of a split one.
     *
     * @param runtimeVersion {@code major, minor} of the runtime the code is generated for
     * @param bundleBaseName a Java string literal
     * @param locales Java string literals of the locale tags, comma-separated, the default first
     * @param wires Java expressions that make the catalog's wire shapes, comma-separated
     * @param unknownWire the index of the wire shape {@code UNKNOWN} is rendered in, {@code -1} for none
     * @param groupExceptions the exception class of each group, in the order of the groups' indexes
     */
    public record CatalogSection(
            String runtimeVersion,
            String bundleBaseName,
            String locales,
            String wires,
            int unknownWire,
            List<String> groupExceptions) {

        public CatalogSection {
            groupExceptions = List.copyOf(groupExceptions);
        }
    }

    /**
     * {@code catalog-interface.java.mustache}: a split catalog's type.
     *
     * @param parts Javadoc links to the enums of its parts
     */
    public record InterfaceView(
            FileHeader file,
            List<String> annotations,
            List<String> javadoc,
            String interfaceName,
            String exceptionName,
            String holderName,
            String parts) {

        public InterfaceView {
            annotations = List.copyOf(annotations);
            javadoc = List.copyOf(javadoc);
        }
    }

    /**
     * {@code catalog-holder.java.mustache}: builds a split catalog.
     *
     * @param parts each enum's constants ({@code values()}), comma-separated
     * @param partFacts the enums' names, each of which gives its facts
     * @param unknownPart the enum that holds {@code UNKNOWN}
     */
    public record HolderView(
            FileHeader file,
            List<String> annotations,
            String holderName,
            String interfaceName,
            String exceptionName,
            String parts,
            List<String> partFacts,
            String unknownPart,
            CatalogSection catalog) {

        public HolderView {
            annotations = List.copyOf(annotations);
            partFacts = List.copyOf(partFacts);
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
     * @param javadoc one {@code @param} line per parameter, and the {@code @deprecated} line of a deprecated error
     * @param argumentArray the expression of the arguments' array, {@code new Object[] { field, max }}
     */
    public record FactoryView(
            List<String> javadoc,
            boolean deprecated,
            String constant,
            String method,
            String exceptionType,
            String parameters,
            String argumentArray) {

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
