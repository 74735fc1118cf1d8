package io.errorcatalog.generate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.errorcatalog.runtime.RuntimeVersion;
import io.errorcatalog.write.GeneratedFile;
import io.errorcatalog.write.OutputWriter;

/**
 * What a run's output follows from, told by cheap facts that read no catalog: the request, the plugin
 * itself, and each catalog file's and template's path, size and modification time. Recorded beside the
 * manifest with the facts of every file the run wrote, it lets the next run with the same inputs and
 * untouched outputs skip loading, checking, rendering and writing altogether.
 */
final class Fingerprint {

    private static final String OUTPUTS = "-- outputs";
    /** An output outside the roots (the archive of the catalogs), recorded by its absolute path. */
    private static final String FILE = "FILE";

    private final List<String> inputs;

    private Fingerprint(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** The inputs of a run: its request, the plugin, and its catalogs and templates as the file system knows them. */
    static Fingerprint of(GenerationRequest request, List<String> catalogFiles) throws IOException {
        List<String> inputs = new ArrayList<>();
        inputs.add("plugin " + pluginIdentity() + " runtime " + RuntimeVersion.MAJOR + "." + RuntimeVersion.MINOR);
        inputs.add("request " + String.join(" | ", List.of(request.includes().toString(),
                request.excludes().toString(), request.defaultPackage(), String.valueOf(request.templateDirectory()),
                request.adapters().stream().sorted().toList().toString(), request.runtimePackage(),
                String.valueOf(request.generateRuntime()), request.marker().name(), request.translations().toString(),
                String.valueOf(request.pseudoLocale()))));
        for (String file : catalogFiles) {
            inputs.add("catalog " + file + " " + facts(request.catalogDirectory().resolve(file)));
        }
        ReleaseRequest release = request.release();
        if (release != null) {
            inputs.add("release " + release.version() + " archive " + release.archive());
            if (release.baseline() != null) {
                inputs.add("baseline " + release.baseline().version() + " " + release.baseline().location());
                Path baseline = release.baseline().location();
                try (Stream<Path> files = Files.isDirectory(baseline) ? Files.walk(baseline) : Stream.of(baseline)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        inputs.add("baseline file " + baseline.relativize(file) + " " + facts(file));
                    }
                }
            }
        }
        if (request.templateDirectory() != null && Files.isDirectory(request.templateDirectory())) {
            try (Stream<Path> templates = Files.list(request.templateDirectory())) {
                for (Path template : templates.sorted().toList()) {
                    inputs.add("template " + template.getFileName() + " " + facts(template));
                }
            }
        }
        return new Fingerprint(inputs);
    }

    /** Whether {@code record} holds these inputs, and every output it lists is as that run left it. */
    boolean matches(Path record, Map<GeneratedFile.Kind, Path> roots) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        int outputs = lines.indexOf(OUTPUTS);
        if (outputs < 0 || !lines.subList(0, outputs).equals(inputs)) {
            return false;
        }
        for (String output : lines.subList(outputs + 1, lines.size())) {
            String[] parts = output.split(" ", 2);
            int facts = parts.length < 2 ? -1 : parts[1].lastIndexOf(' ', parts[1].lastIndexOf(' ') - 1);
            if (facts < 0) {
                return false;
            }
            String path = parts[1].substring(0, facts);
            Path file = parts[0].equals(FILE) ? Path.of(path) : roots.get(GeneratedFile.Kind.valueOf(parts[0])).resolve(path);
            if (!parts[1].substring(facts + 1).equals(factsOrNone(file))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records these inputs and the facts of the files the run left, for the next run to compare.
     *
     * @param others outputs outside the roots, such as the archive of the catalogs
     */
    void record(Path record, Map<GeneratedFile.Kind, Path> roots, List<GeneratedFile> files, List<Path> others)
            throws IOException {
        List<String> lines = new ArrayList<>(inputs);
        lines.add(OUTPUTS);
        for (GeneratedFile file : files) {
            lines.add(file.kind() + " " + file.path() + " " + facts(roots.get(file.kind()).resolve(file.path())));
        }
        for (Path other : others) {
            lines.add(FILE + " " + other.toAbsolutePath() + " " + facts(other));
        }
        OutputWriter.writeAtomically(record, lines);
    }

    /** A file's size and modification time, to the nanosecond where the file system keeps them. */
    private static String facts(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toInstant();
    }

    private static String factsOrNone(Path file) throws IOException {
        return Files.isRegularFile(file) ? facts(file) : "none";
    }

    /** The plugin's own jar, by its facts, so that a rebuilt plugin of the same version regenerates. */
    private static String pluginIdentity() throws IOException {
        CodeSource source = Fingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.getFileName() + " " + facts(location) : location.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
