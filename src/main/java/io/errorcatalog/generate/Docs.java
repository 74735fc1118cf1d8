package io.errorcatalog.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.render.DocsFormat;
import io.errorcatalog.render.GeneratedMarker;
import io.errorcatalog.render.RenderContext;
import io.errorcatalog.render.Renderer;
import io.errorcatalog.render.TemplateEngine;
import io.errorcatalog.write.GeneratedFile;
import io.errorcatalog.write.OutputWriter;

/**
 * The error references of catalogs: HTML and Markdown pages per catalog and locale, the catalog as JSON, and
 * OpenAPI components. A function of catalogs already loaded and checked ({@link Generator#check} gives them), so
 * the Maven goal, the site report and any other front end write the same files.
 */
public final class Docs {

    private Docs() {}

    /**
     * Renders the references and writes them under the request's directory, atomically, leaving unchanged
     * files untouched and removing those an earlier run wrote and this one does not.
     *
     * @throws InvalidRequestException if the template directory is wrong, or a template of it fails
     * @throws IOException if the files cannot be written
     */
    public static DocsResult write(CatalogSet set, DocsRequest request) throws InvalidRequestException, IOException {
        long start = System.nanoTime();
        List<GeneratedFile> files = render(set, request);
        String key = String.format(java.util.Locale.ROOT, "%08x",
                request.outputDirectory().toAbsolutePath().normalize().toString().hashCode());
        OutputWriter.Summary summary = new OutputWriter(Map.of(GeneratedFile.Kind.DOCUMENT, request.outputDirectory()),
                request.stateDirectory().resolve("docs-" + key + ".txt")).write(files);
        return new DocsResult(set.catalogs().size(), files, summary.written().size(), summary.unchanged(),
                summary.deleted().size(),
                request.outputDirectory(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The references' files, not written: each path is relative to the documentation directory.
     *
     * @throws InvalidRequestException if the template directory is wrong, or a template of it fails
     */
    public static List<GeneratedFile> render(CatalogSet set, DocsRequest request) throws InvalidRequestException {
        TemplateEngine templates;
        try {
            templates = new TemplateEngine(request.templateDirectory());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
        try {
            return Renderer.forDocs(request.formats(), request.version()).render(new RenderContext(
                    set.catalogs().stream().map(set::resolve).toList(), templates, "", GeneratedMarker.NONE, null,
                    request.history()));
        } catch (TemplateEngine.OverrideException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
    }

    /** The path of the index of the HTML pages, relative to the documentation directory. */
    public static Path index(Path outputDirectory) {
        return outputDirectory.resolve(DocsFormat.INDEX);
    }
}
