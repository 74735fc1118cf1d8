package io.errorcatalog.translate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.CatalogFiles;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.load.CatalogLoader;
import io.errorcatalog.load.YamlNode;
import io.errorcatalog.load.YamlReader;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Nearest;
import io.errorcatalog.model.SourceHash;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;
import io.errorcatalog.translate.TextKey.Field;
import io.errorcatalog.translate.TranslationFileWriter.Translation;
import io.errorcatalog.write.OutputWriter;

/**
 * Reads translated XLIFF files back into the file of translations beside each catalog, {@code orders.de.yaml}
 * beside {@code orders.yaml}, which it creates or rewrites and which is the only file it writes: never a catalog's
 * own. Each translation records the hash of the source text its unit carries, so it is current exactly when it
 * was made from the current text. A unit decides its text by its target and state:
 * <ul>
 * <li>an empty target: the text is not translated (a translation the file of translations had is removed);</li>
 * <li>a target the translator stands by ({@link XliffFile#confirms}): the translation, made from the unit's source;</li>
 * <li>a target that still needs work ({@code new}, {@code needs-...}): the text stays as it was.</li>
 * </ul>
 * Texts without a unit in the files stay as they were. Everything is checked before anything is written, and a
 * problem anywhere writes nothing.
 */
public final class TranslationImport {

    /**
     * @param catalogDirectory the directory of the catalogs, whose files of translations are written
     * @param includes the catalog files' patterns, which a new file of translations must match to be read
     * @param files the XLIFF files to import
     * @param locale the one locale to import, a BCP 47 tag; null for every locale the files translate into
     */
    public record Request(Path catalogDirectory, List<String> includes, List<String> excludes, List<Path> files,
            String locale) {

        public Request {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
            files = List.copyOf(files);
        }
    }

    /**
     * What one file of translations became.
     *
     * @param file its path relative to the catalog directory
     * @param translated texts translated from a unit the translator stands by
     * @param removed texts whose translation the file had and whose unit has none any more
     * @param needsWork texts left as they were because their unit still needs work
     * @param changed whether the file was written; false where it was as it would be written
     */
    public record Written(String file, String catalog, String locale, int translated, int removed, int needsWork,
            boolean changed) {

        /** The line a run prints for the file, its path resolved against the catalog directory. */
        public String summary(Path catalogDirectory) {
            return "Imported the " + locale + " translations of " + catalog + ": " + catalogDirectory.resolve(file)
                    + " (" + translated + " translated, " + removed + " removed, " + needsWork
                    + " left as they were for needing work" + (changed ? "" : "; unchanged") + ")";
        }
    }

    public record Result(List<Written> files) {

        public Result {
            files = List.copyOf(files);
        }
    }

    private final XliffReader reader = new XliffReader();

    /**
     * @param catalogs the catalogs, loaded and checked ({@code Generator.check})
     * @throws CatalogException if a file to import has problems; they are all in it, and nothing is written
     * @throws InvalidRequestException if there is no file to import, or a file of translations cannot be written
     * @throws IOException if a file cannot be read or written
     */
    public Result importFiles(CatalogSet catalogs, Request request) throws CatalogException, InvalidRequestException,
            IOException {
        if (request.files().isEmpty()) {
            throw new InvalidRequestException("there is no XLIFF file to import; export the catalogs with"
                    + " export-translations, have them translated, and put them back where import reads them", null);
        }
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (Path file : request.files()) {
            for (XliffFile xliff : reader.read(file.toString(), readAtMost(file), diagnostics)) {
                Plan plan = plan(catalogs, xliff, request, plans, diagnostics);
                if (plan != null) {
                    plan.add(xliff, diagnostics);
                }
            }
        }
        if (request.locale() != null && plans.isEmpty() && diagnostics.isEmpty()) {
            throw new InvalidRequestException("none of the files to import translates into '" + request.locale()
                    + "'", null);
        }
        for (Plan plan : plans.values()) {
            plan.checkTarget(request);
            plan.decide(diagnostics);
        }
        if (!diagnostics.isEmpty()) {
            throw new CatalogException(diagnostics, null);
        }
        List<Written> written = new ArrayList<>();
        for (Plan plan : plans.values()) {
            written.add(plan.write(request.catalogDirectory()));
        }
        return new Result(written);
    }

