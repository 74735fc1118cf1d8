package io.errorcatalog.model;

import java.util.List;

/**
 * The types of the runtime that generated code uses, which the plugin writes into a build's runtime
 * package: no catalog type may take their names. A test compares the list with the runtime's sources.
 */
public final class RuntimeTypes {

    /** The runtime's source files, by type name. */
    public static final List<String> SOURCES = List.of("Bodies", "BodyParts", "BoundedCache", "Bundles",
            "CatalogError", "CatalogException", "CodeMessageShape", "Definition", "ErrorCatalog", "ErrorCatalogs",
            "ErrorsShape", "Generated", "GoogleRpcShape", "GrpcStatus", "MessagePattern", "MicrosoftShape", "Outcome",
            "Parameters", "PluralRules", "ProblemShape", "Received", "Retry", "RetryAfter", "RuntimeVersion", "Severity",
            "WireShape");

    /** The optional adapters, written beside the runtime where switched on. */
    public static final List<String> ADAPTERS = List.of("CatalogJacksonModule", "CatalogSpringProblems");

    /** The package the runtime's sources are written in, in this repository. */
    public static final String SOURCE_PACKAGE = "io.errorcatalog.runtime";

    private RuntimeTypes() {}

    /** Every type name the runtime and its adapters take. */
    public static List<String> all() {
        return java.util.stream.Stream.concat(SOURCES.stream(), ADAPTERS.stream()).toList();
    }
}
