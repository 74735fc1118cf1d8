package io.errorcatalog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code error-catalog generate|check|explain|compat ...}: the plugin's goals for builds that are not Maven. Exit
 * codes: {@link #OK}, {@link #CATALOG_PROBLEMS}, {@link #USAGE}, {@link #NOT_FOUND}, {@link #FAILED}.
 */
@Command(name = "error-catalog", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Compiles YAML error catalogs into Java enums, exceptions and message bundles, as the"
                + " error-catalog-maven-plugin's goals do.",
        subcommands = {GenerateCommand.class, CheckCommand.class, ExplainCommand.class, DocsCommand.class,
            ExportTranslationsCommand.class, ImportTranslationsCommand.class, CompatCommand.class})
public final class Cli {

    /** The run did what it was asked. */
    public static final int OK = 0;
    /** The catalogs have problems, or a change breaks clients; each is printed at its file, line and column. */
    public static final int CATALOG_PROBLEMS = 1;
    /** The command line is wrong: an unknown subcommand or option, a missing or invalid value. */
    public static final int USAGE = 2;
    /** {@code explain}: no error has that code or name. */
    public static final int NOT_FOUND = 3;
    /** The tool failed: a file could not be read or written, or an internal error (a bug; please report it). */
    public static final int FAILED = 4;

    private static final Map<String, String> EXIT_CODES = exitCodes();

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + ":", "done");
        codes.put(CATALOG_PROBLEMS + ":", "the catalogs have problems (each shown as file:line:column: [tag] ...),"
                + " or compat: a change breaks clients");
        codes.put(USAGE + ":", "the command line is wrong");
        codes.put(NOT_FOUND + ":", "explain: no error has that code or name");
        codes.put(FAILED + ":", "a file could not be read or written, or an internal error");
        return codes;
    }

    private Cli() {}

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out).setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with its subcommands, each with the exit codes in its help and the same error handling. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(Cli.class);
        commandLine.setParameterExceptionHandler(Cli::usageError);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            // Catalog problems, wrong requests and I/O failures are answered by CatalogCommand: this is a bug.
            command.getErr().println("error-catalog failed: an internal error; please report it with this trace");
            e.printStackTrace(command.getErr());
            return FAILED;
        });
        for (CommandLine command : all(commandLine)) {
            command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        }
        return commandLine;
    }

    private static Iterable<CommandLine> all(CommandLine root) {
        java.util.List<CommandLine> all = new java.util.ArrayList<>();
        all.add(root);
        all.addAll(root.getSubcommands().values());
        return all;
    }

    /** The problem, a suggestion where the word was misspelled, and where to read more; no usage wall. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error-catalog: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /** The plugin's version, as its jar's Maven metadata says. */
    static final class Version implements CommandLine.IVersionProvider {

        private static final String POM_PROPERTIES =
                "/META-INF/maven/io.errorcatalog/error-catalog-maven-plugin/pom.properties";

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in == null) {
                    return new String[] {"error-catalog (version unknown: not run from the plugin's jar)"};
                }
                properties.load(in);
            }
            return new String[] {"error-catalog " + properties.getProperty("version")};
        }
    }
}
