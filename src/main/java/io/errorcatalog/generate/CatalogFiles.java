package io.errorcatalog.generate;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Finds catalog files by Ant-style patterns, in a stable order whatever the file system's. As in Ant and
 * Maven, {@code **}{@code /} matches any number of directories, none included: {@code sub}{@code /**}{@code
 * /*.yaml} finds {@code sub/x.yaml} too.
 */
public final class CatalogFiles {

    private CatalogFiles() {}

    /**
     * The matching files' paths relative to {@code directory}, with {@code /} separators, sorted.
     *
     * @throws IllegalArgumentException if a pattern is not a valid glob
     */
    static List<String> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        FileSystem fileSystem = FileSystems.getDefault();
        List<PathMatcher> include = matchers(fileSystem, includes);
        List<PathMatcher> exclude = matchers(fileSystem, excludes);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        // Through a link to the directory too: walking the link itself would find nothing.
        Path root = directory.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(path -> matches(include, exclude, path))
                    .map(path -> path.toString().replace(fileSystem.getSeparator(), "/"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Whether a file of the catalog directory, which need not exist yet, is one that {@link #find} would find.
     *
     * @param file its path relative to the directory, with {@code /} separators
     * @throws IllegalArgumentException if a pattern is not a valid glob
     */
    public static boolean matches(List<String> includes, List<String> excludes, String file) {
        FileSystem fileSystem = FileSystems.getDefault();
        return matches(matchers(fileSystem, includes), matchers(fileSystem, excludes),
                fileSystem.getPath(file.replace("/", fileSystem.getSeparator())));
    }

    private static boolean matches(List<PathMatcher> include, List<PathMatcher> exclude, Path file) {
        return include.stream().anyMatch(matcher -> matcher.matches(file))
                && exclude.stream().noneMatch(matcher -> matcher.matches(file));
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            for (String variant : withoutEmptyDirectories(pattern)) {
                try {
                    matchers.add(fileSystem.getPathMatcher("glob:" + variant));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("the catalog pattern '" + pattern + "' is not a valid glob: "
                            + e.getDescription(), e);
                }
            }
        }
        return matchers;
    }

    /** More than this many {@code **}{@code /} in one pattern would make too many variants to try. */
    private static final int MOST_DOUBLE_STARS = 6;

    /** The pattern, and it with each {@code **}{@code /} left out in turn, since it may match no directory. */
    private static List<String> withoutEmptyDirectories(String pattern) {
        if (pattern.split("\\*\\*/", -1).length - 1 > MOST_DOUBLE_STARS) {
            throw new IllegalArgumentException("the catalog pattern '" + pattern + "' has more than "
                    + MOST_DOUBLE_STARS + " '**/'; one matches any depth already");
        }
        List<String> variants = new ArrayList<>();
        variants.add(pattern);
        for (int i = 0; i < variants.size(); i++) {
            String variant = variants.get(i);
            for (int at = variant.indexOf("**/"); at >= 0; at = variant.indexOf("**/", at + 1)) {
                String shorter = variant.substring(0, at) + variant.substring(at + 3);
                if (!variants.contains(shorter)) {
                    variants.add(shorter);
                }
            }
        }
        return variants;
    }
}
