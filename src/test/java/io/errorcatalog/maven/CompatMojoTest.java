package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The gate inside the Maven Plugin Testing Harness, against a baseline directory: failures, levels, reports. */
@MojoTest
class CompatMojoTest {

    private static final String OUT = "target/mojo-test/compat/";
    private static final String NEXT = "src/test/resources/mojo/compat/next";

    private static CompatMojo withProject(CompatMojo mojo) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "project", new MavenProject());
        return mojo;
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "catalogDirectory", value = NEXT)
    @MojoParameter(name = "baselineDirectory", value = "src/test/resources/mojo/compat/released")
    @MojoParameter(name = "baselineVersion", value = "1.0")
    @MojoParameter(name = "reportDirectory", value = OUT + "failing")
    void aBreakingChangeFailsTheBuildNamingTheCodeAndThePlaceAndTheReportsAreWritten(CompatMojo mojo) throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class, withProject(mojo)::execute);
        assertTrue(failure.getMessage().startsWith("1 breaking change(s) in the error catalogs under "), failure.getMessage());
        assertTrue(failure.getMessage().contains("\n" + Path.of(NEXT, "shop.yaml").toAbsolutePath() + ":5:3:"
                + " [code-removed] the error OUT_OF_STOCK (code 'out_of_stock') of 1.0 (shop.yaml:5:3) is removed"
                + " without a tombstone"), failure.getMessage());
        assertTrue(Files.readString(Path.of(OUT, "failing/compat-report.md")).contains("| **breaking** | `code-removed` |"));
        assertTrue(Files.readString(Path.of(OUT, "failing/compat-report.json")).contains("\"passes\" : false"));
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "catalogDirectory", value = NEXT)
    @MojoParameter(name = "baselineDirectory", value = "src/test/resources/mojo/compat/released")
    @MojoParameter(name = "compatRules", value = "code-removed=warning")
    @MojoParameter(name = "reportDirectory", value = OUT + "lowered")
    void aRuleLoweredToAWarningLetsTheBuildPass(CompatMojo mojo) throws Exception {
        withProject(mojo).execute();
        assertTrue(Files.readString(Path.of(OUT, "lowered/compat-report.md"))
                .contains("No breaking change: 0 breaking, 1 warning(s)"));
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "catalogDirectory", value = NEXT)
    @MojoParameter(name = "baselineDirectory", value = "src/test/resources/mojo/compat/released")
    @MojoParameter(name = "compatRules", value = "code-removd=warning")
    void aMisspeltRuleIsTheUsersToFix(CompatMojo mojo) throws Exception {
        assertEquals("error-catalog: the compatibility rule setting 'code-removd=warning' names no rule; did you mean"
                + " 'code-removed'?", assertThrows(MojoFailureException.class, withProject(mojo)::execute).getMessage());
    }

    @Test
    @InjectMojo(goal = "compat")
    @MojoParameter(name = "catalogDirectory", value = NEXT)
    @MojoParameter(name = "baselineVersion", value = "none")
    @MojoParameter(name = "reportDirectory", value = OUT + "none")
    void withoutABaselineThereIsNothingToCompare(CompatMojo mojo) throws Exception {
        withProject(mojo).execute();
        assertTrue(!Files.exists(Path.of(OUT, "none")));
    }
}
