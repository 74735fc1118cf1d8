package io.errorcatalog.cli;

import java.io.IOException;
import java.util.List;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.Explanation;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code explain} goal: one error's entry, as {@code rustc --explain} shows a compiler error. */
@Command(name = "explain", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Prints one error's entry: code, status, texts in a locale (parameters shown with their"
                + " types), causes, solutions and where it is written.")
final class ExplainCommand extends CatalogCommand {

    @Parameters(paramLabel = "<code>", description = "The error to explain: its wire code, or its constant name.")
    private String code;

    @Option(names = "--locale", paramLabel = "<tag>",
            description = "The locale of the texts, a BCP 47 tag such as de or pt-BR; unset, the catalog's default"
                    + " locale. Where the catalog has no text in it, its default locale's is shown.")
    private String locale;

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        CatalogSet set = check();
        List<String> entries = Explanation.of(set, code, locale);
        if (entries.isEmpty()) {
            err().println("error-catalog: " + Explanation.noSuchError(set, code, "under " + catalogDirectory));
            return Cli.NOT_FOUND;
        }
        // Each entry ends with a line break; a blank line parts two errors of one code (in two catalogs).
        out().print(String.join("\n", entries));
        return Cli.OK;
    }
}
