package io.errorcatalog.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;

/** What the two goals of the translator round trip share: where the XLIFF files are, which locale, the catalogs. */
abstract class AbstractTranslationMojo extends AbstractCatalogMojo {

    /**
     * Where {@code export-translations} writes the XLIFF files, and where {@code import-translations} reads every
     * {@code *.xlf} and {@code *.xliff} file directly in it.
     *
     * @since 1.1.0
     */
    @Parameter(property = "error-catalog.translationDirectory",
            defaultValue = "${project.build.directory}/error-catalog/translations")
    protected File translationDirectory;

    /**
     * The one locale to export or import, a BCP 47 tag such as {@code de}; unset, export writes every locale of
     * each catalog but its default, and import takes every locale its files translate into.
     *
     * @since 1.1.0
     */
    @Parameter(property = "locale")
    protected String locale;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        CatalogSet catalogs = CheckMojo.check(this);
        run(() -> {
            translate(catalogs);
            return null;
        });
    }

    /** The goal's work on the project's catalogs, loaded and checked. */
    abstract void translate(CatalogSet catalogs) throws CatalogException, InvalidRequestException, IOException;
}
