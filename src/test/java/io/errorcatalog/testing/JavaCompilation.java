package io.errorcatalog.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process the way a strict consumer would ({@code --release 8},
 * every lint warning an error) and loads them with their message bundles.
 */
public final class JavaCompilation {

    /** The runtime as this repository compiles it (for Java 8), which the thin generated layer uses. */
    public static final Path RUNTIME_CLASSES = Path.of("target/classes");

    private JavaCompilation() {}

    /**
     * Runs javadoc with every doclint check on the sources, as a consumer's javadoc build would.
     *
     * @throws AssertionError with javadoc's output if it reports anything
     */
    public static void assertJavadocIsClean(Path sourceRoot, Path docDirectory) throws IOException {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(null, null, null)) {
            boolean documented = javadoc.getTask(output, files, null, null,
                    List.of("-quiet", "--release", "8", "-Xdoclint:all", "-Xwerror", "-encoding", "US-ASCII", "-classpath",
                            RUNTIME_CLASSES.toString(), "-d", docDirectory.toString()),
                    files.getJavaFileObjectsFromPaths(javaFiles(sourceRoot))).call();
            if (!documented) {
                throw new AssertionError("javadoc of the generated code is not clean:\n" + output);
            }
        }
    }

    private static List<Path> javaFiles(Path sourceRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * @return a class loader over the compiled classes and {@code resourceRoot}
     * @throws AssertionError with javac's output if compilation fails or warns
     */
    public static URLClassLoader compileAndLoad(Path sourceRoot, Path resourceRoot, Path classesDirectory)
            throws IOException {
        List<Path> sources = javaFiles(sourceRoot);
        Files.createDirectories(classesDirectory);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            boolean compiled = compiler.getTask(output, files, null,
                    List.of("--release", "8", "-Xlint:all", "-Werror", "-encoding", "US-ASCII",
                            "-classpath", RUNTIME_CLASSES.toString(), "-d", classesDirectory.toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled || !output.toString().isEmpty()) {
                throw new AssertionError("generated code does not compile cleanly:\n" + output);
            }
        }
        return new URLClassLoader(new URL[] {classesDirectory.toUri().toURL(), resourceRoot.toUri().toURL()},
                JavaCompilation.class.getClassLoader());
    }
}
