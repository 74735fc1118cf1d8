package io.errorcatalog.generate;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds catalog files by Ant-style glob patterns, in a stable order whatever the file system's. As in
 * Ant and Maven, a leading {@code **}{@code /} also matches files directly in the directory.
 */
final class CatalogFiles {

    private CatalogFiles() {}

    /** The matching files' paths relative to {@code directory}, with {@code /} separators, sorted. */
    static List<String> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        FileSystem fileSystem = FileSystems.getDefault();
        List<PathMatcher> include = matchers(fileSystem, includes);
        List<PathMatcher> exclude = matchers(fileSystem, excludes);
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .filter(path -> include.stream().anyMatch(matcher -> matcher.matches(path)))
                    .filter(path -> exclude.stream().noneMatch(matcher -> matcher.matches(path)))
                    .map(path -> path.toString().replace(fileSystem.getSeparator(), "/"))
                    .sorted()
                    .toList();
        }
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, List<String> patterns) {
        return patterns.stream()
                .flatMap(pattern -> pattern.startsWith("**/")
                        ? Stream.of(pattern, pattern.substring(3))
                        : Stream.of(pattern))
                .map(pattern -> fileSystem.getPathMatcher("glob:" + pattern))
                .toList();
    }
}
