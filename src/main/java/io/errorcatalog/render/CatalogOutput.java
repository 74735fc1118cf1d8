package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;

import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.write.GeneratedFile;

/** An output that each catalog has one of (its enum, its exceptions, its bundles). */
abstract class CatalogOutput implements Output {

    @Override
    public final List<GeneratedFile> render(RenderContext run) {
        List<GeneratedFile> files = new ArrayList<>();
        for (ResolvedCatalog catalog : run.catalogs()) {
            files.addAll(render(catalog, run));
        }
        return files;
    }

    /** The files of one catalog. */
    abstract List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run);
}
