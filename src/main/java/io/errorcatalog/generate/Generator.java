package io.errorcatalog.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.errorcatalog.compat.Baseline;
import io.errorcatalog.compat.CompatReport;
import io.errorcatalog.compat.CompatRule;
import io.errorcatalog.compat.CompatRules;
import io.errorcatalog.compat.Compatibility;
import io.errorcatalog.compat.Histories;
import io.errorcatalog.compat.HistoryJson;
import io.errorcatalog.compat.Level;
import io.errorcatalog.load.CatalogLoader;
import io.errorcatalog.load.TranslationFile;
import io.errorcatalog.load.YamlNode.MapNode;
import io.errorcatalog.load.YamlReader;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogPart;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.LanguageTags;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.Tag;
import io.errorcatalog.model.TranslationPolicy;
import io.errorcatalog.render.RenderContext;
import io.errorcatalog.render.Renderer;
import io.errorcatalog.render.TemplateEngine;
import io.errorcatalog.validate.CatalogValidator;
import io.errorcatalog.validate.TranslationStatus;
import io.errorcatalog.write.CatalogArchive;
import io.errorcatalog.write.GeneratedFile;
import io.errorcatalog.write.OutputWriter;

/**
 * Load, check, render, write. Every catalog is loaded and checked before anything is rendered, and
 * everything is rendered before anything is written, so a run with a problem writes nothing.
 */
public final class Generator {

    private final CatalogLoader loader = new CatalogLoader();
    private final CatalogValidator validator = new CatalogValidator();

