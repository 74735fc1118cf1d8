package io.errorcatalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.Docs;
import io.errorcatalog.generate.DocsRequest;
import io.errorcatalog.generate.DocsResult;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.render.DocsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code docs} goal: the catalogs' error reference, as HTML, Markdown, JSON and OpenAPI components. */
@Command(name = "docs", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Writes the error reference: per catalog and locale an HTML page and a Markdown one, the"
                + " whole catalog as JSON, and OpenAPI 3.1 components.")
final class DocsCommand extends CatalogCommand {

    @Option(names = "--docs-directory", paramLabel = "<dir>", defaultValue = "target/error-catalog-docs",
            description = "Where the references go: a directory per catalog id, and index.html.")
    private Path docsDirectory;

    @Option(names = "--docs-formats", paramLabel = "<format>", split = ",", defaultValue = "html,markdown,json,openapi",
            description = "Which references to write: any of html, markdown, json, openapi (comma-separated).")
    private List<String> docsFormats;

    @Option(names = "--docs-version", paramLabel = "<version>",
            description = "The version the references document: shown on the pages, and OpenAPI's info.version.")
    private String docsVersion;

    @Option(names = "--template-directory", paramLabel = "<dir>",
            description = "Mustache templates that replace the built-in ones of the same name.")
    private Path templateDirectory;

    /** Whose history gives each error that was in it its first release, shown as in generate's {@code @since}. */
    @Mixin
    private BaselineOptions baseline;

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        Set<DocsFormat> formats = EnumSet.noneOf(DocsFormat.class);
        try {
            docsFormats.forEach(format -> formats.add(DocsFormat.of(format)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("--docs-formats: " + e.getMessage(), e);
        }
        CatalogSet set = check();
        ReleaseHistory history = new Generator().history(baseline.release(checkRequest()), set);
        DocsResult result = Docs.write(set, new DocsRequest(docsDirectory, stateDirectory, formats,
                templateDirectory, docsVersion, history));
        out().println("Error reference: " + result.summary() + " -> " + docsDirectory);
        return Cli.OK;
    }
}
