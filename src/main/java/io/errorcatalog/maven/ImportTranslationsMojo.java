package io.errorcatalog.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.translate.TranslationImport;

/**
 * Reads translated XLIFF files back ({@code mvn error-catalog:import-translations}, {@code -Dlocale=de} for one
 * locale) into the file of translations beside each catalog, {@code orders.de.yaml} beside {@code orders.yaml}:
 * it creates or rewrites that file, never the catalog's own. A translation whose placeholders differ from its
 * source's, a unit of an unknown error, a file of an unknown catalog or locale, and hostile XML fail the goal,
 * which then writes nothing.
 */
@Mojo(name = "import-translations", threadSafe = true)
public class ImportTranslationsMojo extends AbstractCatalogMojo {

    /**
     * Where the translated XLIFF files are: every {@code *.xlf} and {@code *.xliff} file directly in it is imported.
     *
     * @since 1.1.0
     */
    @Parameter(property = "error-catalog.translationDirectory",
            defaultValue = "${project.build.directory}/error-catalog/translations")
    private File translationDirectory;

    /**
     * The one locale to import, a BCP 47 tag such as {@code de}; unset, every locale the files translate into.
     *
     * @since 1.1.0
     */
    @Parameter(property = "locale")
    private String locale;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping error catalogs (error-catalog.skip)");
            return;
        }
        CatalogSet set = CheckMojo.check(this);
        TranslationImport.Result result;
        try {
            result = new TranslationImport().importFiles(set, new TranslationImport.Request(catalogDirectory.toPath(),
                    includes, excludes(), xliffFiles(), locale));
        } catch (CatalogException e) {
            throw failure(e);
        } catch (InvalidRequestException e) {
            throw new MojoFailureException("error-catalog: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("error-catalog failed: " + e.getMessage(), e);
        }
        for (TranslationImport.Written file : result.files()) {
            getLog().info("Imported the " + file.locale() + " translations of " + file.catalog() + ": "
                    + catalogDirectory.toPath().resolve(file.file()) + " (" + file.translated() + " translated, "
                    + file.removed() + " removed, " + file.needsWork() + " left as they were for needing work"
                    + (file.changed() ? "" : "; unchanged") + ")");
        }
    }

    /** The XLIFF files of the translation directory, in name order; none where it does not exist. */
    private List<Path> xliffFiles() throws MojoExecutionException {
        Path directory = translationDirectory.toPath();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = String.valueOf(file.getFileName());
                return name.endsWith(".xlf") || name.endsWith(".xliff");
            }).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("error-catalog failed to list " + directory + ": " + e.getMessage(), e);
        }
    }
}
