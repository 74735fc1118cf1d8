package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference inside the Maven Plugin Testing Harness, with each error's first release: the gate's catalogs
 * read the other way round, so that {@code released/} (two errors) is the project's, version 1.1-SNAPSHOT, and
 * {@code next/} (one of them) its baseline, unless a test says otherwise.
 */
@MojoTest
class DocsMojoTest {

    private static final String OUT = "target/mojo-test/docs/";
    private static final String CATALOGS = "src/test/resources/mojo/compat/";

    /** The goal over {@code released/} against {@code next/}, its reference into {@code OUT + name}. */
    private static DocsMojo over(DocsMojo mojo, String name) throws IllegalAccessException {
        MavenProject project = new MavenProject();
        project.setVersion("1.1-SNAPSHOT");
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        MojoExtension.setVariableValueToObject(mojo, "catalogDirectory", new File(CATALOGS + "released").getAbsoluteFile());
        MojoExtension.setVariableValueToObject(mojo, "baselineDirectory", new File(CATALOGS + "next").getAbsoluteFile());
        MojoExtension.setVariableValueToObject(mojo, "docsDirectory", new File(OUT + name));
        MojoExtension.setVariableValueToObject(mojo, "stateDirectory", new File(OUT + name + "-state"));
        return mojo;
    }

    /** The errors of the catalog's JSON export, by constant name. */
    private static JsonNode error(String name, String constant) throws Exception {
        for (JsonNode error : new ObjectMapper().readTree(Path.of(OUT, name, "shop/catalog.json").toFile()).get("errors")) {
            if (error.get("name").asText().equals(constant)) {
                return error;
            }
        }
        throw new AssertionError("no " + constant + " in " + name);
    }

    @Test
    @InjectMojo(goal = "docs")
    @MojoParameter(name = "baselineVersion", value = "1.0")
    void eachErrorShowsItsFirstReleaseTheBaselinesOrThisBuildsAsTheJavadocDoes(DocsMojo mojo) throws Exception {
        over(mojo, "since").execute();
        assertEquals("1.0", error("since", "ORDER_NOT_FOUND").get("since").asText());
        assertEquals("1.1", error("since", "OUT_OF_STOCK").get("since").asText());
        String markdown = Files.readString(Path.of(OUT, "since/shop/en.md"));
        assertTrue(markdown.contains("- First released in: 1\\.0\n"), markdown);
        assertTrue(Files.readString(Path.of(OUT, "since/shop/en.html")).contains("<dt>First released in</dt><dd>1.1</dd>"));
    }

    @Test
    @InjectMojo(goal = "docs")
    @MojoParameter(name = "baselineVersion", value = "none")
    void withoutABaselineNoErrorShowsAFirstRelease(DocsMojo mojo) throws Exception {
        DocsMojo docs = over(mojo, "none");
        MojoExtension.setVariableValueToObject(docs, "baselineDirectory", null);
        docs.execute();
        assertTrue(error("none", "ORDER_NOT_FOUND").get("since").isNull());
        assertFalse(Files.readString(Path.of(OUT, "none/shop/en.md")).contains("First released in"));
    }
}
