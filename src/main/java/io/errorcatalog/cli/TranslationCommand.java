package io.errorcatalog.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** What the two subcommands of the translator round trip share, as their goals share {@code AbstractTranslationMojo}. */
abstract class TranslationCommand extends CatalogCommand {

    @Option(names = "--translation-directory", paramLabel = "<dir>", defaultValue = "target/error-catalog/translations",
            description = "Where the XLIFF files are written for translators, and read back from.")
    protected Path translationDirectory;

    @Option(names = "--locale", paramLabel = "<tag>",
            description = "Only this locale (a BCP 47 tag such as de); unset, every locale but each catalog's default.")
    protected String locale;
}
