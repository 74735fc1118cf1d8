package io.errorcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in-process: what each subcommand prints, where, and with which exit code. {@code it/cli}
 * runs the same as {@code java -jar} from the attached jar.
 */
class CliTest {

    @TempDir
    Path work;

    /** What one command line printed, and its exit code. */
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path catalogs(String file, String source) throws IOException {
        Path directory = Files.createDirectories(work.resolve("catalogs"));
        Files.copy(Path.of(source), directory.resolve(file));
        return directory;
    }

    /** The golden payments catalog without its file of German translations: CARD_EXPIRED has no German. */
    private static final String TRANSLATIONS = "Translations of payments: 12 texts in en; de 10 translated, 2 missing\n";

    private String[] generate(Path catalogs, String... more) {
        String[] args = {"generate", "--catalog-directory", catalogs.toString(), "--output-directory",
            work.resolve("java").toString(), "--resource-output-directory", work.resolve("resources").toString(),
            "--state-directory", work.resolve("state").toString(), "--runtime-package", "com.example.errorcatalog"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void generateWritesTheCatalogAndTheRuntimeAndPrintsTheGoalsSummaryLine() throws IOException {
        Path catalogs = catalogs("payments.yaml", "src/test/resources/golden/catalogs/payments.yaml");

        Run first = run(generate(catalogs));
        Run second = run(generate(catalogs));

        assertEquals(new Run(0, first.out(), ""), first);
        assertTrue(first.out().matches("Error catalogs: 1 catalog\\(s\\), 5 error\\(s\\), 2 locale\\(s\\): (\\d+) file\\(s\\),"
                + " \\1 written, 0 unchanged, 0 removed, in \\d+ ms -> " + java.util.regex.Pattern.quote(
                        work.resolve("java") + ", " + work.resolve("resources")) + "\n" + TRANSLATIONS), first.out());
        assertTrue(Files.isRegularFile(work.resolve("java/com/example/payments/PaymentsError.java")));
        assertTrue(Files.isRegularFile(work.resolve("java/com/example/errorcatalog/ErrorCatalog.java")));
        assertTrue(Files.isRegularFile(work.resolve("resources/com/example/payments/PaymentsErrorMessages_de.properties")));
        assertTrue(second.out().startsWith("Error catalogs: 1 catalog file(s) up to date: nothing read or written"),
                second.out());
    }

    @Test
    void aBrokenCatalogExitsWithOneAndEachProblemAtItsPlaceAndWritesNothing() throws IOException {
        Path catalogs = catalogs("broken.yaml", "src/test/resources/mojo/broken/broken.yaml");

        Run generate = run(generate(catalogs));
        Run check = run("check", "--catalog-directory", catalogs.toString(), "--state-directory",
                work.resolve("state").toString());

        String expected = "1 problem(s) in the error catalogs under " + catalogs + ":\n" + catalogs.resolve("broken.yaml")
                + ":9:5: [unknown-key] unknown key 'mesage' in error NOT_FOUND; did you mean 'message'?\n";
        assertEquals(new Run(Cli.CATALOG_PROBLEMS, "", expected), generate);
        assertEquals(new Run(Cli.CATALOG_PROBLEMS, "", expected), check);
        assertFalse(Files.exists(work.resolve("java")));
    }

    @Test
    void checkPrintsTheGoalsSummaryLineAndWritesNothing() throws IOException {
        Path catalogs = catalogs("payments.yaml", "src/test/resources/golden/catalogs/payments.yaml");
        Run check = run("check", "--catalog-directory", catalogs.toString(), "--state-directory",
                work.resolve("state").toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().matches("Error catalogs: 1 catalog\\(s\\), 5 error\\(s\\): no problems, in \\d+ ms \\("
                + java.util.regex.Pattern.quote(catalogs.toString()) + "\\)\n" + TRANSLATIONS), check.out());
        assertFalse(Files.exists(work.resolve("state")));
    }

    @Test
    void explainPrintsTheEntryInTheLocaleAndAnUnknownCodeExitsWithThreeAndTheNearest() throws IOException {
        Path catalogs = catalogs("payments.yaml", "src/test/resources/golden/catalogs/payments.yaml");

        Run explain = run("explain", "too_long", "--locale", "de", "--catalog-directory", catalogs.toString());
        Run unknown = run("explain", "too_lng", "--catalog-directory", catalogs.toString());

        assertEquals(0, explain.exitCode(), explain.err());
        assertTrue(explain.out().startsWith("TOO_LONG (code too_long) in Payments API, payments.yaml:"), explain.out());
        assertTrue(explain.out().contains("\nWert zu lang\n"), explain.out());
        assertEquals(new Run(Cli.NOT_FOUND, "", "error-catalog: no error of the catalogs under " + catalogs
                + " has the code or name 'too_lng'; did you mean too_long?\n"), unknown);
    }

    @Test
    void aWrongCommandLineExitsWithTwoSayingWhatIsWrongAndWhereHelpIs() throws IOException {
        Path catalogs = catalogs("payments.yaml", "src/test/resources/golden/catalogs/payments.yaml");

        assertEquals(new Run(Cli.USAGE, "", "error-catalog: Missing required subcommand\n"
                + "Try 'error-catalog --help' for more information.\n"), run());
        assertEquals(new Run(Cli.USAGE, "", "error-catalog: Unmatched argument at index 0: 'chek'\n"
                + "Did you mean: error-catalog check?\nTry 'error-catalog --help' for more information.\n"), run("chek"));
        assertEquals(new Run(Cli.USAGE, "", "error-catalog: Missing required option: '--runtime-package=<package>'\n"
                + "Try 'error-catalog generate --help' for more information.\n"), run("generate"));
        assertEquals(new Run(Cli.USAGE, "", "error-catalog: Missing required parameter: '<code>'\n"
                + "Try 'error-catalog explain --help' for more information.\n"), run("explain"));
        Run auto = run(generate(catalogs, "--generated-annotation", "auto"));
        assertEquals(Cli.USAGE, auto.exitCode());
        assertTrue(auto.err().startsWith("error-catalog: Invalid value for option '--generated-annotation': 'auto' is"
                + " none of java9, java8, none (auto looks at a Maven project, which a command line does not have)"),
                auto.err());
        assertEquals(new Run(Cli.USAGE, "", "error-catalog: the runtimePackage 'com.my-company' is not a Java package"
                + " name; set it to dot-separated identifiers such as com.example.errorcatalog\n"),
                run("generate", "--catalog-directory", catalogs.toString(), "--runtime-package", "com.my-company"));
        assertEquals(new Run(Cli.USAGE, "", "error-catalog: the runtimePackage 'java.errors' is in the JDK's own"
                + " namespace 'java', where no class loader loads other code; set it to a package of your own, such as"
                + " com.example.errorcatalog\n"),
                run("generate", "--catalog-directory", catalogs.toString(), "--runtime-package", "java.errors"));
        assertEquals(new Run(Cli.USAGE, "", "error-catalog: the catalog directory '" + work.resolve("nowhere")
                + "' is not a directory; name the directory of your catalogs with --catalog-directory\n"),
                run("check", "--catalog-directory", work.resolve("nowhere").toString()));
        assertFalse(Files.exists(work.resolve("java")));
    }

    /** The translation directory is relative to the working directory, as --catalog-directory is, not inside it. */
    @Test
    void aProblemOfAFileToImportNamesThatFileWhereItIs() throws IOException {
        Path catalogs = catalogs("payments.yaml", "src/test/resources/golden/catalogs/payments.yaml");
        Path xliff = Files.writeString(Files.createDirectories(work.resolve("xliff")).resolve("payments.de.xlf"), "<xliff");
        Run run = run("import-translations", "--catalog-directory", catalogs.toString(), "--state-directory",
                work.resolve("state").toString(), "--translation-directory",
                Path.of("").toAbsolutePath().relativize(xliff.getParent()).toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("\n" + xliff + ":1:7: [invalid-xliff]"), run.err());
    }

    @Test
    void helpListsTheSubcommandsOptionsAndExitCodes() {
        Run help = run("generate", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: error-catalog generate "), help.out());
        assertTrue(help.out().contains("--runtime-package=<package>"), help.out());
        assertTrue(help.out().contains("\nExit codes:\n  0:   done\n  1:   the catalogs have problems"), help.out());
        assertTrue(run("--help").out().contains("\n  explain "), "the top level lists the subcommands");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWithFour() throws IOException {
        Path catalogs = catalogs("payments.yaml", "src/test/resources/golden/catalogs/payments.yaml");
        Files.writeString(work.resolve("java"), "a file where the output directory must be");

        Run blocked = run(generate(catalogs));
        String[] unwritable = generate(catalogs);
        unwritable[java.util.Arrays.asList(unwritable).indexOf("--output-directory") + 1] = "/proc/no-such-directory/java";
        Run missing = run(unwritable);

        assertEquals(Cli.FAILED, missing.exitCode());
        assertEquals("error-catalog failed: /proc/no-such-directory: no such file or directory\n", missing.err());
        assertEquals(Cli.FAILED, blocked.exitCode());
        assertEquals("", blocked.out());
        // The JDK names the first directory it could not make below the file.
        assertTrue(blocked.err().startsWith("error-catalog failed: " + work.resolve("java") + "/")
                && blocked.err().endsWith(": Not a directory\n"), blocked.err());
    }
}
