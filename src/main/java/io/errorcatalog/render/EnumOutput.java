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
     * Facts statements per method: each (an error's facts) is about 30 bytes of bytecode, so a method stays well under the
     * 8,000 bytes above which HotSpot does not compile a method, and far under the JVM's 64 KiB. A list of parameters or
     * aliases counts as one statement per {@link #LIST_ITEMS_PER_ROW} items, as each item costs about 7 bytes.
     */
    static final int ROWS_PER_METHOD = 200;

    /** The items of a {@code parameters(...)} or {@code aliases(...)} list that weigh as much as one error's facts. */
    static final int LIST_ITEMS_PER_ROW = 4;

    static final String INTERFACE_TEMPLATE = "catalog-interface.java.mustache";
    static final String HOLDER_TEMPLATE = "catalog-holder.java.mustache";

    @Override
    List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run) {
        Map<String, Integer> groupIndex = new java.util.HashMap<>();
        for (int i = 0; i < catalog.groups().size(); i++) {
            groupIndex.put(catalog.groups().get(i).group().id(), i);
        }
        Map<List<Object>, Integer> wireIndex = new LinkedHashMap<>();
        List<String> wires = new ArrayList<>();
        Set<String> shapeClasses = new java.util.TreeSet<>();
        for (ErrorEntry error : catalog.errors()) {
            if (error.wire() != null) {
                wireIndex.computeIfAbsent(error.wire().catalogWideKey(), key -> {
                    wires.add(constructor(error.wire()));
                    shapeClasses.add(error.wire().shape().runtimeClassName());
                    return wires.size() - 1;
                });
            }
        }
        // A pseudo-locale is a locale of the catalog too, last, so Accept-Language lookups can pick it.
        List<String> locales = new ArrayList<>(catalog.catalog().localeTags());
        if (run.pseudoLocale() != null) {
            locales.add(run.pseudoLocale());
        }
        Views.CatalogSection section = new Views.CatalogSection(RenderContext.runtimeVersion(),
                Escapes.javaString(catalog.bundleBaseName()),
                Escapes.commaSeparated(locales.stream().map(Escapes::javaString).toList()),
                Escapes.commaSeparated(wires), unknownWire(catalog, wireIndex),
                catalog.groups().stream().map(ResolvedCatalog.ResolvedGroup::exceptionName).toList());
        String origin = catalog.catalog().file();
        String javaPackage = catalog.javaPackage();
        // One allocator for the whole catalog: factory names stay unique however its errors are split.
        NameAllocator methodNames = NameAllocator.forFactories();
        List<GeneratedFile> files = new ArrayList<>();
        if (!catalog.isSplit()) {
            List<String> imported = new ArrayList<>(List.of("CatalogError", "ErrorCatalog", "Generated", "GrpcStatus",
                    "Retry", "RuntimeVersion", "Severity"));
            imported.addAll(shapeClasses);
            files.add(part(catalog, catalog.parts().get(0), run, imported, "CatalogError", catalog.enumName(), true,
                    section, groupIndex, wireIndex, methodNames));
            return files;
        }
        List<String> partConstants = new ArrayList<>();
        List<String> partLinks = new ArrayList<>();
        for (ResolvedCatalog.Part part : catalog.parts()) {
            files.add(part(catalog, part, run, List.of("ErrorCatalog", "Generated", "GrpcStatus", "Retry", "Severity"),
                    catalog.enumName(), catalog.enumName(), part == catalog.parts().get(0), null, groupIndex,
                    wireIndex, methodNames));
            partConstants.add(part.enumName() + ".values()");
            partLinks.add("{@link " + part.enumName() + "}");
        }
        files.add(run.source(javaPackage, catalog.enumName(), INTERFACE_TEMPLATE, new Views.InterfaceView(
                header(catalog, run, List.of("CatalogError", "ErrorCatalog", "Generated")), run.annotations(),
                Javadocs.enumType(catalog), catalog.enumName(), catalog.exceptionName(), catalog.holderName(),
                String.join(", ", partLinks)), origin));
        List<String> holderImports = new ArrayList<>(List.of("ErrorCatalog", "Generated", "RuntimeVersion"));
        holderImports.addAll(shapeClasses);
        files.add(run.source(javaPackage, catalog.holderName(), HOLDER_TEMPLATE, new Views.HolderView(
                header(catalog, run, holderImports), run.annotations(), catalog.holderName(), catalog.enumName(),
                catalog.exceptionName(), String.join(", ", partConstants),
                catalog.parts().stream().map(ResolvedCatalog.Part::enumName).toList(),
                catalog.parts().get(0).enumName(), section), origin));
        return files;
    }

    private static Views.FileHeader header(ResolvedCatalog catalog, RenderContext run, List<String> runtimeTypes) {
        return new Views.FileHeader(RenderContext.header(catalog.catalog().file()), !catalog.javaPackage().isEmpty(),
                catalog.javaPackage(), run.runtimeImports(catalog.javaPackage(), runtimeTypes));
    }

    /** One enum: the catalog's own (with {@code section}), or one part of a split catalog. */
    private static GeneratedFile part(ResolvedCatalog catalog, ResolvedCatalog.Part part, RenderContext run,
            List<String> runtimeTypes, String interfaceName, String catalogType, boolean hasUnknown,
            Views.CatalogSection section, Map<String, Integer> groupIndex, Map<List<Object>, Integer> wireIndex,
            NameAllocator methodNames) {
        List<Views.ConstantView> constants = new ArrayList<>();
        List<Views.FactoryView> factories = new ArrayList<>();
        List<Views.FactsRow> rows = new ArrayList<>();
        for (ErrorEntry error : part.errors()) {
            int wire = error.wire() == null ? -1 : wireIndex.get(error.wire().catalogWideKey());
            int group = error.group() == null ? -1 : groupIndex.getOrDefault(error.group().value(), -1);
            Integer status = error.status().value();
            rows.add(new Views.FactsRow("error(" + String.join(", ", error.name(), Escapes.javaString(error.code().value()),
                    Integer.toString(status == null ? 0 : status), "Severity." + error.severity().name(),
                    "Retry." + error.retry().name(), Integer.toString(group), Integer.toString(error.params().size()),
                    Escapes.javaString(catalog.documentationUrl(error)), Integer.toString(wire),
                    Escapes.javaString(error.wire() == null ? null : error.wire().ownSetting()),
                    "GrpcStatus." + error.grpcStatus().name()) + ")", 1));
            if (!error.params().isEmpty()) {
                rows.add(listRow("parameters", error, error.params().stream()
                        .map(param -> Escapes.javaString(param.name() + ":" + param.type().keyword()
                                + (param.sensitive() ? ":sensitive" : ""))).toList()));
            }
            if (!error.aliases().isEmpty()) {
                rows.add(listRow("aliases", error, error.aliases().stream()
                        .map(alias -> Escapes.javaString(alias.value())).toList()));
            }
            constants.add(new Views.ConstantView(Javadocs.constant(catalog, error, run.history().since(catalog, error)),
                    error.isDeprecated(), error.name()));
            factories.add(factory(catalog, error, group, methodNames));
        }
        boolean own = section != null;
        Views.EnumView view = new Views.EnumView(header(catalog, run, runtimeTypes), run.annotations(),
                own ? Javadocs.enumType(catalog) : Javadocs.part(catalog, part), part.enumName(), interfaceName,
                catalog.exceptionName(), catalogType, constants, hasUnknown, chunks(rows), factories, section, !own);
        return run.source(catalog.javaPackage(), part.enumName(), TEMPLATE, view, catalog.catalog().file());
    }

    /** {@code aliases(NAME, "a", "b")}: a list given to the builder after the error's facts. */
    private static Views.FactsRow listRow(String method, ErrorEntry error, List<String> items) {
        return new Views.FactsRow(method + "(" + error.name() + ", " + String.join(", ", items) + ")",
                1 + items.size() / LIST_ITEMS_PER_ROW);
    }

    /** The rows in methods of at most {@link #ROWS_PER_METHOD} statements' weight (a heavier row alone). */
    private static List<Views.FactsChunk> chunks(List<Views.FactsRow> rows) {
        List<Views.FactsChunk> chunks = new ArrayList<>();
        int first = 0;
        while (first < rows.size()) {
            int last = first;
            int weight = 0;
            while (last < rows.size() && (last == first || weight + rows.get(last).weight() <= ROWS_PER_METHOD)) {
                weight += rows.get(last).weight();
                last++;
            }
            chunks.add(new Views.FactsChunk(NameAllocator.FACTS_METHOD + chunks.size(), first + 1, last,
                    rows.subList(first, last).stream().map(Views.FactsRow::call).toList()));
            first = last;
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
                .map(param -> " @param " + param.name() + " " + (param.description() == null
                        ? "the message's {" + param.name() + "}" : Escapes.javadoc(param.description()))
                        + (param.sensitive() ? " (sensitive: {@code ***} in messages and logs, never in a body)" : ""))
                .toList());
        if (error.isDeprecated()) {
            javadoc.add(" @deprecated as {@link #" + error.name() + "} is");
        }
        return new Views.FactoryView(javadoc, error.isDeprecated(), error.name(), method, exceptionType,
                Escapes.commaSeparated(parameters), Escapes.commaSeparated(arguments));
    }
}
