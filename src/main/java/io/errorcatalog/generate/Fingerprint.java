package io.errorcatalog.generate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.errorcatalog.runtime.RuntimeVersion;
import io.errorcatalog.write.GeneratedFile;
import io.errorcatalog.write.OutputWriter;

/**
 * What a run's output follows from, told by cheap facts that read no catalog: the settings (the request,
 * the plugin itself, the templates, the baseline) and each catalog file's path, size and modification
 * time, with the SHA-256 of its bytes for when those facts change but not the bytes (a touch, a checkout).
 * Recorded beside the manifest with the files each catalog was read from and the facts of every file the
 * run wrote, it lets the next run skip everything when nothing changed, and render again only the
 * catalogs whose files changed when the settings did not.
 */
final class Fingerprint {

    private static final String FILES = "-- catalog files";
    private static final String CATALOG = "-- catalog ";
    private static final String SHARED = "-- shared outputs";
    private static final String SOURCE = "source ";
    /** An output outside the roots (the archive of the catalogs), recorded by its absolute path. */
    private static final String FILE = "FILE";

    private final List<String> settings;
    private final Path catalogDirectory;
    private final SortedMap<String, String> files;

    private Fingerprint(List<String> settings, Path catalogDirectory, SortedMap<String, String> files) {
        this.settings = List.copyOf(settings);
        this.catalogDirectory = catalogDirectory;
        this.files = files;
    }

    /** What a catalog file holds, told apart from its other versions: the SHA-256 of its bytes. */
    static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The inputs of a run: its settings, and its catalog files as the file system knows them. */
    static Fingerprint of(GenerationRequest request, List<String> catalogFiles) throws IOException {
        List<String> settings = new ArrayList<>();
        settings.add("plugin " + pluginIdentity() + " runtime " + RuntimeVersion.MAJOR + "." + RuntimeVersion.MINOR);
        settings.add("request " + String.join(" | ", List.of(request.includes().toString(),
                request.excludes().toString(), request.defaultPackage(), String.valueOf(request.templateDirectory()),
                request.adapters().stream().sorted().toList().toString(), request.runtimePackage(),
                String.valueOf(request.generateRuntime()), request.marker().name(),
                // Not the record's own toString: its first call costs a cold run the bootstrap of ObjectMethods.
                request.translations().failOnMissing() + " " + request.translations().failOnStale(),
                String.valueOf(request.pseudoLocale()))));
        ReleaseRequest release = request.release();
        if (release != null) {
            settings.add("release " + release.version() + " archive " + release.archive());
            if (release.baseline() != null) {
                settings.add("baseline " + release.baseline().version() + " " + release.baseline().location());
                Path baseline = release.baseline().location();
                try (Stream<Path> files = Files.isDirectory(baseline) ? Files.walk(baseline) : Stream.of(baseline)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        settings.add("baseline file " + facts(file) + " " + baseline.relativize(file));
                    }
                }
            }
        }
        if (request.templateDirectory() != null && Files.isDirectory(request.templateDirectory())) {
            try (Stream<Path> templates = Files.list(request.templateDirectory())) {
                for (Path template : templates.sorted().toList()) {
                    settings.add("template " + facts(template) + " " + template.getFileName());
                }
            }
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (String file : catalogFiles) {
            files.put(file, facts(request.catalogDirectory().resolve(file)));
        }
        return new Fingerprint(settings, request.catalogDirectory(), files);
    }

