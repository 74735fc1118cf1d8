package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/**
 * The gate inside the Maven Plugin Testing Harness: the catalogs of {@code next/} (one error less) against the
 * baseline directory {@code released/}, unless a test says otherwise; failures, levels, reports.
 */
@MojoTest
class CompatMojoTest {

    private static final String OUT = "target/mojo-test/compat/";
    private static final String NEXT = "src/test/resources/mojo/compat/next";

    /** The goal over {@code next/} against {@code released/}, its reports into {@code OUT + reports}. */
    private static CompatMojo against(CompatMojo mojo, String reports) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "project", new MavenProject());
        MojoExtension.setVariableValueToObject(mojo, "catalogDirectory", new File(NEXT).getAbsoluteFile());
        MojoExtension.setVariableValueToObject(mojo, "baselineDirectory",
                new File("src/test/resources/mojo/compat/released").getAbsoluteFile());
        MojoExtension.setVariableValueToObject(mojo, "reportDirectory", new File(OUT + reports));
        return mojo;
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "baselineVersion", value = "1.0")
    void aBreakingChangeFailsTheBuildNamingTheCodeAndThePlaceAndTheReportsAreWritten(CompatMojo mojo) throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class, against(mojo, "failing")::execute);
        assertTrue(failure.getMessage().startsWith("1 breaking change(s) in the error catalogs under "), failure.getMessage());
        assertTrue(failure.getMessage().contains("\n" + Path.of(NEXT, "shop.yaml").toAbsolutePath() + ":5:3:"
                + " [code-removed] the error OUT_OF_STOCK (code 'out_of_stock') of 1.0 (shop.yaml:5:3) is removed"
                + " without a tombstone"), failure.getMessage());
        assertTrue(Files.readString(Path.of(OUT, "failing/compat-report.md")).contains("| **breaking** | `code-removed` |"));
        assertTrue(Files.readString(Path.of(OUT, "failing/compat-report.json")).contains("\"passes\" : false"));
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "compatRules", value = "code-removed=warning")
    void aRuleLoweredToAWarningLetsTheBuildPass(CompatMojo mojo) throws Exception {
        against(mojo, "lowered").execute();
        assertTrue(Files.readString(Path.of(OUT, "lowered/compat-report.md"))
                .contains("No breaking change: 0 breaking, 1 warning(s)"));
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "compatRules", value = "code-removd=warning")
    void aMisspeltRuleIsTheUsersToFix(CompatMojo mojo) throws Exception {
        assertEquals("error-catalog: the compatibility rule setting 'code-removd=warning' names no rule; did you mean"
                + " 'code-removed'?", assertThrows(MojoFailureException.class, against(mojo, "misspelt")::execute)
                        .getMessage());
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "baselineVersion", value = "none")
    void withoutABaselineThereIsNothingToCompare(CompatMojo mojo) throws Exception {
        CompatMojo gate = against(mojo, "none");
        MojoExtension.setVariableValueToObject(gate, "baselineDirectory", null);
        gate.execute();
        assertTrue(!Files.exists(Path.of(OUT, "none")));
    }
}