    /**
     * @throws CatalogException if a catalog has problems; they are all in the exception
     * @throws InvalidRequestException if the request itself is wrong (a pattern, the template directory)
     * @throws IOException if the files cannot be read or written
     */
    public GenerationResult generate(GenerationRequest request)
            throws CatalogException, InvalidRequestException, IOException {
        long start = System.nanoTime();
        List<String> catalogFiles;
        if (request.runtimePackage().isEmpty() || !JavaNames.isPackageName(request.runtimePackage())
                || JavaNames.tooLongPart(request.runtimePackage()) != null) {
            throw new InvalidRequestException("the runtimePackage '" + request.runtimePackage() + "' is not a Java"
                    + " package name; set it to dot-separated identifiers such as com.example.errorcatalog", null);
        }
        if (JavaNames.isJdkPackage(request.runtimePackage())) {
            throw new InvalidRequestException("the runtimePackage '" + request.runtimePackage() + "' is in the"
                    + " JDK's own namespace 'java', where no class loader loads other code; set it to a package of"
                    + " your own, such as com.example.errorcatalog", null);
        }
        try {
            catalogFiles = CatalogFiles.find(request.catalogDirectory(), request.includes(), request.excludes());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
        Map<GeneratedFile.Kind, Path> roots = Map.of(GeneratedFile.Kind.SOURCE, request.sourceOutput(),
                GeneratedFile.Kind.RESOURCE, request.resourceOutput());
        Path record = executionFile(request, "inputs", ".txt");
        Fingerprint fingerprint = Fingerprint.of(request, catalogFiles);
        Fingerprint.Previous last = fingerprint.previous(record, roots);
        if (last.upToDate()) {
            if (last.rewritten() != null) {
                OutputWriter.writeAtomically(record, last.rewritten());
            }
            return GenerationResult.upToDate(catalogFiles.size(), (System.nanoTime() - start) / 1_000_000);
        }
        TemplateEngine templates;
        try {
            // Only now: a run with nothing to do need not even load Mustache.
            templates = new TemplateEngine(request.templateDirectory());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
        // Whatever follows, this run's inputs are no longer what the last record says.
        Files.deleteIfExists(record);
        Loaded loaded = loadAndCheck(request, catalogFiles);
        CatalogSet set = loaded.set();
        checkPseudoLocale(request.pseudoLocale(), set);

        int errors = 0;
        TreeSet<String> locales = new TreeSet<>();
        for (Catalog catalog : set.catalogs()) {
            errors += catalog.errors().size();
            locales.addAll(catalog.localeTags());
        }
        ReleaseRequest release = request.release();
        ReleaseHistory history = history(request, set);
        RenderPlan plan = RenderPlan.of(set, loaded.sources(), last);
        boolean keepShared = last.sharedIntact();
        RenderContext context = new RenderContext(plan.toRender(), templates, request.runtimePackage(),
                request.marker(), request.pseudoLocale(), history);
        List<GeneratedFile> files = new ArrayList<>(keepShared ? List.of()
                : render(Renderer.shared(request.generateRuntime(), request.adapters()), context));
        List<GeneratedFile.Location> shared = keepShared ? last.sharedLocations()
                : files.stream().map(GeneratedFile::location).toList();
        List<GeneratedFile> catalogOutputs = render(Renderer.catalogs(), context);
        files.addAll(catalogOutputs);
        List<GeneratedFile.Location> kept = new ArrayList<>(plan.keptOutputs());
        if (keepShared) {
            kept.addAll(shared);
        }
        OutputWriter.Summary summary = new OutputWriter(request.sourceOutput(), request.resourceOutput(),
                manifest(request)).write(files, kept);
        List<Path> archives = new ArrayList<>();
        if (release != null && release.archive() != null) {
            CatalogArchive.write(release.archive(), request.catalogDirectory(), catalogFiles,
                    Map.of(HistoryJson.PATH, HistoryJson.write(history)));
            archives.add(release.archive());
        }
        fingerprint.record(record, roots, loaded.contentHashes(), plan.records(catalogOutputs), shared, archives);
        return new GenerationResult(set.catalogs().size(), errors, locales.size(), files, summary.written(),
                summary.unchanged(), summary.deleted(), set.catalogs().size() - plan.toRender().size(),
                (System.nanoTime() - start) / 1_000_000, false, translationSummary(set));
    }

    private static List<GeneratedFile> render(Renderer renderer, RenderContext context) throws InvalidRequestException {
        try {
            return renderer.render(context);
        } catch (TemplateEngine.OverrideException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
    }

    /**
     * Which catalogs a run renders: those read from a file that changed since the last run (their own, a part,
     * a file of translations, or one of a catalog they extend), or whose outputs did; the others keep what
     * the last run wrote.
     *
     * @param sources each catalog's files, its parents' included, by its file
     * @param kept the catalogs not rendered, as the last run recorded them
     */
    private record RenderPlan(List<ResolvedCatalog> toRender, Map<String, Set<String>> sources,
            List<Fingerprint.CatalogRecord> kept) {

        static RenderPlan of(CatalogSet set, Map<String, Set<String>> filesOf, Fingerprint.Previous last)
                throws IOException {
            List<ResolvedCatalog> toRender = new ArrayList<>();
            Map<String, Set<String>> sources = new java.util.HashMap<>();
            List<Fingerprint.CatalogRecord> kept = new ArrayList<>();
            for (Catalog catalog : set.catalogs()) {
                ResolvedCatalog resolved = set.resolve(catalog);
                Set<String> files = new TreeSet<>();
                resolved.lineage().forEach(ancestor -> files.addAll(filesOf.get(ancestor.file())));
                sources.put(catalog.file(), files);
                if (last.keeps(catalog.file(), files)) {
                    kept.add(new Fingerprint.CatalogRecord(catalog.file(), files,
                            last.catalogs().get(catalog.file()).locations()));
                } else {
                    toRender.add(resolved);
                }
            }
            return new RenderPlan(toRender, sources, kept);
        }

        List<GeneratedFile.Location> keptOutputs() {
            return kept.stream().flatMap(catalog -> catalog.outputs().stream()).toList();
        }

        /** Every catalog's record: those kept as they were, those rendered with the files they rendered. */
        List<Fingerprint.CatalogRecord> records(List<GeneratedFile> rendered) {
            Map<String, List<GeneratedFile.Location>> byOrigin = new java.util.HashMap<>();
            rendered.forEach(file -> byOrigin.computeIfAbsent(file.origin(), origin -> new ArrayList<>())
                    .add(file.location()));
            List<Fingerprint.CatalogRecord> records = new ArrayList<>(kept);
            for (ResolvedCatalog catalog : toRender) {
                String file = catalog.catalog().file();
                records.add(new Fingerprint.CatalogRecord(file, sources.get(file), byOrigin.getOrDefault(file, List.of())));
            }
            return records;
        }
    }

    /**
     * A pseudo-locale is a language tag with a bundle of its own: the bundle of no catalog's locale (nor of
     * a parent of one, whose bundle it would hide).
     */
    private static void checkPseudoLocale(String pseudoLocale, CatalogSet set) throws InvalidRequestException {
        if (pseudoLocale == null) {
            return;
        }
        Locale pseudo = LanguageTags.parse(pseudoLocale).orElseThrow(() -> new InvalidRequestException("the"
                + " pseudoLocale '" + pseudoLocale + "' is not a well-formed BCP 47 language tag; "
                + LanguageTags.fixFor(pseudoLocale, "en-XA"), null));
        if (pseudo.getLanguage().isEmpty() || pseudo.getCountry().isEmpty() && pseudo.getVariant().isEmpty()
                && pseudo.getScript().isEmpty()) {
            throw new InvalidRequestException("the pseudoLocale '" + pseudoLocale + "' names no region of a"
                    + " language, so its bundle would stand for a real language; write one such as en-XA", null);
        }
        ResourceBundle.Control bundles = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        String pseudoBundle = bundles.toBundleName("", pseudo);
        for (Catalog catalog : set.catalogs()) {
            for (String tag : catalog.localeTags()) {
                if (bundles.toBundleName("", Locale.forLanguageTag(tag)).equals(pseudoBundle)) {
                    throw new InvalidRequestException("the pseudoLocale '" + pseudoLocale + "' is a locale of the"
                            + " catalog " + catalog.file() + "; choose a tag no catalog uses, such as "
                            + (pseudoBundle.equals("_en_XA") ? "en-XB" : "en-XA"), null);
                }
            }
        }
    }

    /**
     * Loads and checks the catalogs, and writes nothing: what the {@code check} and {@code explain} goals
     * need. The request's outputs are not used; a long list of problems still goes to its state directory.
     *
     * @return the catalogs, every one valid
     * @throws CatalogException if a catalog has problems; they are all in the exception
     * @throws InvalidRequestException if a pattern of the request is wrong
     * @throws IOException if the catalogs cannot be read
     */
    public CatalogSet check(GenerationRequest request) throws CatalogException, InvalidRequestException, IOException {
        List<String> catalogFiles;
        try {
            catalogFiles = CatalogFiles.find(request.catalogDirectory(), request.includes(), request.excludes());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
        return loadAndCheck(request, catalogFiles).set();
    }

    /** The one line a log shows for a check that found no problem. */
    public static String checkSummary(CatalogSet set, long millis) {
        int errors = set.catalogs().stream().mapToInt(catalog -> catalog.errors().size()).sum();
        return set.catalogs().size() + " catalog(s), " + errors + " error(s): no problems, in " + millis + " ms";
    }

    /**
     * Catalogs as loaded, with the files each was read from: its own, its parts and its files of translations.
     *
     * @param sources by each catalog's file
     * @param contentHashes of the bytes read, by file
     */
    private record Loaded(CatalogSet set, Map<String, Set<String>> sources, Map<String, String> contentHashes) {}

    /** Every catalog loaded, then checked: a problem anywhere stops the run before anything is rendered. */
    private Loaded loadAndCheck(GenerationRequest request, List<String> catalogFiles)
            throws CatalogException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = loadAndValidate(request, catalogFiles, diagnostics);
        CatalogSet set = loaded.set();
        if (diagnostics.isEmpty()) {
            for (Catalog catalog : set.catalogs()) {
                TranslationPolicy policy = request.translations().and(catalog.translations());
                // Counted here only where a gap fails the run; the summary counts every catalog once, later.
                if (policy.failOnMissing() || policy.failOnStale()) {
                    TranslationStatus.of(catalog).require(policy.failOnMissing(), policy.failOnStale(), diagnostics);
                }
            }
        }
        if (!diagnostics.isEmpty()) {
            throw new CatalogException(diagnostics, writeFullList(request, diagnostics));
        }
        return loaded;
    }

    private Loaded loadAndValidate(GenerationRequest request, List<String> catalogFiles, Diagnostics diagnostics)
            throws IOException {
        Map<String, Set<String>> sources = new java.util.HashMap<>();
        Map<String, String> contentHashes = new java.util.HashMap<>();
        CatalogSet set = new CatalogSet(load(request, catalogFiles, diagnostics, sources, contentHashes),
                request.defaultPackage());
        if (!diagnostics.isFull()) {
            validator.validate(set, diagnostics);
        }
        return new Loaded(set, sources, contentHashes);
    }

    /**
     * Compares the request's catalogs with their baseline: what the {@code compat} goal runs. Writes nothing.
     *
     * @param currentLabel how the report names the current catalogs, such as the project's version
     * @param ruleLevels levels that replace rules' defaults, {@code rule=level} each ({@code status-changed=warning})
     * @param keepTombstones how many releases must ship a tombstone before it may be dropped
     * @throws CatalogException if a current catalog has problems; they are all in the exception
     * @throws InvalidRequestException if a pattern, a rule level or {@code keepTombstones} is wrong
     * @throws IOException if the catalogs or the baseline cannot be read
     */
    public CompatReport compare(GenerationRequest request, BaselineSource source, String currentLabel,
            List<String> ruleLevels, int keepTombstones)
            throws CatalogException, InvalidRequestException, IOException {
        Map<CompatRule, Level> levels;
        try {
            levels = CompatRules.levels(ruleLevels);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
        if (keepTombstones < 1) {
            throw new InvalidRequestException("keepTombstones is " + keepTombstones + "; a tombstone ships in at least"
                    + " the release that removes its error, so write 1 or more", null);
        }
        CatalogSet current = check(request);
        return Compatibility.compare(baseline(request, source), current, currentLabel, levels, keepTombstones);
    }

    /**
     * What the releases before this build tell about {@code set}, the request's catalogs checked: each error's
     * first release among it, as {@code generate} writes it into the Javadoc and the released history, so that
     * other outputs (the reference) show the same. Nothing is known for a request without a release.
     *
     * @throws IOException if the baseline cannot be read
     */
    public ReleaseHistory history(GenerationRequest request, CatalogSet set) throws IOException {
        ReleaseRequest release = request.release();
        return release == null ? ReleaseHistory.NONE : Histories.next(
                release.baseline() == null ? null : baseline(request, release.baseline()), set, release.version());
    }

    /**
     * The catalogs as last released, read as the request reads its own (its patterns, its default package)
     * from a directory or from an {@code error-catalog} zip, with the history the zip carries. What this
     * plugin version finds wrong with them is kept with them, not thrown: a release that an older version
     * accepted stays comparable.
     */
    private Baseline baseline(GenerationRequest request, BaselineSource source) throws IOException {
        if (Files.isDirectory(source.location())) {
            return baselineAt(request, source, source.location());
        }
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(source.location())) {
            return baselineAt(request, source, zip.getPath("/"));
        } catch (java.nio.file.ProviderNotFoundException | java.util.zip.ZipException e) {
            throw new IOException("the baseline " + source.location() + " is neither a directory nor a zip", e);
        }
    }

    private Baseline baselineAt(GenerationRequest request, BaselineSource source, Path root) throws IOException {
        List<String> excludes = new ArrayList<>(request.excludes());
        excludes.add("META-INF/**");
        GenerationRequest read = GenerationRequest.forCheck(root, request.includes(), excludes, request.defaultPackage(),
                request.stateDirectory());
        Diagnostics problems = new Diagnostics();
        CatalogSet set = loadAndValidate(read, CatalogFiles.find(root, read.includes(), read.excludes()), problems).set();
        Path historyFile = root.resolve(HistoryJson.PATH);
        String what = "the baseline " + (source.version() == null ? source.location() : source.version());
        ReleaseHistory history = Files.isRegularFile(historyFile)
                ? HistoryJson.read(readAtMost(historyFile, YamlReader.MAX_FILE_BYTES), what) : ReleaseHistory.NONE;
        return new Baseline(source.version(), set, history, problems.kept());
    }

    /**
     * One line per catalog of several locales, saying how far each locale is translated, such as
     * {@code orders: 40 texts in en; de 31 translated (1 stale), 9 missing}.
     */
    public static List<String> translationSummary(CatalogSet set) {
        List<String> lines = new ArrayList<>();
        for (Catalog catalog : set.catalogs()) {
            String line = TranslationStatus.of(catalog).summaryLine();
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Every catalog, in file order, each with the errors of the files that are {@code partOf} it. The files
     * are read and parsed at once, on the machine's cores (a parse depends on no other file), and then made
     * catalogs one by one in file order, their problems joining the run's in that order, so the result and
     * the diagnostics are those of reading them one after the other. A part met before its catalog is made
     * one once all others are, from the tree already parsed.
     */
    private List<Catalog> load(GenerationRequest request, List<String> catalogFiles, Diagnostics diagnostics,
            Map<String, Set<String>> sources, Map<String, String> contentHashes) throws IOException {
        Map<String, Catalog> byId = new java.util.LinkedHashMap<>();
        List<Catalog> duplicates = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        List<TranslationFile> translations = new ArrayList<>();
        List<CatalogPart> parts = new ArrayList<>();
        // Catalogs before their parts, so that a part finds its catalog loaded: a hint from the file's first
        // bytes, which only orders the work (a part it misses waits, and is read again at the end).
        List<String> ordered = new ArrayList<>(catalogFiles);
        Map<String, Boolean> looksLikePart = new java.util.HashMap<>();
        for (String file : ordered) {
            looksLikePart.put(file, startsAsPart(request.catalogDirectory().resolve(file)));
        }
        ordered.sort(java.util.Comparator.comparing(looksLikePart::get));
        int threads = Math.min(ordered.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, Generator::daemon) : null;
        try {
            // Parses run ahead of the one being loaded, one per core, while the files in flight together are
            // no larger than one file may be: each is held, text and tree, until it is loaded, and hostile
            // files must not all be held at once (the hostile corpus runs within a 256 MiB heap).
            java.util.ArrayDeque<Future<Parsed>> ahead = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<Long> aheadBytes = new java.util.ArrayDeque<>();
            long inFlight = 0;
            int next = 0;
            while (!ahead.isEmpty() || next < ordered.size()) {
                while (next < ordered.size() && (ahead.isEmpty() || ahead.size() < threads
                        && inFlight + size(request, ordered.get(next)) <= YamlReader.MAX_FILE_BYTES)) {
                    long bytes = size(request, ordered.get(next));
                    ahead.add(submit(pool, request, ordered.get(next++)));
                    aheadBytes.add(bytes);
                    inFlight += bytes;
                }
                Parsed file = await(ahead.poll());
                inFlight -= aheadBytes.poll();
                if (diagnostics.isFull()) {
                    return List.copyOf(byId.values());
                }
                diagnostics.addAll(file.diagnostics());
                contentHashes.put(file.file(), file.contentHash());
                CatalogLoader.Result result = loader.load(file.file(), file.root(), diagnostics, byId,
                        looksLikePart.get(file.file()));
                if (result.waitsFor() != null) {
                    waiting.add(file.file());
                }
                result.catalog().ifPresent(catalog -> add(catalog, byId, duplicates, sources));
                result.part().ifPresent(parts::add);
                result.translations().ifPresent(translations::add);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        for (String part : waiting) {
            Parsed file = parse(request, part);
            diagnostics.addAll(file.diagnostics());
            loader.load(part, file.root(), diagnostics, byId, true).part().ifPresent(parts::add);
        }
        // Each catalog with its parts, in their files' path order, put together once.
        parts.sort(java.util.Comparator.comparing(CatalogPart::file));
        Map<String, List<CatalogPart>> partsById = new java.util.LinkedHashMap<>();
        for (CatalogPart part : parts) {
            partsById.computeIfAbsent(part.catalogId(), id -> new ArrayList<>()).add(part);
            sources.get(byId.get(part.catalogId()).file()).add(part.file());
        }
        partsById.forEach((id, ofCatalog) -> byId.put(id, byId.get(id).withParts(ofCatalog)));
        // Translations last: they may translate the errors of any part.
        for (TranslationFile file : translations) {
            Catalog catalog = byId.get(file.catalogId().value());
            if (catalog == null) {
                diagnostics.add(new Diagnostic(file.catalogId().location(), Tag.UNKNOWN_CATALOG, "this file translates"
                        + " a catalog with the id '" + file.catalogId().value() + "', but no catalog file has that id;"
                        + " write the id of the catalog it translates" + knownIds(byId)));
            } else {
                byId.put(catalog.id().value(), file.applyTo(catalog, diagnostics));
                sources.get(catalog.file()).add(file.file());
            }
        }
        List<Catalog> catalogs = new ArrayList<>(byId.values());
        catalogs.addAll(duplicates);
        return catalogs;
    }

    private static String knownIds(Map<String, Catalog> byId) {
        return byId.isEmpty() ? "" : " (" + String.join(", ", byId.keySet()) + ")";
    }

    private static long size(GenerationRequest request, String file) throws IOException {
        return Files.size(request.catalogDirectory().resolve(file));
    }

    private Future<Parsed> submit(ExecutorService pool, GenerationRequest request, String file) throws IOException {
        // Without a pool (one file, or one core) the parse runs on this thread.
        return pool == null ? CompletableFuture.completedFuture(parse(request, file))
                : pool.submit(() -> parse(request, file));
    }

    /** Whether a file opens, past comments and blank lines, with {@code partOf:}: a part, most likely. */
    private static boolean startsAsPart(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        for (String line : new String(head, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.equals("---")) {
                return trimmed.startsWith("partOf:");
            }
        }
        return false;
    }

    /** A catalog file parsed on its own, with the problems found in it and the hash of its bytes. */
    private record Parsed(String file, Optional<MapNode> root, Diagnostics diagnostics, String contentHash) {}

    private Parsed parse(GenerationRequest request, String file) throws IOException {
        Diagnostics found = new Diagnostics();
        byte[] content = readAtMost(request.catalogDirectory().resolve(file), YamlReader.MAX_FILE_BYTES + 1);
        return new Parsed(file, loader.read(file, content, found), found, Fingerprint.contentHash(content));
    }

    /** Reads on threads that never keep the build's JVM alive. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "error-catalog-reader");
        thread.setDaemon(true);
        return thread;
    }

    /** What a parse gave, or the exception it threw, as it threw it. */
    private static Parsed await(Future<Parsed> parse) throws IOException {
        try {
            return parse.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the catalogs");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A catalog; a second catalog of one id is kept for the validator. */
    private static void add(Catalog catalog, Map<String, Catalog> byId, List<Catalog> duplicates,
            Map<String, Set<String>> sources) {
        sources.computeIfAbsent(catalog.file(), own -> new TreeSet<>()).add(catalog.file());
        Catalog known = byId.get(catalog.id().value());
        if (known == null) {
            byId.put(catalog.id().value(), catalog);
        } else {
            duplicates.add(catalog);
        }
    }

    /**
     * Where there are more problems than a report shows, every one kept is listed in a file beside the
     * manifest, so the build log stays readable; null where the report shows them all.
     */
    private static Path writeFullList(GenerationRequest request, Diagnostics diagnostics) throws IOException {
        if (diagnostics.total() <= Diagnostics.SHOWN) {
            return null;
        }
        Path file = executionFile(request, "problems", ".txt").toAbsolutePath();
        OutputWriter.writeAtomically(file, diagnostics.kept().stream()
                .map(diagnostic -> diagnostic.toString(request.catalogDirectory())).toList());
        return file;
    }

    /** A file read no further than {@code limit} bytes: one too large is read only as far as needed to say so. */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    /**
     * Where a run records what it wrote: one manifest per catalog set and output roots, so that two
     * executions (other directories, other includes, other outputs) keep apart.
     */
    private static Path manifest(GenerationRequest request) {
        return executionFile(request, "files", ".txt");
    }

    /** A file of the state directory that belongs to this execution (its catalogs, patterns and outputs). */
    private static Path executionFile(GenerationRequest request, String prefix, String suffix) {
        String execution = String.join("\n", request.catalogDirectory().toAbsolutePath().normalize().toString(),
                String.join(",", request.includes()), String.join(",", request.excludes()),
                request.sourceOutput().toAbsolutePath().normalize().toString(),
                request.resourceOutput().toAbsolutePath().normalize().toString());
        String key = String.format(java.util.Locale.ROOT, "%08x", execution.hashCode());
        return request.stateDirectory().resolve(prefix + "-" + key + suffix);
    }
}
