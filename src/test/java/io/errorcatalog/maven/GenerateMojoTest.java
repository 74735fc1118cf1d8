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
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import io.errorcatalog.testing.Catalogs;

/** The goal inside the Maven Plugin Testing Harness: parameters in, roots registered, failures mapped. */
@MojoTest
class GenerateMojoTest {

    private static final String OUT = "target/mojo-test/";

    /** A real project: the harness's stub has lists that refuse additions. */
    private final MavenProject project = new MavenProject();

    /** The goal with that project, offline. */
    private GenerateMojo withProject(GenerateMojo mojo) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        return OfflineBuild.of(mojo);
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "generated/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "generated/resources")
    void generatesAndRegistersTheSourceAndResourceRoots(GenerateMojo mojo) throws Exception {
        withProject(mojo).execute();
        mojo.execute();

        assertTrue(Files.readString(Path.of(OUT, "generated/java/com/example/payments/PaymentsError.java"))
                .contains("\n     * @since 0\n"), "no release before the project's version 0: each error is new in it");
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
    @MojoParameter(name = "outputDirectory", value = OUT + "since/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "since/resources")
    void aBaselineOfANamedVersionGivesItsErrorsThatFirstReleaseAndNoneGivesNone(GenerateMojo mojo) throws Exception {
        // The catalogs are their own baseline: every error was in release 0.9.
        MojoExtension.setVariableValueToObject(mojo, "baselineDirectory", Catalogs.GOLDEN_CATALOGS.toFile());
        MojoExtension.setVariableValueToObject(mojo, "baselineVersion", "0.9");
        withProject(mojo).execute();
        Path payments = Path.of(OUT, "since/java/com/example/payments/PaymentsError.java");
        assertTrue(Files.readString(payments).contains("\n     * @since 0.9\n"));

        MojoExtension.setVariableValueToObject(mojo, "baselineDirectory", null);
        MojoExtension.setVariableValueToObject(mojo, "baselineVersion", "none");
        mojo.execute();
        assertFalse(Files.readString(payments).contains("@since"));
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

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "release8/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "release8/resources")
    @MojoParameter(name = "runtimePackage", value = "com.example.shared")
    void underRelease8TheRuntimeIsWrittenAndTypesCarryJava8sGeneratedAnnotation(GenerateMojo mojo) throws Exception {
        project.getProperties().setProperty("maven.compiler.release", "8");
        withProject(mojo).execute();
        assertTrue(Files.isRegularFile(Path.of(OUT, "release8/java/com/example/shared/ErrorCatalog.java")));
        String payments = Files.readString(Path.of(OUT, "release8/java/com/example/payments/PaymentsError.java"));
        assertTrue(payments.contains("\n@Generated\n@javax.annotation.Generated(\"error-catalog-maven-plugin\")\n"));
        assertTrue(payments.contains("\nimport com.example.shared.CatalogError;\n"));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "release8cli/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "release8cli/resources")
    void theCommandLinesReleaseOverridesThePomsAsItDoesForTheCompiler(GenerateMojo mojo) throws Exception {
        project.getProperties().setProperty("maven.compiler.release", "11");
        MavenSession session = (MavenSession) MojoExtension.getVariableValueFromObject(mojo, "session");
        session.getUserProperties().setProperty("maven.compiler.release", "8");
        withProject(mojo).execute();
        assertTrue(Files.readString(Path.of(OUT, "release8cli/java/com/example/payments/PaymentsError.java"))
                .contains("\n@javax.annotation.Generated(\"error-catalog-maven-plugin\")\n"));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "hyphen/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "hyphen/resources")
    void aGroupIdWithAHyphenGivesTheDefaultRuntimePackageAnUnderscore(GenerateMojo mojo) throws Exception {
        project.setGroupId("com.my-company");
        withProject(mojo).execute();
        assertTrue(Files.isRegularFile(Path.of(OUT, "hyphen/java/com/my_company/errorcatalog/ErrorCatalog.java")));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "reuse/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "reuse/resources")
    @MojoParameter(name = "runtimePackage", value = "com.example.shared")
    @MojoParameter(name = "generateRuntime", value = "false")
    void aModuleThatReusesARuntimeWritesNoneAndMarksForJava9(GenerateMojo mojo) throws Exception {
        withProject(mojo).execute();
        assertFalse(Files.exists(Path.of(OUT, "reuse/java/com/example/shared")));
        assertTrue(Files.readString(Path.of(OUT, "reuse/java/com/example/payments/PaymentsError.java"))
                .contains("\n@javax.annotation.processing.Generated(\"error-catalog-maven-plugin\")\n"));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "modular/java")
    @MojoParameter(name = "resourceOutputDirectory", value = OUT + "modular/resources")
    @MojoParameter(name = "runtimePackage", value = "com.example.shared")
    void aNamedModuleGetsNoStandardGeneratedAnnotationItCouldNotRead(GenerateMojo mojo) throws Exception {
        Path sources = Files.createDirectories(Path.of(OUT, "modular/src"));
        Files.writeString(sources.resolve("module-info.java"), "module com.example {}\n");
        project.addCompileSourceRoot(sources.toAbsolutePath().toString());
        withProject(mojo).execute();
        String payments = Files.readString(Path.of(OUT, "modular/java/com/example/payments/PaymentsError.java"));
        assertTrue(payments.contains("\n@Generated\npublic enum PaymentsError"), payments);
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "catalogDirectory", value = "src/test/resources/golden/catalogs")
    @MojoParameter(name = "outputDirectory", value = OUT + "badruntime/java")
    @MojoParameter(name = "runtimePackage", value = "com.my-company.errorcatalog")
    void aRuntimePackageThatIsNoJavaPackageIsTheUsersToFix(GenerateMojo mojo) throws Exception {
        MojoFailureException failure = assertThrows(MojoFailureException.class, withProject(mojo)::execute);
        assertEquals("error-catalog: the runtimePackage 'com.my-company.errorcatalog' is not a Java package name;"
                + " set it to dot-separated identifiers such as com.example.errorcatalog", failure.getMessage());
        assertFalse(Files.exists(Path.of(OUT, "badruntime")));
    }
}
