package io.errorcatalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.translate.TranslationImport;
import picocli.CommandLine.Command;

/** The {@code import-translations} goal: translated XLIFF files back into the files of translations. */
@Command(name = "import-translations", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Reads translated XLIFF files back into the file of translations beside each catalog.")
final class ImportTranslationsCommand extends TranslationCommand {

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        // Absolute: a problem's file is shown resolved against the catalog directory, where a relative one is not.
        List<Path> files = TranslationImport.xliffFiles(translationDirectory.toAbsolutePath().normalize());
        TranslationImport.Result result = new TranslationImport().importFiles(check(), new TranslationImport.Request(
                catalogDirectory, includes, excludes(), files, locale));
        for (TranslationImport.Written file : result.files()) {
            out().println(file.summary(catalogDirectory));
        }
        return Cli.OK;
    }
}
