package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.NameAllocator;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.WireFormat;
import io.errorcatalog.write.GeneratedFile;

/** Each catalog's enum: its constants and their facts, and a typed factory per error. */
final class EnumOutput extends CatalogOutput {

    static final String TEMPLATE = "enum.java.mustache";

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
            List<String> imported = new ArrayList<>(List.of("CatalogError", "ErrorCatalog", "Generated",
                    "RuntimeVersion"));
            imported.addAll(shapeClasses);
            files.add(part(catalog, catalog.parts().get(0), run, imported, "CatalogError", catalog.enumName(), true,
                    section, groupIndex, wireIndex, methodNames));
            return files;
        }
        List<String> partConstants = new ArrayList<>();
        List<String> partLinks = new ArrayList<>();
        for (ResolvedCatalog.Part part : catalog.parts()) {
            files.add(part(catalog, part, run, List.of("ErrorCatalog", "Generated"),
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
        List<String> rows = new ArrayList<>();
        for (ErrorEntry error : part.errors()) {
            int wire = error.wire() == null ? -1 : wireIndex.get(error.wire().catalogWideKey());
            int group = error.group() == null ? -1 : groupIndex.getOrDefault(error.group().value(), -1);
            rows.add(factsRow(catalog, error, group, wire));
            constants.add(new Views.ConstantView(Javadocs.constant(catalog, error, run.history().since(catalog, error)),
                    error.isDeprecated(), error.name()));
            factories.add(factory(catalog, error, group, methodNames));
        }
        boolean own = section != null;
        Views.EnumView view = new Views.EnumView(header(catalog, run, runtimeTypes), run.annotations(),
                own ? Javadocs.enumType(catalog) : Javadocs.part(catalog, part), part.enumName(), interfaceName,
                catalog.exceptionName(), catalogType, constants, hasUnknown,
                FactsTable.source(rows, FactsTable.MAX_PART_BYTES), factories, section, !own);
        return run.source(catalog.javaPackage(), part.enumName(), TEMPLATE, view, catalog.catalog().file());
    }

    /** The error's row of the enum's facts table: its fields in the order of the runtime's {@code Definition.Table}. */
    private static String factsRow(ResolvedCatalog catalog, ErrorEntry error, int group, int wire) {
        Integer status = error.status().value();
        List<String> fields = new ArrayList<>(Arrays.asList(error.name(), error.code().value(),
                Integer.toString(status == null ? 0 : status), error.severity().name(), error.retry().name(),
                Integer.toString(group), Integer.toString(wire), error.wire() == null ? null : error.wire().ownSetting(),
                error.grpcStatus().name(), catalog.documentationUrl(error), Integer.toString(error.params().size())));
        for (Parameter param : error.params()) {
            fields.add(param.runtimeSpec());
        }
        for (Located<String> alias : error.aliases()) {
            fields.add(alias.value());
        }
        return FactsTable.row(fields);
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
        List<String> parameters = new ArrayList<>(error.params().size());
        List<String> arguments = new ArrayList<>(error.params().size());
        List<String> javadoc = new ArrayList<>(error.params().size() + 1);
        for (Parameter param : error.params()) {
            parameters.add(param.type().javaType() + " " + param.name());
            arguments.add(param.name());
            javadoc.add(" @param " + param.name() + " " + (param.description() == null
                    ? "the message's {" + param.name() + "}" : Escapes.javadoc(param.description()))
                    + (param.sensitive() ? " (sensitive: {@code ***} in messages and logs, never in a body)" : ""));
        }
        if (error.isDeprecated()) {
            javadoc.add(Javadocs.deprecated(error));
        }
        return new Views.FactoryView(javadoc, error.isDeprecated(), error.name(), method, exceptionType,
                Escapes.commaSeparated(parameters), arguments.isEmpty() ? "new Object[] {}"
                        : "new Object[] { " + Escapes.commaSeparated(arguments) + " }");
    }
}