    /**
     * What the last run recorded: the same settings or not, and what each of its catalogs was read from
     * and wrote. A missing or unreadable record is that of a run with other settings.
     */
    Previous previous(Path record, Map<GeneratedFile.Kind, Path> roots) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Previous.NONE;
        }
        int filesAt = lines.indexOf(FILES);
        if (filesAt < 0 || !lines.subList(0, filesAt).equals(settings)) {
            return Previous.NONE;
        }
        Map<String, String[]> lastFiles = new TreeMap<>();
        Map<String, Unit> catalogs = new LinkedHashMap<>();
        List<Output> shared = new ArrayList<>();
        Unit unit = null;
        boolean inShared = false;
        int filesEnd = lines.size();
        for (int at = filesAt + 1; at < lines.size(); at++) {
            String line = lines.get(at);
            if (line.startsWith(CATALOG) || line.equals(SHARED)) {
                filesEnd = Math.min(filesEnd, at);
            }
            if (line.startsWith(CATALOG)) {
                unit = new Unit(new TreeSet<>(), new ArrayList<>());
                catalogs.put(line.substring(CATALOG.length()), unit);
            } else if (line.equals(SHARED)) {
                unit = null;
                inShared = true;
            } else if (unit != null && line.startsWith(SOURCE)) {
                unit.sources().add(line.substring(SOURCE.length()));
            } else if (unit == null && !inShared) {
                String[] file = line.split(" ", 5); // catalog, size, time, hash, path
                if (file.length < 5) {
                    return Previous.NONE;
                }
                lastFiles.put(file[4], file);
            } else {
                String[] output = line.split(" ", 4); // kind, size, time, path
                if (output.length < 4) {
                    return Previous.NONE;
                }
                (unit == null ? shared : unit.outputs()).add(new Output(output[0], output[1] + " " + output[2],
                        output[3]));
            }
        }
        // A file with other facts but the bytes it had (touched, checked out again) has not changed.
        Set<String> changed = new HashSet<>();
        List<String> fileLines = new ArrayList<>();
        boolean refreshed = false;
        for (String file : union(files.keySet(), lastFiles.keySet())) {
            String facts = files.get(file);
            String[] last = lastFiles.get(file);
            if (facts == null || last == null) {
                changed.add(file);
            } else if (facts.equals(last[1] + " " + last[2])) {
                fileLines.add(String.join(" ", last));
            } else if (facts.startsWith(last[1] + " ") && hasBytes(file, Long.parseLong(last[1]), last[3])) {
                fileLines.add(fileLine(facts, last[3], file));
                refreshed = true;
            } else {
                changed.add(file);
            }
        }
        List<String> rewritten = null;
        if (refreshed && changed.isEmpty()) {
            rewritten = new ArrayList<>(lines.subList(0, filesAt + 1));
            rewritten.addAll(fileLines);
            rewritten.addAll(lines.subList(filesEnd, lines.size()));
        }
        return new Previous(true, changed, catalogs, shared, roots, rewritten);
    }

    /** Whether a catalog file holds what it held when recorded: read no further than its size then, and a byte. */
    private boolean hasBytes(String file, long size, String hash) throws IOException {
        byte[] now = Generator.readAtMost(catalogDirectory.resolve(file), (int) Math.min(size + 1, Integer.MAX_VALUE));
        return hash.equals(contentHash(now));
    }

    private static String fileLine(String facts, String hash, String file) {
        return "catalog " + facts + " " + hash + " " + file;
    }

    /**
     * The last run's record as this run reads it.
     *
     * @param sameSettings whether it had this run's settings; if not, nothing of it is kept
     * @param changed the catalog files added, removed or changed since (in their bytes, not only their facts)
     * @param rewritten the record again with the catalog files' facts of now, where only those changed (the
     *     files were touched or checked out again), for an up-to-date run to keep; else null
     */
    record Previous(boolean sameSettings, Set<String> changed, Map<String, Unit> catalogs, List<Output> shared,
            Map<GeneratedFile.Kind, Path> roots, List<String> rewritten) {

        static final Previous NONE = new Previous(false, Set.of(), Map.of(), List.of(), Map.of(), null);

        /** Whether nothing changed: the settings, every catalog file, and every output as that run left it. */
        boolean upToDate() throws IOException {
            if (!sameSettings || !changed.isEmpty() || !intact(shared)) {
                return false;
            }
            for (Unit unit : catalogs.values()) {
                if (!intact(unit.outputs())) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the shared outputs (the runtime and its adapters) are as that run left them. */
        boolean sharedIntact() throws IOException {
            return sameSettings && intact(shared);
        }

        /** Where the shared outputs are, to keep them. */
        List<GeneratedFile.Location> sharedLocations() {
            return locations(shared);
        }

        /**
         * Whether the last run's outputs of a catalog are still this run's: same settings, read from the same
         * files, none of them changed, and every output as that run left it.
         */
        boolean keeps(String catalogFile, Set<String> sources) throws IOException {
            Unit unit = catalogs.get(catalogFile);
            return sameSettings && unit != null && unit.sources().equals(sources)
                    && sources.stream().noneMatch(changed::contains) && intact(unit.outputs());
        }

        private boolean intact(List<Output> outputs) throws IOException {
            for (Output output : outputs) {
                Path file = output.kind().equals(FILE) ? Path.of(output.path())
                        : roots.get(GeneratedFile.Kind.valueOf(output.kind())).resolve(output.path());
                if (!output.facts().equals(factsOrNone(file))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What one catalog was read from and wrote. */
    record Unit(Set<String> sources, List<Output> outputs) {

        /** Where its outputs are, to keep them. */
        List<GeneratedFile.Location> locations() {
            return Fingerprint.locations(outputs);
        }
    }

    private static List<GeneratedFile.Location> locations(List<Output> outputs) {
        return outputs.stream().filter(output -> !output.kind().equals(FILE))
                .map(output -> new GeneratedFile.Location(GeneratedFile.Kind.valueOf(output.kind()), output.path()))
                .toList();
    }

    /** One output file, by its root's kind (or {@code FILE}: an absolute path), facts and path. */
    record Output(String kind, String facts, String path) {}

    /** What one catalog of this run was read from, and where its outputs are (written now, or kept). */
    record CatalogRecord(String file, Set<String> sources, List<GeneratedFile.Location> outputs) {}

    /**
     * Records these inputs, each catalog's sources and outputs, and the shared outputs, for the next run to
     * compare.
     *
     * @param contentHashes each catalog file's {@link #contentHash}, of the bytes this run read
     * @param shared where the outputs of no one catalog are (the runtime and its adapters)
     * @param others outputs outside the roots, such as the archive of the catalogs
     */
    void record(Path record, Map<GeneratedFile.Kind, Path> roots, Map<String, String> contentHashes,
            List<CatalogRecord> catalogs, List<GeneratedFile.Location> shared, List<Path> others) throws IOException {
        List<String> lines = new ArrayList<>(settings);
        lines.add(FILES);
        files.forEach((file, facts) -> lines.add(fileLine(facts, contentHashes.get(file), file)));
        for (CatalogRecord catalog : catalogs) {
            lines.add(CATALOG + catalog.file());
            catalog.sources().stream().sorted().forEach(source -> lines.add(SOURCE + source));
            addOutputs(lines, roots, catalog.outputs());
        }
        lines.add(SHARED);
        addOutputs(lines, roots, shared);
        for (Path other : others) {
            lines.add(FILE + " " + facts(other) + " " + other.toAbsolutePath());
        }
        OutputWriter.writeAtomically(record, lines);
    }

    private static void addOutputs(List<String> lines, Map<GeneratedFile.Kind, Path> roots,
            List<GeneratedFile.Location> outputs) throws IOException {
        for (GeneratedFile.Location output : outputs) {
            lines.add(output.kind() + " " + facts(roots.get(output.kind()).resolve(output.path())) + " " + output.path());
        }
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * A file's size and modification time, to the nanosecond where the file system keeps them, as two words
     * (as numbers: formatting an instant would load java.time's formatters into every no-op run).
     */
    private static String facts(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
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