    /** A file to import is read only as far as needed to tell it is too large. */
    private static byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(YamlReader.MAX_FILE_BYTES + 1);
        }
    }

    /** The plan of the catalog and locale an XLIFF file translates, or null where it translates none (reported). */
    private static Plan plan(CatalogSet catalogs, XliffFile xliff, Request request, Map<String, Plan> plans,
            Diagnostics diagnostics) {
        Optional<Catalog> found = catalogs.catalogs().stream()
                .filter(catalog -> catalog.id().value().equals(xliff.original())).findFirst();
        if (found.isEmpty()) {
            diagnostics.add(new Diagnostic(xliff.location(), Tag.UNKNOWN_CATALOG, "this file translates the catalog '"
                    + xliff.original() + "' (its original), but no catalog has that id; import it where that catalog"
                    + " is, or export the catalog again (the catalogs: " + String.join(", ",
                    catalogs.catalogs().stream().map(catalog -> catalog.id().value()).toList()) + ")"));
            return null;
        }
        Catalog catalog = found.get();
        if (!Locales.same(xliff.sourceLanguage(), catalog.defaultLocale())) {
            diagnostics.add(new Diagnostic(xliff.location(), Tag.UNKNOWN_LOCALE, "this file translates from '"
                    + xliff.sourceLanguage() + "', but catalog '" + catalog.id().value() + "' is translated from its"
                    + " default locale " + catalog.defaultLocale() + "; export the catalog again"));
            return null;
        }
        List<String> others = catalog.localeTags().subList(1, catalog.localeTags().size());
        Optional<String> locale = others.stream().filter(tag -> Locales.same(tag, xliff.targetLanguage())).findFirst();
        if (locale.isEmpty()) {
            diagnostics.add(new Diagnostic(xliff.location(), Tag.UNKNOWN_LOCALE, "this file translates catalog '"
                    + catalog.id().value() + "' into '" + xliff.targetLanguage() + "', which is not one of its other"
                    + " locales " + others + "; add it to 'locales' of " + catalog.file() + ", or correct the file's"
                    + " target-language"));
            return null;
        }
        if (request.locale() != null && !Locales.same(locale.get(), request.locale())) {
            return null;
        }
        return plans.computeIfAbsent(catalog.id().value() + " " + locale.get(), key -> new Plan(catalog, locale.get()));
    }

    /** What a unit's target says of its text. */
    private enum Verdict {
        /** No translation: empty, or white space only. */
        EMPTY,
        /** A translation that still needs work: its text stays as it was. */
        NEEDS_WORK,
        /** A translation the translator stands by. */
        CONFIRMED;

        static Verdict of(XliffFile.Unit unit) {
            if (unit.target() == null || unit.target().isBlank()) {
                return EMPTY;
            }
            return XliffFile.confirms(unit.state()) ? CONFIRMED : NEEDS_WORK;
        }
    }

    /** The imported units of one catalog and locale, and the file of translations they become. */
    private static final class Plan {
        private final Catalog catalog;
        private final String locale;
        /** The file of translations, relative to the catalog directory. */
        private final String file;
        private final Map<String, ErrorEntry> errors = new LinkedHashMap<>();
        /** The units by error, then text, then item (0 for a title or message). */
        private final Map<String, Map<Field, TreeMap<Integer, XliffFile.Unit>>> units = new LinkedHashMap<>();
        /** The translations the file will hold, by error in catalog order. */
        private final Map<String, Map<Field, Translation>> translations = new LinkedHashMap<>();
        private int translated;
        private int removed;
        private int needsWork;

        Plan(Catalog catalog, String locale) {
            this.catalog = catalog;
            this.locale = locale;
            int slash = catalog.file().lastIndexOf('/');
            String name = catalog.file().substring(slash + 1);
            int dot = name.lastIndexOf('.');
            this.file = catalog.file().substring(0, slash + 1) + (dot > 0 ? name.substring(0, dot) : name) + "."
                    + locale + ".yaml";
            for (ErrorEntry error : catalog.errors()) {
                errors.put(error.name(), error);
                Map<Field, Translation> own = new EnumMap<>(Field.class);
                for (Field field : Field.values()) {
                    Existing existing = existing(error, field);
                    if (existing != null && existing.at().file().equals(file)) {
                        own.put(field, new Translation(existing.value(), existing.source()));
                    }
                }
                translations.put(error.name(), own);
            }
        }

        /** The translation the catalog has of a text in this plan's locale, wherever written; null where none. */
        private Existing existing(ErrorEntry error, Field field) {
            if (field.isList()) {
                LocalizedList list = field == Field.CAUSES ? error.causes() : error.solutions();
                Located<List<Located<String>>> items = list.byLocale().get(locale);
                return items == null ? null : new Existing(list.get(locale), list.sources().get(locale), items.location());
            }
            LocalizedText text = field == Field.TITLE ? error.title() : error.message();
            Located<String> value = text == null ? null : text.byLocale().get(locale);
            return value == null ? null : new Existing(List.of(value.value()), text.sources().get(locale),
                    value.location());
        }

        /** The default locale's text, or null where the error has none; for a list, all its items. */
        private List<String> source(ErrorEntry error, Field field) {
            return switch (field) {
                case TITLE -> error.title().get(catalog.defaultLocale()) == null ? null
                        : List.of(error.title().get(catalog.defaultLocale()));
                case MESSAGE -> List.of(error.message().get(catalog.defaultLocale()));
                case CAUSES -> error.causes().get(catalog.defaultLocale());
                case SOLUTIONS -> error.solutions().get(catalog.defaultLocale());
            };
        }

        void add(XliffFile xliff, Diagnostics diagnostics) {
            for (XliffFile.Unit unit : xliff.units()) {
                TextKey key = TextKey.parse(unit.id());
                if (key == null) {
                    diagnostics.add(new Diagnostic(unit.location(), Tag.INVALID_XLIFF, "the unit id '" + unit.id()
                            + "' names no text; ids are as export-translations writes them, such as"
                            + " ORDER_NOT_FOUND.message or ORDER_NOT_FOUND.causes.2: leave them as they are"));
                    continue;
                }
                ErrorEntry error = errors.get(key.error());
                if (error == null) {
                    diagnostics.add(new Diagnostic(unit.location(), Tag.UNKNOWN_ERROR, "unit " + unit.id()
                            + " translates error " + key.error() + ", which catalog '" + catalog.id().value()
                            + "' does not have" + (catalog.extendsId() == null ? "" : " of its own (an inherited"
                            + " error is translated with its catalog)") + "; "
                            + Nearest.of(key.error(), errors.keySet()).map(name -> "did you mean " + name + "?")
                                    .orElse("remove the unit, or export again")));
                    continue;
                }
                List<String> source = source(error, key.field());
                if (source == null || source.isEmpty()) {
                    diagnostics.add(new Diagnostic(unit.location(), Tag.UNKNOWN_ERROR, "unit " + unit.id()
                            + " translates the " + key.field().key() + " of error " + key.error() + ", which has none"
                            + " any more; remove the unit, or export again"));
                    continue;
                }
                XliffFile.Unit earlier = units.computeIfAbsent(key.error(), name -> new EnumMap<>(Field.class))
                        .computeIfAbsent(key.field(), field -> new TreeMap<>()).putIfAbsent(key.item(), unit);
                if (earlier != null) {
                    diagnostics.add(new Diagnostic(unit.location(), Tag.DUPLICATE_TRANSLATION, "unit " + unit.id()
                            + " is imported at " + earlier.location() + " already; keep one of them"));
                }
            }
        }

        /**
         * The file of translations must be one the catalog loader reads, and may not be a file of another kind.
         *
         * @throws InvalidRequestException if it cannot be
         */
        void checkTarget(Request request) throws InvalidRequestException, IOException {
            boolean included;
            try {
                included = CatalogFiles.matches(request.includes(), request.excludes(), file);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(e.getMessage(), e);
            }
            if (!included) {
                throw new InvalidRequestException("import writes the " + locale + " translations of catalog '"
                        + catalog.id().value() + "' to " + file + ", which the catalog patterns (includes "
                        + request.includes() + ", excludes " + request.excludes() + ") leave out, so no build would"
                        + " read it; include it", null);
            }
            Path path = request.catalogDirectory().resolve(file);
            if (Files.exists(path)) {
                Diagnostics ignored = new Diagnostics();
                Optional<YamlNode.MapNode> root = new CatalogLoader().read(file, readAtMost(path), ignored);
                if (root.isEmpty() || !text(root.get(), "translationOf").equals(catalog.id().value())
                        || !text(root.get(), "locale").equals(locale)) {
                    throw new InvalidRequestException("import writes the " + locale + " translations of catalog '"
                            + catalog.id().value() + "' to " + path + ", but that file is not their file of"
                            + " translations (translationOf: " + catalog.id().value() + ", locale: " + locale
                            + "); rename it", null);
                }
            }
        }

        private static String text(YamlNode.MapNode map, String key) {
            YamlNode.MapNode.Entry entry = map.entries().get(key);
            return entry != null && entry.value() instanceof YamlNode.ScalarNode scalar ? scalar.text() : "";
        }

        /** What each imported text becomes, or why it cannot be imported. */
        void decide(Diagnostics diagnostics) {
            units.forEach((name, fields) -> fields.forEach((field, items) ->
                    decide(errors.get(name), field, items, diagnostics)));
        }

        private void decide(ErrorEntry error, Field field, TreeMap<Integer, XliffFile.Unit> items,
                Diagnostics diagnostics) {
            List<XliffFile.Unit> ordered = new ArrayList<>(items.values());
            if (field.isList() && items.lastKey() != items.size()) {
                diagnostics.add(new Diagnostic(ordered.get(0).location(), Tag.INVALID_XLIFF, "the units of the "
                        + field.key() + " of error " + error.name() + " are items " + items.keySet() + "; a list's"
                        + " units are its items from 1 on, none left out: export again"));
                return;
            }
            Set<Verdict> verdicts = java.util.EnumSet.noneOf(Verdict.class);
            ordered.forEach(unit -> verdicts.add(Verdict.of(unit)));
            if (verdicts.contains(Verdict.NEEDS_WORK)) {
                needsWork++;
                return;
            }
            Existing existing = existing(error, field);
            boolean elsewhere = existing != null && !existing.at().file().equals(file);
            if (verdicts.equals(Set.of(Verdict.EMPTY))) {
                if (elsewhere) {
                    diagnostics.add(elsewhere(ordered.get(0), existing, "and this unit has none: remove it there"));
                } else if (translations.get(error.name()).remove(field) != null) {
                    removed++;
                }
                return;
            }
            if (verdicts.contains(Verdict.EMPTY)) {
                XliffFile.Unit empty = ordered.stream().filter(unit -> Verdict.of(unit) == Verdict.EMPTY).findFirst()
                        .orElseThrow();
                diagnostics.add(new Diagnostic(empty.location(), Tag.INCOMPLETE_LIST, "unit " + empty.id() + " has no"
                        + " translation, but other items of the " + field.key() + " of error " + error.name() + " have;"
                        + " a list is translated as a whole: translate every item, or empty them all"));
                return;
            }
            List<String> targets = ordered.stream().map(XliffFile.Unit::target).toList();
            List<String> sources = ordered.stream().map(XliffFile.Unit::source).toList();
            String hash = field.isList() ? SourceHash.of(sources) : SourceHash.of(sources.get(0));
            if (field == Field.MESSAGE && !placeholdersMatch(error, ordered.get(0), diagnostics)) {
                return;
            }
            if (elsewhere) {
                if (!existing.value().equals(targets) || existing.source() != null && !existing.source().equals(hash)) {
                    diagnostics.add(elsewhere(ordered.get(0), existing, "and this unit changes it"));
                }
                return;
            }
            translations.get(error.name()).put(field, new Translation(targets, hash));
            translated++;
        }

        private Diagnostic elsewhere(XliffFile.Unit unit, Existing existing, String what) {
            return new Diagnostic(unit.location(), Tag.TRANSLATION_IN_CATALOG, "the " + locale + " translation of "
                    + describe(unit) + " is written at " + existing.at() + ", which import does not edit, " + what
                    + "; or move the " + locale + " translations of " + existing.at().file() + " into " + file
                    + ", then import again");
        }

        private static String describe(XliffFile.Unit unit) {
            TextKey key = TextKey.parse(unit.id());
            return key.field().isList() ? "the " + key.field().key() + " of error " + key.error() : key.describe();
        }

        /**
         * A translated message uses the parameters its source uses, and those are the ones the message uses now;
         * the names are what {@link MessageTemplate} finds, whatever its syntax.
         */
        private boolean placeholdersMatch(ErrorEntry error, XliffFile.Unit unit, Diagnostics diagnostics) {
            Set<String> translation;
            try {
                translation = MessageTemplate.parse(unit.target()).parameterNames();
            } catch (MessageTemplate.SyntaxException e) {
                diagnostics.add(new Diagnostic(unit.targetLocation(), Tag.INVALID_MESSAGE, "the " + locale
                        + " translation of the message of error " + error.name() + " is not a valid template: "
                        + e.getMessage()));
                return false;
            }
            Set<String> source;
            try {
                source = MessageTemplate.parse(unit.source()).parameterNames();
            } catch (MessageTemplate.SyntaxException e) {
                diagnostics.add(new Diagnostic(unit.location(), Tag.INVALID_MESSAGE, "the source of unit " + unit.id()
                        + " is not a valid template (" + e.getMessage() + "): it was changed after export; export"
                        + " again"));
                return false;
            }
            if (!translation.equals(source)) {
                diagnostics.add(new Diagnostic(unit.targetLocation(), Tag.PLACEHOLDER_MISMATCH, "the " + locale
                        + " translation of the message of error " + error.name() + " uses " + names(translation)
                        + ", but its source uses " + names(source) + "; use exactly the source's placeholders"));
                return false;
            }
            Set<String> now = currentParameters(error);
            if (!source.equals(now)) {
                diagnostics.add(new Diagnostic(unit.targetLocation(), Tag.PLACEHOLDER_MISMATCH, "the message of error "
                        + error.name() + " uses " + names(now) + " now, but this unit's source, an earlier version of"
                        + " it, uses " + names(source) + "; export again and translate the message as it is now"));
                return false;
            }
            return true;
        }

        private Set<String> currentParameters(ErrorEntry error) {
            try {
                return MessageTemplate.parse(error.message().get(catalog.defaultLocale())).parameterNames();
            } catch (MessageTemplate.SyntaxException e) {
                throw new IllegalStateException("a checked catalog has a valid message", e);
            }
        }

        private static String names(Set<String> names) {
            return names.isEmpty() ? "no parameter"
                    : String.join(", ", names.stream().sorted().map(name -> "{" + name + "}").toList());
        }

        /** Writes the file of translations where its content changes. */
        Written write(Path catalogDirectory) throws IOException {
            Map<String, Map<Field, Translation>> nonEmpty = new LinkedHashMap<>();
            translations.forEach((error, texts) -> {
                if (!texts.isEmpty()) {
                    nonEmpty.put(error, texts);
                }
            });
            byte[] content = TranslationFileWriter.write(catalog.id().value(), catalog.file(), locale, nonEmpty)
                    .getBytes(StandardCharsets.UTF_8);
            Path path = catalogDirectory.resolve(file);
            boolean changed = !Files.isRegularFile(path) || !Arrays.equals(Files.readAllBytes(path), content);
            if (changed) {
                OutputWriter.writeAtomically(path, content);
            }
            return new Written(file, catalog.id().value(), locale, translated, removed, needsWork, changed);
        }
    }

    /** A translation the catalog has, where it is written, and the source hash it records (or null). */
    private record Existing(List<String> value, String source, SourceLocation at) {}

    /** The XLIFF files directly in a directory, in name order; none where it does not exist. */
    public static List<Path> xliffFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = String.valueOf(file.getFileName());
                return name.endsWith(".xlf") || name.endsWith(".xliff");
            }).sorted().toList();
        }
    }
}
