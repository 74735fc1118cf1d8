package io.errorcatalog.cli;

import java.io.IOException;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.translate.TranslationExport;
import picocli.CommandLine.Command;

/** The {@code export-translations} goal: each catalog's texts for translators, as XLIFF 1.2. */
@Command(name = "export-translations", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Writes each catalog's texts for translation as XLIFF 1.2, one file per catalog and locale.")
final class ExportTranslationsCommand extends TranslationCommand {

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        TranslationExport.Result result = new TranslationExport().export(check(),
                new TranslationExport.Request(translationDirectory, locale));
        for (TranslationExport.Exported file : result.files()) {
            out().println(file.summary());
        }
        return Cli.OK;
    }
}
