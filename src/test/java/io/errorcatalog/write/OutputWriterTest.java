package io.errorcatalog.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path out;

    private static GeneratedFile source(String path, String body) {
        return new GeneratedFile(GeneratedFile.Kind.SOURCE, path, "// generated\n" + body, "a.yaml");
    }

    private OutputWriter writer() throws IOException {
        return writer("manifest");
    }

    private OutputWriter writer(String manifest) throws IOException {
        return new OutputWriter(out.resolve("java"), out.resolve("resources"), out.resolve("state").resolve(manifest));
    }

    @Test
    void writesEachKindUnderItsRoot() throws IOException {
        OutputWriter.Summary summary = writer().write(List.of(source("p/A.java", "class A {}"),
                new GeneratedFile(GeneratedFile.Kind.RESOURCE, "p/M.properties", "# generated\n", "a.yaml")));
        assertEquals(new OutputWriter.Summary(List.of(out.resolve("java/p/A.java"),
                out.resolve("resources/p/M.properties")), 0, List.of()), summary);
        assertEquals("// generated\nclass A {}", Files.readString(out.resolve("java/p/A.java")));
        assertTrue(Files.isRegularFile(out.resolve("resources/p/M.properties")));
    }

    /** Temporary files are their owner's alone; what a build writes is as readable as the umask makes files. */
    @Test
    void filesGetThePermissionsOfAnyNewFile() throws IOException {
        Path probe = Files.createFile(Files.createDirectories(out.resolve("java/p")).resolve("probe"));
        Assumptions.assumeTrue(Files.getFileStore(probe).supportsFileAttributeView("posix"), "POSIX permissions");
        writer().write(List.of(source("p/A.java", "class A {}")));
        OutputWriter.writeAtomically(out.resolve("java/p/report.md"), List.of("# report"));
        for (String written : List.of("java/p/A.java", "java/p/report.md", "state/manifest")) {
            assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(out.resolve(written)),
                    written);
        }
    }

    @Test
    void anUnchangedFileIsNotRewritten() throws IOException {
        writer().write(List.of(source("p/A.java", "class A {}")));
        Path file = out.resolve("java/p/A.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);

        OutputWriter.Summary summary = writer().write(List.of(source("p/A.java", "class A {}")));

        assertEquals(new OutputWriter.Summary(List.of(), 1, List.of()), summary);
        assertEquals(old, Files.getLastModifiedTime(file), "the timestamp an incremental compiler reads stays");
    }

    @Test
    void aChangedFileIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
        writer().write(List.of(source("p/A.java", "class A {}"), source("p/B.java", "class B {}")));
        OutputWriter.Summary summary = writer().write(List.of(source("p/A.java", "class A { int x; }"),
                source("p/B.java", "class B {}")));
        assertEquals(new OutputWriter.Summary(List.of(out.resolve("java/p/A.java")), 1, List.of()), summary,
                "only the changed file is named, for an IDE to refresh");
        assertTrue(Files.readString(out.resolve("java/p/A.java")).endsWith("class A { int x; }"));
        try (Stream<Path> files = Files.list(out.resolve("java/p"))) {
            assertEquals(List.of("A.java", "B.java"), files.map(path -> path.getFileName().toString()).sorted()
                    .toList());
        }
    }

    @Test
    void filesWeNoLongerGenerateAreRemovedButOthersStay() throws IOException {
        writer().write(List.of(source("p/A.java", "class A {}"), source("p/B.java", "class B {}")));
        Path handWritten = out.resolve("java/p/Hand.java");
        Files.writeString(handWritten, "class Hand {}");

        OutputWriter.Summary summary = writer().write(List.of(source("p/A.java", "class A {}")));

        assertEquals(new OutputWriter.Summary(List.of(), 1, List.of(out.resolve("java/p/B.java"))), summary);
        assertFalse(Files.exists(out.resolve("java/p/B.java")));
        assertTrue(Files.exists(handWritten), "a file this run never wrote is not ours to delete");
    }

    @Test
    void aPathOutsideTheRootIsRefused() {
        IOException error = assertThrows(IOException.class,
                () -> writer().write(List.of(source("../escape.java", "class E {}"))));
        assertTrue(error.getMessage().startsWith("refusing to write ../escape.java outside "), error.getMessage());
        assertFalse(Files.exists(out.resolve("escape.java")));
    }

    @Test
    void aFailedWriteLeavesThePreviousOutputAsItWas() throws IOException {
        writer().write(List.of(source("p/A.java", "class A {}"), source("q/B.java", "class B {}")));
        // q/B.java cannot be replaced: a directory now stands where its temporary file's parent must be.
        Files.delete(out.resolve("java/q/B.java"));
        Files.delete(out.resolve("java/q"));
        Files.writeString(out.resolve("java/q"), "not a directory");

        assertThrows(IOException.class, () -> writer().write(List.of(source("p/A.java", "class A { int changed; }"),
                source("q/B.java", "class B {}"))));

        assertEquals("// generated\nclass A {}", Files.readString(out.resolve("java/p/A.java")),
                "A was staged but never moved into place");
        try (Stream<Path> files = Files.list(out.resolve("java/p"))) {
            assertEquals(List.of("A.java"), files.map(path -> path.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void twoExecutionsIntoOneDirectoryKeepEachOthersFiles() throws IOException {
        writer("first").write(List.of(source("p/A.java", "class A {}")));
        writer("second").write(List.of(source("p/B.java", "class B {}")));
        OutputWriter.Summary again = writer("first").write(List.of(source("p/A.java", "class A {}")));
        assertEquals(new OutputWriter.Summary(List.of(), 1, List.of()), again);
        assertTrue(Files.exists(out.resolve("java/p/B.java")), "the other execution's file stays");
    }

    @Test
    void anOutputDirectoryReachedThroughALinkIsTheSameDirectory() throws IOException {
        Path real = Files.createDirectories(out.resolve("real"));
        Path link = Files.createSymbolicLink(out.resolve("link"), real);
        new OutputWriter(link, link, out.resolve("state/m")).write(List.of(source("p/A.java", "class A {}"),
                source("p/B.java", "class B {}")));
        OutputWriter.Summary summary = new OutputWriter(link, link, out.resolve("state/m"))
                .write(List.of(source("p/A.java", "class A {}")));
        assertEquals(new OutputWriter.Summary(List.of(), 1, List.of(real.toRealPath().resolve("p/B.java"))), summary);
        assertFalse(Files.exists(real.resolve("p/B.java")));
    }
}
