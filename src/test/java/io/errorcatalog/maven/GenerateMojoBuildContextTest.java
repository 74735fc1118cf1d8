package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The goal inside an IDE's incremental build (m2e), through a build context that says which files changed
 * since the last build: it works only when a catalog or an output changed, and has the IDE refresh only the
 * files it wrote or removed, so that its own output does not make the IDE build again.
 */
@MojoTest
@MojoParameter(name = "catalogDirectory", value = GenerateMojoBuildContextTest.IDE + "catalogs")
@MojoParameter(name = "outputDirectory", value = GenerateMojoBuildContextTest.IDE + "generated/java")
@MojoParameter(name = "resourceOutputDirectory", value = GenerateMojoBuildContextTest.IDE + "generated/resources")
class GenerateMojoBuildContextTest {

    static final String IDE = "target/mojo-test/ide/";
    private static final Path CATALOGS = Path.of(IDE, "catalogs");
    private static final Path SOURCES = Path.of(IDE, "generated/java");
    private static final Path RESOURCES = Path.of(IDE, "generated/resources");
    private static final Path GERMAN_BUNDLE = RESOURCES.resolve("com/example/payments/PaymentsErrorMessages_de.properties");

    private final MavenProject project = new MavenProject();

    /** A build context as m2e's: incremental or full, with the files it reports changed; it records refreshes. */
    private static final class IdeBuild {
        final boolean incremental;
        final List<Path> changed;
        final List<Path> refreshed = new ArrayList<>();

        IdeBuild(boolean incremental, Path... changed) {
            this.incremental = incremental;
            this.changed = Stream.of(changed).map(Path::toAbsolutePath).toList();
        }

        BuildContext context() {
            return (BuildContext) Proxy.newProxyInstance(BuildContext.class.getClassLoader(),
                    new Class<?>[] {BuildContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "isIncremental" -> incremental;
                        // As m2e's: a directory has a delta where anything under it changed.
                        case "hasDelta" -> changed.stream().anyMatch(path -> path.startsWith(
                                ((File) args[0]).toPath().toAbsolutePath()));
                        case "refresh" -> refreshed.add(((File) args[0]).toPath().toAbsolutePath());
                        default -> throw new UnsupportedOperationException(method.getName() + " is not used");
                    });
        }
    }

    @BeforeEach
    void freshCatalogAndOutputs() throws IOException {
        delete(Path.of(IDE));
        Files.createDirectories(CATALOGS);
        Files.copy(Path.of("src/test/resources/golden/catalogs/payments.yaml"), CATALOGS.resolve("payments.yaml"));
    }

    private void run(GenerateMojo mojo, IdeBuild build) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        MojoExtension.setVariableValueToObject(mojo, "buildContext", build.context());
        OfflineBuild.of(mojo).execute();
    }

    @Test
    @InjectMojo(goal = "generate")
    void anIncrementalBuildWithNoCatalogOrOutputChangedDoesNoWorkButStillRegistersTheRoots(GenerateMojo mojo)
            throws Exception {
        run(mojo, new IdeBuild(false));
        Map<Path, String> before = outputs();
        germanTitleChanged();

        IdeBuild edit = new IdeBuild(true, Path.of("src/main/java/com/example/Service.java"));
        run(mojo, edit);

        assertEquals(before, outputs(), "the catalog on disk is newer, but the IDE saw only a Java file change");
        assertEquals(List.of(), edit.refreshed);
        assertTrue(project.getCompileSourceRoots().contains(SOURCES.toFile().getAbsolutePath()));
    }

    @Test
    @InjectMojo(goal = "generate")
    void aChangedCatalogRegeneratesAndRefreshesOnlyTheFilesWhoseContentChanged(GenerateMojo mojo) throws Exception {
        IdeBuild full = new IdeBuild(false);
        run(mojo, full);
        assertEquals(outputs().keySet().stream().map(Path::toAbsolutePath).sorted().toList(),
                full.refreshed.stream().sorted().toList(), "a first build refreshes every file it wrote");
        germanTitleChanged();

        IdeBuild edit = new IdeBuild(true, CATALOGS.resolve("payments.yaml"));
        run(mojo, edit);

        assertEquals(List.of(GERMAN_BUNDLE.toAbsolutePath()), edit.refreshed);
        assertTrue(Files.readString(GERMAN_BUNDLE).contains("Zu viele Anfragen, bitte warten"));
    }

    @Test
    @InjectMojo(goal = "generate")
    void aGeneratedFileDeletedInTheIdeIsWrittenAgainAndOnlyItIsRefreshed(GenerateMojo mojo) throws Exception {
        run(mojo, new IdeBuild(false));
        Files.delete(GERMAN_BUNDLE);

        IdeBuild deletion = new IdeBuild(true, GERMAN_BUNDLE);
        run(mojo, deletion);

        assertTrue(Files.isRegularFile(GERMAN_BUNDLE));
        assertEquals(List.of(GERMAN_BUNDLE.toAbsolutePath()), deletion.refreshed);

        IdeBuild afterRefresh = new IdeBuild(true, GERMAN_BUNDLE);
        run(mojo, afterRefresh);
        assertEquals(List.of(), afterRefresh.refreshed,
                "the build the refresh starts finds nothing to write: the IDE does not build again and again");
    }

    @Test
    @InjectMojo(goal = "generate")
    void aCatalogRemovedRemovesItsFilesAndRefreshesThem(GenerateMojo mojo) throws Exception {
        run(mojo, new IdeBuild(false));
        Map<Path, String> generated = outputs();
        Files.delete(CATALOGS.resolve("payments.yaml"));

        IdeBuild removal = new IdeBuild(true, CATALOGS.resolve("payments.yaml"));
        run(mojo, removal);

        List<Path> removed = generated.keySet().stream().filter(file -> !Files.exists(file))
                .map(Path::toAbsolutePath).sorted().toList();
        assertTrue(removed.contains(GERMAN_BUNDLE.toAbsolutePath()), removed.toString());
        assertEquals(removed, removal.refreshed.stream().sorted().toList(),
                "the removed files are refreshed, the runtime left as it was is not");
    }

    /** An edit of the catalog that changes one German text, and so one bundle. */
    private static void germanTitleChanged() throws IOException {
        Path catalog = CATALOGS.resolve("payments.yaml");
        String text = Files.readString(catalog);
        String edited = text.replace("de: Zu viele Anfragen}", "de: \"Zu viele Anfragen, bitte warten\"}");
        assertFalse(text.equals(edited), "the catalog has the German title this test edits");
        Files.writeString(catalog, edited);
    }

    /** Every generated file and its text. */
    private static Map<Path, String> outputs() throws IOException {
        Map<Path, String> outputs = new TreeMap<>();
        for (Path root : List.of(SOURCES, RESOURCES)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    outputs.put(file, Files.readString(file));
                }
            }
        }
        return outputs;
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
