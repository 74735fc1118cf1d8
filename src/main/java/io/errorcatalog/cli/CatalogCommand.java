package io.errorcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.generate.IoFailure;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.TranslationPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand that reads catalogs shares, as the goals share {@code AbstractCatalogMojo}: where the
 * catalogs are, and how the engine's answers become diagnostics and exit codes. Paths are relative to the
 * working directory, and the defaults are the Maven goals' with {@code target} as the build directory.
 */
abstract class CatalogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--catalog-directory", paramLabel = "<dir>", defaultValue = "src/main/error-catalog",
            description = "The directory that holds the catalogs.")
    protected Path catalogDirectory;

    @Option(names = "--includes", paramLabel = "<glob>", split = ",", defaultValue = "**/*.yaml,**/*.yml",
            description = "Which files of the catalog directory are catalogs (glob patterns, comma-separated).")
    protected List<String> includes;

    @Option(names = "--excludes", paramLabel = "<glob>", split = ",",
            description = "Which files of the catalog directory to leave out (glob patterns, comma-separated).")
    private List<String> excludes;

    @Option(names = "--default-package", paramLabel = "<package>",
            description = "The Java package of catalogs that name none; unset, the unnamed package.")
    protected String defaultPackage;

    @Option(names = "--state-directory", paramLabel = "<dir>", defaultValue = "target/error-catalog",
            description = "Where a run records the files it wrote (so the next removes those it no longer"
                    + " writes) and the inputs it read (so the next with the same inputs does nothing).")
    protected Path stateDirectory;

    @Option(names = "--fail-on-missing-translations", paramLabel = "<true|false>", arity = "0..1",
            fallbackValue = "true", defaultValue = "false",
            description = "Fails where a text has no translation into one of its catalog's locales (a release build).")
    private boolean failOnMissingTranslations;

    @Option(names = "--fail-on-stale-translations", paramLabel = "<true|false>", arity = "0..1",
            fallbackValue = "true", defaultValue = "false",
            description = "Fails where a translation was made from an earlier version of its default-locale text.")
    private boolean failOnStaleTranslations;

    /** The subcommand's work; its exceptions are the user's to fix, and {@link #call()} says so. */
    abstract int run() throws CatalogException, InvalidRequestException, IOException;

    @Override
    public final Integer call() {
        if (!Files.isDirectory(catalogDirectory)) {
            // Unlike a Maven module without catalogs, a command line names its catalogs: a wrong path is a mistake.
            err().println("error-catalog: the catalog directory '" + catalogDirectory + "' is not a directory;"
                    + " name the directory of your catalogs with --catalog-directory");
            return Cli.USAGE;
        }
        try {
            return run();
        } catch (CatalogException e) {
            err().println(e.report(" under " + catalogDirectory, diagnostic -> diagnostic.toString(catalogDirectory)));
            return Cli.CATALOG_PROBLEMS;
        } catch (InvalidRequestException e) {
            err().println("error-catalog: " + e.getMessage());
            return Cli.USAGE;
        } catch (IOException e) {
            err().println("error-catalog failed: " + IoFailure.describe(e));
            return Cli.FAILED;
        } catch (UncheckedIOException e) {
            err().println("error-catalog failed: " + IoFailure.describe(e.getCause()));
            return Cli.FAILED;
        }
    }

    /** The catalogs, loaded and checked; nothing is written but a long list of problems. */
    protected CatalogSet check() throws CatalogException, InvalidRequestException, IOException {
        return new Generator().check(checkRequest());
    }

    /** A request that only reads the catalogs, failing on the translation gaps the options name. */
    protected GenerationRequest checkRequest() {
        return GenerationRequest.forCheck(catalogDirectory, includes, excludes(), defaultPackage, stateDirectory)
                .withTranslations(translationPolicy());
    }

    /** Which translation gaps fail the run. */
    protected TranslationPolicy translationPolicy() {
        return new TranslationPolicy(failOnMissingTranslations, failOnStaleTranslations);
    }

    /** How far each catalog is translated, one line per catalog of several locales, as the goals log it. */
    protected void printTranslations(List<String> summary) {
        summary.forEach(line -> out().println("Translations of " + line));
    }

    /** The exclude patterns, none where unset. */
    protected List<String> excludes() {
        return excludes == null ? List.of() : excludes;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
