package io.errorcatalog.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.generate.IoFailure;
import io.errorcatalog.model.TranslationPolicy;

/** What every goal that reads the project's catalogs shares: where they are, and how a problem is reported. */
abstract class AbstractCatalogMojo extends AbstractMojo {

    /**
     * The directory that holds the catalogs.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.catalogDirectory", defaultValue = "${project.basedir}/src/main/error-catalog")
    protected File catalogDirectory;

    /**
     * Which files of the catalog directory are catalogs (glob patterns).
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.includes", defaultValue = "**/*.yaml,**/*.yml")
    protected List<String> includes;

    /**
     * Which files of the catalog directory to leave out (glob patterns).
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.excludes")
    protected List<String> excludes;

    /**
     * The Java package of catalogs that do not name one. Unset or empty (the default), such catalogs go to the
     * unnamed package.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.defaultPackage")
    protected String defaultPackage;

    /**
     * Fails the build where a text has no translation into one of its catalog's locales, naming each (tag
     * {@code untranslated}); by default such texts fall back to the default locale. For release builds
     * ({@code -Derror-catalog.failOnMissingTranslations}); a catalog may require it of itself with
     * {@code translations: {failOnMissing: true}}.
     *
     * @since 1.1.0
     */
    @Parameter(property = "error-catalog.failOnMissingTranslations", defaultValue = "false")
    protected boolean failOnMissingTranslations;

    /**
     * Fails the build where a translation was made from an earlier version of its default-locale text (tag
     * {@code stale-translation}); by default a stale translation keeps serving, and only the summary counts it.
     * A catalog may require it of itself with {@code translations: {failOnStale: true}}.
     *
     * @since 1.1.0
     */
    @Parameter(property = "error-catalog.failOnStaleTranslations", defaultValue = "false")
    protected boolean failOnStaleTranslations;

    /**
     * Skips the goal.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Where the goal records which files each run wrote, so the next run removes those it no longer
     * writes and leaves other files alone. Read-only, so it has no user property: it always sits in the
     * build directory, which {@code mvn clean} removes together with what the goal wrote.
     *
     * @since 1.0.0
     */
    @Parameter(defaultValue = "${project.build.directory}/error-catalog", readonly = true, required = true)
    protected File stateDirectory;

    /** A call of the generator, whose failures every goal reports alike. */
    @FunctionalInterface
    interface GeneratorCall<T> {
        T run() throws CatalogException, InvalidRequestException, IOException;
    }

    /**
     * Runs a call of the generator: the catalogs' problems and a wrong request fail the build
     * ({@code MojoFailureException}); the plugin's own failures are {@code MojoExecutionException}s, their
     * cause kept.
     */
    protected <T> T run(GeneratorCall<T> call) throws MojoExecutionException, MojoFailureException {
        try {
            return call.run();
        } catch (CatalogException e) {
            throw failure(e);
        } catch (InvalidRequestException e) {
            throw new MojoFailureException("error-catalog: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("error-catalog failed: " + IoFailure.describe(e), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("error-catalog failed: " + IoFailure.describe(e.getCause()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("error-catalog failed: " + e.getMessage(), e);
        }
    }

    /** Whether the goal is skipped, which the log then says. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("Skipping error catalogs (error-catalog.skip)");
        }
        return skip;
    }

    /** The catalogs' problems as the build's failure, each file resolved against the catalog directory. */
    protected MojoFailureException failure(CatalogException e) {
        // In the failure, not the log: Maven prints it at the end of the build, together even under -T.
        return new MojoFailureException(e.report(" under " + catalogDirectory,
                diagnostic -> diagnostic.toString(catalogDirectory.toPath())));
    }

    /** A request that only reads the catalogs, failing on the translation gaps the goal's parameters name. */
    protected GenerationRequest checkRequest() {
        return GenerationRequest.forCheck(catalogDirectory.toPath(), includes, excludes(), defaultPackage,
                stateDirectory.toPath()).withTranslations(translationPolicy());
    }

    /** Which translation gaps fail the build. */
    protected TranslationPolicy translationPolicy() {
        return new TranslationPolicy(failOnMissingTranslations, failOnStaleTranslations);
    }

    /** Logs how far each catalog is translated, one line per catalog of several locales. */
    protected void logTranslations(List<String> summary) {
        summary.forEach(line -> getLog().info("Translations of " + line));
    }

    /** The exclude patterns, none where unset. */
    protected List<String> excludes() {
        return excludes == null ? List.of() : excludes;
    }
}
