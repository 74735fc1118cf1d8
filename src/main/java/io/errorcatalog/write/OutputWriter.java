package io.errorcatalog.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes generated files under one root per {@link GeneratedFile.Kind}, and remembers in a manifest which
 * files it wrote, so that the next run removes the ones it no longer generates and never touches files
 * another execution or another tool put in the same directory.
 */
public final class OutputWriter {

    /**
     * What a write changed: the files it wrote and removed (absolute paths, for an IDE to refresh just
     * those), and how many it left as they were.
     */
    public record Summary(List<Path> written, int unchanged, List<Path> deleted) {

        public Summary {
            written = List.copyOf(written);
            deleted = List.copyOf(deleted);
        }
    }

    private final Map<GeneratedFile.Kind, Path> roots = new EnumMap<>(GeneratedFile.Kind.class);
    private final Path manifest;

    /**
     * @param manifest the file that lists what this run wrote, for the next run of the same catalogs; one
     *     per set of catalogs, so two executions into one directory keep their own
     */
    public OutputWriter(Path sourceRoot, Path resourceRoot, Path manifest) throws IOException {
        this(Map.of(GeneratedFile.Kind.SOURCE, sourceRoot, GeneratedFile.Kind.RESOURCE, resourceRoot), manifest);
    }

    /**
     * @param roots the directory of each kind of file this writer writes
     * @param manifest as above
     */
    public OutputWriter(Map<GeneratedFile.Kind, Path> roots, Path manifest) throws IOException {
        for (Map.Entry<GeneratedFile.Kind, Path> root : roots.entrySet()) {
            this.roots.put(root.getKey(), realPath(root.getValue()));
        }
        this.manifest = manifest.toAbsolutePath();
    }

    /** A link to the output directory is followed, so paths compare equal whichever way they were written. */
    private static Path realPath(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    /**
     * Writes in two phases: every changed file is first written next to its target as a temporary file,
     * and only when all are written are they moved into place. A failure while writing (a full disk, a
     * permission) so leaves the previous output as it was; each move is atomic on its own, so a failure
     * among the moves themselves (rare: a file locked by another process) can leave some files new.
     */
    public Summary write(List<GeneratedFile> files) throws IOException {
        return write(files, List.of());
    }

    /**
     * As {@link #write(List)}, where an incremental run renders only some of what it generates: the files at
     * {@code kept} are the last run's, still generated, and are neither written nor removed.
     */
    public Summary write(List<GeneratedFile> files, List<GeneratedFile.Location> kept) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        Set<String> written = new TreeSet<>();
        for (GeneratedFile.Location location : kept) {
            written.add(location.kind() + " " + location.path());
        }
        int unchanged = 0;
        try {
            for (GeneratedFile file : files) {
                Path target = target(file.kind(), file.path());
                written.add(file.kind() + " " + file.path());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                    unchanged++;
                } else {
                    Path temporary = stagingFile(target);
                    staged.put(target, temporary);
                    Files.write(temporary, bytes);
                }
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                moveAtomically(move.getValue(), move.getKey());
            }
        } finally {
            for (Path temporary : staged.values()) {
                Files.deleteIfExists(temporary);
            }
        }
        List<Path> deleted = deleteNoLongerWritten(written);
        writeAtomically(manifest, written);
        return new Summary(List.copyOf(staged.keySet()), unchanged, deleted);
    }

    private List<Path> deleteNoLongerWritten(Set<String> written) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<Path> deleted = new ArrayList<>();
        for (String entry : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int space = entry.indexOf(' ');
            if (space < 0 || written.contains(entry)) {
                continue;
            }
            Path target = target(GeneratedFile.Kind.valueOf(entry.substring(0, space)), entry.substring(space + 1));
            if (Files.deleteIfExists(target)) {
                deleted.add(target);
            }
        }
        return deleted;
    }

    private Path target(GeneratedFile.Kind kind, String path) throws IOException {
        Path root = roots.get(kind);
        if (root == null) {
            throw new IllegalArgumentException("this writer has no directory for " + kind + " files");
        }
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write " + path + " outside " + root);
        }
        return target;
    }

    /** Writes lines of UTF-8 text aside, then moves them into place: a reader sees the old file or the new. */
    public static void writeAtomically(Path file, Iterable<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the bytes aside, then moves them into place: a reader sees the old file or the new. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temporary = stagingFile(file);
        try {
            Files.write(temporary, content);
            moveAtomically(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty file beside {@code file}, its directories made, to write in full and then move into place. A
     * target lies strictly under its root and the manifest was made absolute, so each is in a directory.
     */
    private static Path stagingFile(Path file) throws IOException {
        Path directory = file.getParent();
        Path name = file.getFileName();
        if (directory == null || name == null) {
            throw new IOException("cannot write " + file + ": it names no file in a directory");
        }
        Files.createDirectories(directory);
        // Not Files.createTempFile: its file is its owner's alone (0600), and the move keeps that, so a web server
        // could not serve the reference nor a colleague read the sources. createFile gives what the umask says.
        while (true) {
            Path temporary = directory.resolve("." + name + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX) + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // Another run's, or chance: take another name.
            }
        }
    }

    /** Readers see the old file or the new one, never a part of either. */
    private static void moveAtomically(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
