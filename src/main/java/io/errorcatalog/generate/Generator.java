package io.errorcatalog.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.errorcatalog.load.CatalogLoader;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.render.CatalogRenderer;
import io.errorcatalog.render.TemplateEngine;
import io.errorcatalog.validate.CatalogValidator;
import io.errorcatalog.write.GeneratedFile;
import io.errorcatalog.write.OutputWriter;

/**
 * Load, check, render, write. Every catalog is loaded and checked before anything is rendered, and
 * everything is rendered before anything is written, so a run with a problem writes nothing.
 */
public final class Generator {

    private final CatalogLoader loader = new CatalogLoader();
    private final CatalogValidator validator = new CatalogValidator();

    /**
     * @throws CatalogException if a catalog has problems; they are all in the exception
     * @throws IOException if the files cannot be read or written
     */
    public GenerationResult generate(GenerationRequest request) throws CatalogException, IOException {
        long start = System.nanoTime();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Catalog> loaded = new ArrayList<>();
        for (String file : CatalogFiles.find(request.catalogDirectory(), request.includes(), request.excludes())) {
            byte[] content = java.nio.file.Files.readAllBytes(request.catalogDirectory().resolve(file));
            loader.load(file, content, diagnostics).ifPresent(loaded::add);
        }
        CatalogSet set = new CatalogSet(loaded, request.defaultPackage());
        diagnostics.addAll(validator.validate(set));
        if (!diagnostics.isEmpty()) {
            diagnostics.sort(null);
            throw new CatalogException(diagnostics);
        }

        CatalogRenderer renderer = new CatalogRenderer(new TemplateEngine(request.templateDirectory()));
        List<GeneratedFile> files = new ArrayList<>();
        int codes = 0;
        TreeSet<String> locales = new TreeSet<>();
        for (Catalog catalog : set.catalogs()) {
            ResolvedCatalog resolved = set.resolve(catalog);
            files.addAll(renderer.render(resolved));
            codes += catalog.errors().size();
            locales.addAll(catalog.localeTags());
        }
        checkNoFileTwice(set, files);

        OutputWriter.Summary summary = new OutputWriter(request.sourceOutput(), request.resourceOutput()).write(files);
        return new GenerationResult(set.catalogs().size(), codes, locales.size(), files, summary.written(),
                summary.unchanged(), summary.deleted(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Two catalogs with the same package and type names would overwrite each other's files. */
    private static void checkNoFileTwice(CatalogSet set, List<GeneratedFile> files) throws CatalogException {
        Map<String, GeneratedFile> byPath = new LinkedHashMap<>();
        List<Diagnostic> conflicts = new ArrayList<>();
        for (GeneratedFile file : files) {
            GeneratedFile earlier = byPath.putIfAbsent(file.kind() + ":" + file.path(), file);
            if (earlier != null) {
                Optional<Catalog> catalog = set.catalogs().stream()
                        .filter(each -> each.file().equals(file.origin())).findFirst();
                conflicts.add(new Diagnostic(catalog.orElseThrow().id().location(), "output-conflict",
                        "this catalog and " + earlier.origin() + " both generate " + file.path()
                                + "; give one of them another 'package', 'enum' or 'exception'"));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new CatalogException(conflicts);
        }
    }
}
