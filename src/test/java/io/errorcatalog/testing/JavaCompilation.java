package io.errorcatalog.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process the way a strict consumer would ({@code --release 8},
 * every lint warning an error) and loads them with their message bundles.
 */
public final class JavaCompilation {

    private JavaCompilation() {}

    /**
     * @return a class loader over the compiled classes and {@code resourceRoot}
     * @throws AssertionError with javac's output if compilation fails or warns
     */
    public static URLClassLoader compileAndLoad(Path sourceRoot, Path resourceRoot, Path classesDirectory)
            throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classesDirectory);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            boolean compiled = compiler.getTask(output, files, null,
                    List.of("--release", "8", "-Xlint:all", "-Werror", "-encoding", "US-ASCII",
                            "-d", classesDirectory.toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled || !output.toString().isEmpty()) {
                throw new AssertionError("generated code does not compile cleanly:\n" + output);
            }
        }
        return new URLClassLoader(new URL[] {classesDirectory.toUri().toURL(), resourceRoot.toUri().toURL()},
                JavaCompilation.class.getClassLoader());
    }
}
