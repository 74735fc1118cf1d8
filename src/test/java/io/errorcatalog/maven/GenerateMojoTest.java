package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The goal inside the Maven Plugin Testing Harness: parameters in, roots registered, failures mapped. */
@MojoTest
class GenerateMojoTest {

    private static final String OUT = "target/mojo-test/";

    /** A real project: the harness's stub has lists that refuse additions. */
    private final MavenProject project = new MavenProject();

    private GenerateMojo withProject(GenerateMojo mojo) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        return mojo;
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "generated/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "generated/resources")
    void generatesAndRegistersTheSourceAndResourceRoots(GenerateMojo mojo) throws Exception {
        withProject(mojo).execute();
        mojo.execute();

        assertTrue(Files.isRegularFile(Path.of(OUT, "generated/java/com/example/payments/PaymentsError.java")));
        assertTrue(Files.isRegularFile(Path.of(OUT,
                "generated/resources/com/example/payments/PaymentsErrorMessages_de.properties")));
        String sourceRoot = new File(OUT + "generated/java").getAbsolutePath();
        assertEquals(1, project.getCompileSourceRoots().stream().filter(sourceRoot::equals).count(),
                "the source root is added once, however often the goal runs");
        String resourceRoot = new File(OUT + "generated/resources").getAbsolutePath();
        assertEquals(1, project.getResources().stream()
                .filter(resource -> resourceRoot.equals(resource.getDirectory())).count());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/mojo/broken")
    @MojoParameter(name = "outputDirectory", value = OUT + "broken/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "broken/resources")
    void aBrokenCatalogFailsTheBuildAndWritesNothing(GenerateMojo mojo) throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class, withProject(mojo)::execute);
        assertTrue(failure.getMessage().startsWith("1 problem(s) in the error catalogs under "), failure.getMessage());
        assertTrue(failure.getMessage().endsWith(Path.of("src/test/resources/mojo/broken/broken.yaml").toAbsolutePath()
                + ":9:5: [unknown-key] unknown key 'mesage' in error NOT_FOUND; did you mean 'message'?"),
                failure.getMessage());
        assertFalse(Files.exists(Path.of(OUT, "broken")));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "skipped/java")
    @MojoParameter(name = "skip", value = "true")
    void skipGeneratesNothing(GenerateMojo mojo) throws Exception {
        withProject(mojo).execute();
        assertFalse(Files.exists(Path.of(OUT, "skipped")));
        assertTrue(project.getCompileSourceRoots().isEmpty());
    }
}
