package io.errorcatalog.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.translate.TranslationExport;

/**
 * Writes each catalog's texts for translation as XLIFF 1.2, one file per catalog and locale but the default
 * ({@code orders.de.xlf}), for a translator or a translation platform: {@code mvn error-catalog:export-translations}
 * ({@code -Dlocale=de} for one locale). {@code import-translations} reads them back.
 */
@Mojo(name = "export-translations", threadSafe = true)
public class ExportTranslationsMojo extends AbstractCatalogMojo {

    /**
     * Where the XLIFF files go, and where {@code import-translations} reads them from.
     *
     * @since 1.1.0
     */
    @Parameter(property = "error-catalog.translationDirectory",
            defaultValue = "${project.build.directory}/error-catalog/translations")
    private File translationDirectory;

    /**
     * The one locale to export, a BCP 47 tag such as {@code de}; unset, every locale of each catalog but its
     * default.
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
        TranslationExport.Result result;
        try {
            result = new TranslationExport().export(set,
                    new TranslationExport.Request(translationDirectory.toPath(), locale));
        } catch (CatalogException e) {
            throw failure(e);
        } catch (InvalidRequestException e) {
            throw new MojoFailureException("error-catalog: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("error-catalog failed: " + e.getMessage(), e);
        }
        for (TranslationExport.Exported file : result.files()) {
            getLog().info("Exported " + file.catalog() + " for translation into " + file.locale() + ": " + file.file()
                    + " (" + file.untranslated() + " new, " + file.needsReview() + " to review, " + file.translated()
                    + " translated" + (file.changed() ? "" : "; unchanged") + ")");
        }
    }
}
