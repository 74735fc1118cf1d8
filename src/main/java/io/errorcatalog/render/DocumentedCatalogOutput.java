package io.errorcatalog.render;

import java.util.List;

import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.write.GeneratedFile;

/** An output of the error reference that each catalog has: its pages, its JSON, its OpenAPI components. */
abstract class DocumentedCatalogOutput extends CatalogOutput {

    /** The version the reference documents, or null. */
    final String version;

    DocumentedCatalogOutput(String version) {
        this.version = version;
    }

    @Override
    final List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run) {
        return render(DocumentedCatalog.of(catalog, run.history()), run);
    }

    /** The files of one catalog, as the reference documents it. */
    abstract List<GeneratedFile> render(DocumentedCatalog catalog, RenderContext run);
}
