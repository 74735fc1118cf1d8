package io.errorcatalog.cli;

import java.io.IOException;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import picocli.CommandLine.Command;

/** The {@code check} goal: the catalogs loaded and checked, nothing written; for CI and pre-commit hooks. */
@Command(name = "check", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Loads and checks the catalogs and writes nothing: every problem is shown at its file, line"
                + " and column, and the exit code is 1.")
final class CheckCommand extends CatalogCommand {

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        long start = System.nanoTime();
        CatalogSet set = check();
        out().println("Error catalogs: " + Generator.checkSummary(set, (System.nanoTime() - start) / 1_000_000)
                + " (" + catalogDirectory + ")");
        printTranslations(Generator.translationSummary(set));
        return Cli.OK;
    }
}
