package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;

import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.ResolvedCatalog.ResolvedGroup;
import io.errorcatalog.write.GeneratedFile;

/** Each catalog's base exception, and one subclass per exception group. */
final class ExceptionOutput extends CatalogOutput {

    static final String BASE_TEMPLATE = "exception.java.mustache";
    static final String GROUP_TEMPLATE = "group-exception.java.mustache";

    @Override
    List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run) {
        String origin = catalog.catalog().file();
        String javaPackage = catalog.javaPackage();
        List<GeneratedFile> files = new ArrayList<>();
        Views.FileHeader baseFile = new Views.FileHeader(RenderContext.header(origin), !javaPackage.isEmpty(),
                javaPackage, run.runtimeImports(javaPackage, List.of("CatalogException", "Generated", "Received")));
        files.add(run.source(javaPackage, catalog.exceptionName(), BASE_TEMPLATE, new Views.ExceptionView(baseFile,
                run.annotations(), Javadocs.exception(catalog), catalog.exceptionName(), catalog.enumName()), origin));
        Views.FileHeader groupFile = new Views.FileHeader(RenderContext.header(origin), !javaPackage.isEmpty(),
                javaPackage, run.runtimeImports(javaPackage, List.of("Generated", "Received")));
        for (ResolvedGroup group : catalog.groups()) {
            files.add(run.source(javaPackage, group.exceptionName(), GROUP_TEMPLATE, new Views.GroupExceptionView(
                    groupFile, run.annotations(), Javadocs.group(catalog, group), group.exceptionName(),
                    catalog.exceptionName(), catalog.enumName()), origin));
        }
        return files;
    }
}
