package io.errorcatalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.errorcatalog.compat.CompatReport;
import io.errorcatalog.generate.BaselineSource;
import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code compat} goal: the catalogs compared with their baseline. A command line resolves no released
 * artifact, so it names the baseline: a directory of catalogs, or an {@code error-catalog} zip.
 */
@Command(name = "compat", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Compares the catalogs with the catalogs as last released (--baseline-directory) and exits"
                + " with 1 on a change that breaks clients, unless the catalog accepts it; writes"
                + " compat-report.md and compat-report.json.")
final class CompatCommand extends CatalogCommand {

    @Mixin
    private BaselineOptions baseline;

    @Option(names = "--compat-rules", paramLabel = "<rule=level>", split = ",",
            description = "Levels that replace rules' defaults (breaking, warning, note, off), such as"
                    + " status-changed=warning,wording-changed=off.")
    private List<String> compatRules;

    @Option(names = "--keep-tombstones", paramLabel = "<n>", defaultValue = "2",
            description = "How many releases must ship a tombstone before the catalog may drop it.")
    private int keepTombstones;

    @Option(names = "--report-directory", paramLabel = "<dir>", defaultValue = "target/error-catalog",
            description = "Where compat-report.md and compat-report.json are written.")
    private Path reportDirectory;

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        BaselineSource source = baseline.source();
        if (source == null) {
            err().println("error-catalog: a command line resolves no released artifact; name the baseline with"
                    + " --baseline-directory (a directory of catalogs, or an error-catalog zip)");
            return Cli.USAGE;
        }
        CompatReport report = new Generator().compare(checkRequest(), source, catalogDirectory.toString(),
                compatRules == null ? List.of() : compatRules, keepTombstones);
        Path markdown = report.write(reportDirectory);
        for (CompatReport.Outcome outcome : report.outcomes()) {
            (outcome.fails() ? err() : out()).println(outcome.toString(catalogDirectory));
        }
        report.baselineProblems().forEach(problem -> err().println("warning: " + source.location()
                + ", compared all the same: " + problem));
        if (!report.failing().isEmpty()) {
            err().println(report.failure(catalogDirectory, catalogDirectory.toString()) + markdown);
            return Cli.CATALOG_PROBLEMS;
        }
        out().println("Error catalogs against " + report.baseline() + ": " + report.summary() + " (" + markdown + ")");
        return Cli.OK;
    }
}
