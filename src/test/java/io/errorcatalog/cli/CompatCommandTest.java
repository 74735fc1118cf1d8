package io.errorcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate on the command line: the baseline named, a breaking change exiting with 1, the reports written. */
class CompatCommandTest {

    private static final Path NEXT = Path.of("src/test/resources/mojo/compat/next");
    private static final Path RELEASED = Path.of("src/test/resources/mojo/compat/released");

    @TempDir
    Path work;

    private int run(StringWriter out, StringWriter err, String... more) {
        String[] args = {"compat", "--catalog-directory", NEXT.toString(), "--state-directory",
            work.resolve("state").toString(), "--report-directory", work.resolve("report").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    @Test
    void aBreakingChangeExitsWithOneNamingThePlaceAndTheReportsAreWritten() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Cli.CATALOG_PROBLEMS, run(out, err, "--baseline-directory", RELEASED.toString(),
                "--baseline-version", "1.0"));
        assertTrue(err.toString().startsWith(NEXT.resolve("shop.yaml") + ":5:3: [code-removed] the error OUT_OF_STOCK"
                + " (code 'out_of_stock') of 1.0 (shop.yaml:5:3) is removed without a tombstone"), err.toString());
        assertTrue(err.toString().contains("\n1 breaking change(s) in the error catalogs under " + NEXT + " against 1.0:"));
        assertTrue(Files.readString(work.resolve("report/compat-report.md")).contains("| **breaking** | `code-removed` |"));
    }

    @Test
    void aLoweredRulePassesAndSaysWhatItFound() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Cli.OK, run(out, err, "--baseline-directory", RELEASED.toString(), "--compat-rules",
                "code-removed=warning"));
        assertTrue(out.toString().endsWith("Error catalogs against the baseline: 0 breaking, 1 warning(s), 0 note(s),"
                + " 0 accepted (" + work.resolve("report/compat-report.md") + ")\n"), out.toString());
    }

    @Test
    void withoutABaselineTheCommandLineSaysHowToNameOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Cli.USAGE, run(out, err));
        assertEquals("error-catalog: a command line resolves no released artifact; name the baseline with"
                + " --baseline-directory (a directory of catalogs, or an error-catalog zip)\n", err.toString());
    }
}
