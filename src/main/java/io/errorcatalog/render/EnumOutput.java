package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.NameAllocator;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.WireFormat;
import io.errorcatalog.write.GeneratedFile;

/** Each catalog's enum: its constants and their facts, and a typed factory per error. */
final class EnumOutput extends CatalogOutput {

    static final String TEMPLATE = "enum.java.mustache";

    /**
     * Errors per facts method: each row is about 30 bytes of bytecode, so a method stays well under the
     * 8,000 bytes above which HotSpot does not compile a method, and far under the JVM's 64 KiB.
     */
    static final int ROWS_PER_METHOD = 200;

    @Override
    List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run) {
        List<Views.ConstantView> constants = new ArrayList<>();
        List<Views.FactoryView> factories = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        NameAllocator methodNames = NameAllocator.forFactories();
        Map<List<Object>, Integer> wireIndex = new LinkedHashMap<>();
        List<String> wires = new ArrayList<>();
        Set<String> shapeClasses = new java.util.TreeSet<>();
        for (ErrorEntry error : catalog.errors()) {
            int wire = error.wire() == null ? -1 : wireIndex.computeIfAbsent(error.wire().catalogWideKey(), key -> {
                wires.add(constructor(error.wire()));
                shapeClasses.add(error.wire().shape().runtimeClassName());
                return wires.size() - 1;
            });
            int group = error.group() == null ? -1 : catalog.groupIndex(error.group().value());
            Integer status = error.status().value();
            rows.add(String.join(", ", error.name(), Escapes.javaString(error.code().value()),
                    Integer.toString(status == null ? 0 : status), "Severity." + error.severity().name(),
                    "Retry." + error.retry().name(), Integer.toString(group), Integer.toString(error.params().size()),
                    Escapes.javaString(Javadocs.documentationUrl(catalog, error)), Integer.toString(wire),
                    Escapes.javaString(error.wire() == null ? null : error.wire().type())));
            constants.add(new Views.ConstantView(Javadocs.constant(catalog, error), error.deprecation() != null,
                    error.name()));
            factories.add(factory(catalog, error, group, methodNames));
        }
        List<String> groupExceptions = catalog.groups().stream()
                .map(ResolvedCatalog.ResolvedGroup::exceptionName).toList();
        List<String> imported = new ArrayList<>(List.of("CatalogError", "ErrorCatalog", "Generated", "Retry",
                "RuntimeVersion", "Severity"));
        imported.addAll(shapeClasses);
        Views.FileHeader file = new Views.FileHeader(RenderContext.header(catalog.catalog().file()),
                !catalog.javaPackage().isEmpty(), catalog.javaPackage(),
                run.runtimeImports(catalog.javaPackage(), imported));
        Views.EnumView view = new Views.EnumView(file, run.annotations(), Javadocs.enumType(catalog),
                catalog.enumName(), catalog.exceptionName(), constants, RenderContext.runtimeVersion(),
                Escapes.javaString(catalog.bundleBaseName()),
                Escapes.commaSeparated(catalog.catalog().localeTags().stream().map(Escapes::javaString).toList()),
                Escapes.commaSeparated(wires), chunks(rows), unknownWire(catalog, wireIndex), factories,
                groupExceptions);
        return List.of(run.source(catalog.javaPackage(), catalog.enumName(), TEMPLATE, view, catalog.catalog().file()));
    }

    private static List<Views.FactsChunk> chunks(List<String> rows) {
        List<Views.FactsChunk> chunks = new ArrayList<>();
        for (int first = 0; first < rows.size(); first += ROWS_PER_METHOD) {
            int last = Math.min(rows.size(), first + ROWS_PER_METHOD);
            chunks.add(new Views.FactsChunk("errors" + chunks.size(), first + 1, last, rows.subList(first, last)));
        }
        return chunks;
    }

    /** UNKNOWN speaks the catalog's own wire format, else that of its first error that has one. */
    private static int unknownWire(ResolvedCatalog catalog, Map<List<Object>, Integer> wireIndex) {
        WireFormat wire = catalog.catalog().wire();
        if (wire != null && wireIndex.containsKey(wire.catalogWideKey())) {
            return wireIndex.get(wire.catalogWideKey());
        }
        return wireIndex.isEmpty() ? -1 : 0;
    }

    /** {@code new ProblemShape("https://...")}: the runtime shape, its catalog-wide settings in order. */
    private static String constructor(WireFormat wire) {
        List<String> arguments = wire.shape().settings().stream().map(wire::setting).map(Escapes::javaString).toList();
        return "new " + wire.shape().runtimeClassName() + "(" + String.join(", ", arguments) + ")";
    }

    private static Views.FactoryView factory(ResolvedCatalog catalog, ErrorEntry error, int groupIndex,
            NameAllocator methodNames) {
        String method = methodNames.factoryName(error.name());
        String exceptionType = groupIndex < 0 ? catalog.exceptionName() : catalog.groups().get(groupIndex).exceptionName();
        List<String> parameters = error.params().stream()
                .map(param -> param.type().javaType() + " " + param.name()).toList();
        List<String> arguments = error.params().stream().map(Parameter::name).toList();
        List<String> javadoc = new ArrayList<>(error.params().stream()
                .map(param -> " @param " + param.name() + " the message's {" + param.name() + "}").toList());
        if (error.deprecation() != null) {
            javadoc.add(" @deprecated as {@link #" + error.name() + "} is");
        }
        return new Views.FactoryView(javadoc, error.deprecation() != null, error.name(), method, exceptionType,
                Escapes.commaSeparated(parameters), Escapes.commaSeparated(arguments));
    }
}
