package io.errorcatalog.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.errorcatalog.load.YamlNode.ListNode;
import io.errorcatalog.load.YamlNode.MapNode;
import io.errorcatalog.load.TranslationFile.Translation;
import io.errorcatalog.load.YamlNode.ScalarNode;
import io.errorcatalog.model.Acceptance;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogPart;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Group;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ParamFormat;
import io.errorcatalog.model.ParamType;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.RetryAdvice;
import io.errorcatalog.model.Severity;
import io.errorcatalog.model.SourceHash;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;
import io.errorcatalog.model.Tombstone;
import io.errorcatalog.model.TranslationPolicy;
import io.errorcatalog.model.WireFormat;
import io.errorcatalog.runtime.GrpcStatus;

/**
 * Maps a catalog file onto the {@link Catalog} model. It reports everything it finds wrong with the
 * shape of the file (unknown, missing and mistyped keys) and leaves the rules that relate one value to
 * another to {@link io.errorcatalog.validate.CatalogValidator}. A part that cannot be read is left
 * out of the model after its diagnostic, so one mistake is reported once.
 */
public final class CatalogLoader {

    static final Set<String> CATALOG_KEYS = Set.of("format", "id", "title", "description", "package", "enum",
            "exception", "locales", "docs", "extends", "defaults", "groups", "errors", "wire", "translations",
            "accept");
    static final Set<String> TRANSLATION_POLICY_KEYS = Set.of("failOnMissing", "failOnStale");
    /** A file of a catalog written as several: its errors and groups, the rest as its catalog says. */
    static final Set<String> PART_KEYS = Set.of("format", "partOf", "defaults", "groups", "errors");
    /** A file of one locale's translations of a catalog. */
    static final Set<String> TRANSLATIONS_KEYS = Set.of("format", "translationOf", "locale", "errors");
    static final Set<String> TRANSLATED_ERROR_KEYS = Set.of("title", "message", "causes", "solutions");
    static final Set<String> DEFAULTS_KEYS = Set.of("severity", "retry", "group", "grpc");
    static final Set<String> GROUP_KEYS = Set.of("exception", "description");
    static final Set<String> PARAMETER_KEYS = Set.of("type", "format", "description", "sensitive");
    static final Set<String> ERROR_KEYS = Set.of("code", "aliases", "status", "title", "message", "params", "causes",
            "solutions", "group", "severity", "retry", "docs", "deprecated", "wire", "grpc", "removed", "accept");
    static final Set<String> TOMBSTONE_KEYS = Set.of("version", "reason");
    /** A translation in its long form, with the hash of the text it was made from. */
    static final Set<String> TRANSLATION_KEYS = Set.of("text", "source");
    static final Set<String> LIST_TRANSLATION_KEYS = Set.of("items", "source");
    /** Every setting of every wire shape: the shapes say which they take. */
    static final Set<String> WIRE_SETTINGS = java.util.Arrays.stream(WireFormat.Shape.values())
            .flatMap(shape -> java.util.stream.Stream.concat(shape.settings().stream(), shape.errorSettings().stream()))
            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    static final Set<String> WIRE_KEYS = java.util.stream.Stream.concat(java.util.stream.Stream.of("format"),
            WIRE_SETTINGS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final YamlReader yamlReader = new YamlReader();

    /**
     * What loading a file gave.
     *
     * @param catalog the catalog, or empty where the file is too broken to have one (the problems are
     *     reported) or is a part or a file of translations
     * @param waitsFor the id of the catalog a part belongs to, where that catalog is not loaded yet and
     *     the file is to be loaded again after the others; else null
     * @param translations a file of translations ({@code translationOf}), which is added to its catalog once
     *     all are loaded ({@link TranslationFile#applyTo}); then {@code catalog} is empty
     * @param part a part of a catalog ({@code partOf}), which is added to it once all are loaded
     *     ({@link Catalog#withParts}); then {@code catalog} is empty
     */
    public record Result(Optional<Catalog> catalog, String waitsFor, Optional<TranslationFile> translations,
            Optional<CatalogPart> part) {

        Result(Optional<Catalog> catalog, String waitsFor) {
            this(catalog, waitsFor, Optional.empty(), Optional.empty());
        }
    }

    /** Loads a file that may not be a part of another catalog's. */
    public Optional<Catalog> load(String file, byte[] content, Diagnostics diagnostics) {
        return load(file, content, diagnostics, Map.of(), true).catalog();
    }

    /**
     * @param file the file's path relative to the catalog directory, as diagnostics will show it
     * @param catalogs the catalogs loaded so far, by id, which a part ({@code partOf}) adds its errors to
     * @param last whether every catalog is loaded, so that a part of an unknown one is a mistake, not a wait
     */
    public Result load(String file, byte[] content, Diagnostics diagnostics,
            Map<String, Catalog> catalogs, boolean last) {
        return load(file, read(file, content, diagnostics), diagnostics, catalogs, last);
    }

    /**
     * The first half of {@link #load(String, byte[], Diagnostics, Map, boolean)}: the
     * file's YAML, parsed and checked as plain data. It depends on no other file, so files may be read at once.
     *
     * @return the file's map, or empty where it holds none (the problems are reported)
     */
    public Optional<MapNode> read(String file, byte[] content, Diagnostics diagnostics) {
        return root(file, content, diagnostics);
    }

    /** The second half: the map {@link #read} gave, as a catalog or a part of one. */
    public Result load(String file, Optional<MapNode> map, Diagnostics diagnostics,
            Map<String, Catalog> catalogs, boolean last) {
        if (map.isEmpty()) {
            return new Result(Optional.empty(), null);
        }
        if (map.get().entries().containsKey("translationOf")) {
            return new Result(Optional.empty(), null, new FileLoad(file, diagnostics).translations(map.get()),
                    Optional.empty());
        }
        MapNode.Entry partOf = map.get().entries().get("partOf");
        if (partOf == null) {
            return new Result(new FileLoad(file, diagnostics).catalog(map.get()), null);
        }
        String id = partOf.value() instanceof ScalarNode scalar && !scalar.nullValue() ? scalar.text() : null;
        Catalog main = id == null ? null : catalogs.get(id);
        if (main == null && id != null && !last) {
            return new Result(Optional.empty(), id);
        }
        return new Result(Optional.empty(), null, Optional.empty(),
                new FileLoad(file, diagnostics).part(map.get(), partOf, main, catalogs.keySet()));
    }

    private Optional<MapNode> root(String file, byte[] content, Diagnostics diagnostics) {
        Optional<YamlNode> root = yamlReader.read(file, content, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (root.get() instanceof ScalarNode scalar && scalar.nullValue()) {
            diagnostics.add(new Diagnostic(root.get().location(), Tag.EMPTY_FILE, "the file holds no catalog; write a"
                    + " map with at least 'id', 'title', 'locales' and 'errors'"));
            return Optional.empty();
        }
        if (!(root.get() instanceof MapNode map)) {
            diagnostics.add(new Diagnostic(root.get().location(), Tag.NOT_A_CATALOG, "a catalog file holds a map"
                    + " (keys such as 'id', 'title', 'locales', 'errors'), not " + root.get().kind()));
            return Optional.empty();
        }
        return Optional.of(map);
    }

    /** The state of loading one file. */
    private static final class FileLoad {
        private final String file;
        private final Diagnostics diagnostics;
        private List<String> localeTags = List.of();
        /**
         * Each of {@link #localeTags} by itself, so that texts are keyed by the catalog's own strings (see
         * {@link #localeKey}); a map, as a catalog may have many locales and each of its texts a key per locale.
         */
        private Map<String, String> canonicalTags = Map.of();

        FileLoad(String file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        private void useLocales(List<String> tags) {
            localeTags = tags;
            canonicalTags = new java.util.HashMap<>();
            for (String tag : tags) {
                canonicalTags.putIfAbsent(tag, tag);
            }
        }

        /**
         * The catalog's own string for a text's locale key, where it is one of its locales: the texts then share
         * the strings that every later lookup by locale uses, which find them by identity (and keep one copy).
         */
        private String localeKey(String key) {
            return canonicalTags.getOrDefault(key, key);
        }

        /**
         * A part of {@code main}: its groups and errors, read with the catalog's locales and wire format.
         *
         * @param ids the catalogs' ids, which a part of none is told
         */
        Optional<CatalogPart> part(MapNode node, MapNode.Entry partOf, Catalog main, Collection<String> ids) {
            MapReader reader = new MapReader(node, SourceLocation.ofFile(file), "the catalog part", PART_KEYS,
                    diagnostics);
            reader.rejectUnknownKeys();
            if (main == null) {
                reader.report(partOf.value().location(), Tag.UNKNOWN_CATALOG, "this file is 'partOf' a catalog"
                        + " with the id '" + (partOf.value() instanceof ScalarNode scalar ? scalar.text() : "")
                        + "', but no catalog file has that id; write the id of the catalog this file belongs to"
                        + (ids.isEmpty() ? "" : " (" + String.join(", ", new TreeSet<>(ids)) + ")"));
                return Optional.empty();
            }
            useLocales(main.localeTags());
            Defaults defaults = reader.map("defaults").map(this::defaults).orElse(Defaults.NONE);
            Map<String, Group> groups = new LinkedHashMap<>();
            reader.map("groups").ifPresent(map -> map.entries().values().forEach(entry ->
                    group(reader, entry).ifPresent(group -> groups.put(group.id(), group))));
            List<ErrorEntry> errors = new ArrayList<>();
            Optional<MapNode> errorsMap = reader.required("errors", "{NOT_FOUND: {code: not_found, ...}}")
                    .flatMap(errorsNode -> reader.asMap(errorsNode, "'errors' of the catalog part"));
            for (MapNode.Entry entry : errorsMap.map(map -> map.entries().values()).orElse(List.of())) {
                if (diagnostics.isFull()) {
                    break; // bounded work: enough is reported already
                }
                error(reader, entry, defaults, main.wire()).ifPresent(errors::add);
            }
            return Optional.of(new CatalogPart(main.id().value(), file, groups, errors));
        }

        /** A file of translations: what it translates, read as the catalog's own texts are, one locale's. */
        Optional<TranslationFile> translations(MapNode node) {
            MapReader reader = new MapReader(node, SourceLocation.ofFile(file), "the file of translations",
                    TRANSLATIONS_KEYS, diagnostics);
            reader.rejectUnknownKeys();
            Optional<Located<String>> catalogId = reader.requiredText("translationOf", "orders");
            Optional<Located<String>> locale = reader.requiredText("locale", "de");
            List<TranslationFile.ErrorTexts> errors = new ArrayList<>();
            Optional<MapNode> errorsMap = reader.required("errors", "{ORDER_NOT_FOUND: {title: Bestellung nicht gefunden}}")
                    .flatMap(errorsNode -> reader.asMap(errorsNode, "'errors' of the file of translations"));
            for (MapNode.Entry entry : errorsMap.map(map -> map.entries().values()).orElse(List.of())) {
                if (diagnostics.isFull()) {
                    break; // bounded work: enough is reported already
                }
                CharSequence what = Wording.of("error ", entry.key());
                reader.asMap(entry.value(), what).ifPresent(texts -> {
                    MapReader error = new MapReader(texts, entry.keyLocation(), what, TRANSLATED_ERROR_KEYS,
                            diagnostics);
                    error.rejectUnknownKeys();
                    errors.add(new TranslationFile.ErrorTexts(entry.key(), entry.keyLocation(),
                            error.node("title").filter(value -> !isNull(value))
                                    .flatMap(value -> translation(error, value, Wording.of("'title' of ", what)))
                                    .orElse(null),
                            error.node("message").filter(value -> !isNull(value))
                                    .flatMap(value -> translation(error, value, Wording.of("'message' of ", what)))
                                    .orElse(null),
                            error.node("causes").filter(value -> !isNull(value))
                                    .flatMap(value -> listTranslation(error, value, Wording.of("'causes' of ", what)))
                                    .orElse(null),
                            error.node("solutions").filter(value -> !isNull(value))
                                    .flatMap(value -> listTranslation(error, value,
                                            Wording.of("'solutions' of ", what)))
                                    .orElse(null)));
                });
            }
            if (catalogId.isEmpty() || locale.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TranslationFile(file, catalogId.get(), locale.get(), errors));
        }

        Optional<Catalog> catalog(MapNode node) {
            MapReader reader = new MapReader(node, SourceLocation.ofFile(file), "the catalog", CATALOG_KEYS,
                    diagnostics);
            reader.rejectUnknownKeys();
            reader.text("format").ifPresent(format -> {
                if (!format.value().equals("1")) {
                    reader.report(format.location(), Tag.UNSUPPORTED_FORMAT, "format " + format.value()
                            + " is not known to this plugin version; write format: 1");
                }
            });
            Optional<Located<String>> id = reader.requiredText("id", "payments");
            Optional<Located<String>> title = reader.requiredSaying("title", "Payments API");
            List<Located<String>> locales = reader.required("locales", "[en, de]")
                    .map(list -> textList(reader, list, "'locales' of the catalog")).orElse(List.of());
            // Only an empty list: a 'locales' of another kind, or of unreadable items, is reported already.
            if (reader.node("locales").filter(value -> value instanceof ListNode list && list.items().isEmpty())
                    .isPresent()) {
                reader.report(reader.node("locales").get().location(), Tag.MISSING_LOCALE,
                        "'locales' of the catalog is empty; list at least the default locale, such as [en]");
            }
            useLocales(locales.stream().map(Located::value).toList());

            WireFormat wire = reader.map("wire").flatMap(map -> wire(map, null, "'wire' of the catalog")).orElse(null);
            Defaults defaults = reader.map("defaults").map(this::defaults).orElse(Defaults.NONE);
            Map<String, Group> groups = new LinkedHashMap<>();
            reader.map("groups").ifPresent(map -> map.entries().values().forEach(entry ->
                    group(reader, entry).ifPresent(group -> groups.put(group.id(), group))));
            List<ErrorEntry> errors = new ArrayList<>();
            Optional<MapNode> errorsMap = reader
                    .required("errors", "{NOT_FOUND: {code: not_found, status: 404, title: ..., message: ...}}")
                    .flatMap(errorsNode -> reader.asMap(errorsNode, "'errors' of the catalog"));
            for (MapNode.Entry entry : errorsMap.map(map -> map.entries().values()).orElse(List.of())) {
                if (diagnostics.isFull()) {
                    break; // bounded work: enough is reported already
                }
                error(reader, entry, defaults, wire).ifPresent(errors::add);
            }
            SourceLocation errorsLocation = errorsMap.filter(map -> map.entries().size() == errors.size())
                    .map(MapNode::location).orElse(null);

            // Read before giving up on the catalog, so that their mistakes are reported in the same run.
            Optional<Located<String>> description = reader.saying("description");
            Optional<Located<String>> javaPackage = reader.text("package");
            Optional<Located<String>> enumName = reader.text("enum");
            Optional<Located<String>> exceptionName = reader.text("exception");
            Optional<Located<String>> docs = reader.text("docs");
            Optional<Located<String>> extendsId = reader.text("extends");
            TranslationPolicy translations = reader.map("translations").map(this::translationPolicy)
                    .orElse(TranslationPolicy.LENIENT);
            List<Acceptance> accepted = acceptances(reader, "the catalog");
            if (id.isEmpty() || title.isEmpty() || locales.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Catalog(file, id.get(), title.get().value(),
                    description.map(Located::value).orElse(null),
                    javaPackage.orElse(null),
                    enumName.orElse(null),
                    exceptionName.orElse(null),
                    locales,
                    docs.orElse(null),
                    extendsId.orElse(null),
                    groups, errors, errorsLocation, wire, translations, accepted));
        }

        private TranslationPolicy translationPolicy(MapNode node) {
            MapReader reader = new MapReader(node, node.location(), "'translations' of the catalog",
                    TRANSLATION_POLICY_KEYS, diagnostics);
            reader.rejectUnknownKeys();
            return new TranslationPolicy(reader.bool("failOnMissing").orElse(false),
                    reader.bool("failOnStale").orElse(false));
        }

        /** What an error takes where it does not say; the format's own defaults where the catalog has none. */
        private record Defaults(Severity severity, RetryAdvice retry, Located<String> group, GrpcStatus grpc) {
            static final Defaults NONE = new Defaults(Severity.FATAL, RetryAdvice.UNSPECIFIED, null, null);
        }

        private Defaults defaults(MapNode node) {
            MapReader reader = new MapReader(node, node.location(), "'defaults'", DEFAULTS_KEYS, diagnostics);
            reader.rejectUnknownKeys();
            return new Defaults(
                    reader.keyword("severity", Severity.class, Severity::keyword).orElse(Defaults.NONE.severity()),
                    reader.keyword("retry", RetryAdvice.class, RetryAdvice::keyword).orElse(Defaults.NONE.retry()),
                    reader.text("group").orElse(null),
                    grpc(reader, "'defaults'").orElse(null));
        }

        /** A canonical gRPC code by its name, as google.rpc.Code spells it. */
        private static Optional<GrpcStatus> grpc(MapReader reader, CharSequence what) {
            return reader.text("grpc").flatMap(text -> {
                GrpcStatus known = GrpcStatus.byName(text.value());
                if (known == null) {
                    GrpcStatus meant = GrpcStatus.byName(text.value().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                    reader.report(text.location(), Tag.UNKNOWN_GRPC_STATUS, "'grpc' of " + what + " is '" + text.value()
                            + "', which is no canonical gRPC status code; " + (meant != null ? "did you mean '"
                            + meant.name() + "'?" : "write one of: " + java.util.Arrays.stream(GrpcStatus.values())
                            .map(Enum::name).collect(java.util.stream.Collectors.joining(", "))));
                }
                return Optional.ofNullable(known);
            });
        }

        private Optional<Group> group(MapReader parent, MapNode.Entry entry) {
            if (entry.value() instanceof ScalarNode scalar && scalar.nullValue()) {
                // "validation:" with nothing after it: a group with nothing more to say.
                return Optional.of(new Group(entry.key(), null, null, entry.keyLocation()));
            }
            return parent.asMap(entry.value(), "group '" + entry.key() + "'").map(node -> {
                MapReader reader = new MapReader(node, entry.keyLocation(), "group '" + entry.key() + "'",
                        GROUP_KEYS, diagnostics);
                reader.rejectUnknownKeys();
                return new Group(entry.key(),
                        reader.text("exception").orElse(null),
                        reader.saying("description").map(Located::value).orElse(null),
                        entry.keyLocation());
            });
        }

        /**
         * A wire format; {@code inherited} gives what the map does not say.
         *
         * @return empty where the map cannot make one (the diagnostic is reported)
         */
        private Optional<WireFormat> wire(MapNode node, WireFormat inherited, CharSequence what) {
            MapReader reader = new MapReader(node, node.location(), what, WIRE_KEYS, diagnostics);
            reader.rejectUnknownKeys();
            Optional<WireFormat.Shape> shape = reader.keyword("format", WireFormat.Shape.class, WireFormat.Shape::keyword);
            if (shape.isEmpty() && inherited == null) {
                if (reader.node("format").isEmpty()) {
                    reader.report(node.location(), Tag.MISSING_KEY, what + " has no 'format'; add it, for example"
                            + " format: problem (or code-message, errors)");
                }
                return Optional.empty();
            }
            // A lambda: a method reference would dereference a null "inherited" at once.
            WireFormat.Shape effective = shape.orElseGet(() -> inherited.shape());
            Map<String, String> settings = new LinkedHashMap<>();
            for (String key : WIRE_SETTINGS) {
                Optional<YamlNode> value = reader.node(key);
                if (!effective.takes(key)) {
                    value.ifPresent(present -> reader.report(present.location(), Tag.WIRE_KEY_NOT_APPLICABLE, "'" + key
                            + "' of " + what + " means nothing to the format " + effective.keyword() + "; remove it"));
                    continue;
                }
                // null is a value of its own: a codeField of null says the body has no code member.
                String where = "'" + key + "' of " + what;
                Optional<Located<String>> own = value.flatMap(present -> effective.mayBeNull(key)
                        ? nullableText(reader, present, where) : reader.text(present, where));
                String inheritedValue = inherited != null && inherited.shape() == effective ? inherited.setting(key)
                        : effective.defaultOf(key);
                settings.put(key, own.isPresent() ? own.get().value() : inheritedValue);
            }
            return Optional.of(new WireFormat(effective, settings, node.location()));
        }

        private Optional<ErrorEntry> error(MapReader parent, MapNode.Entry entry, Defaults defaults,
                WireFormat catalogWire) {
            CharSequence what = Wording.of("error ", entry.key());
            Optional<MapNode> node = parent.asMap(entry.value(), what);
            if (node.isEmpty()) {
                return Optional.empty();
            }
            MapReader reader = new MapReader(node.get(), entry.keyLocation(), what, ERROR_KEYS, diagnostics);
            reader.rejectUnknownKeys();
            Optional<Located<String>> code = reader.required("code", "not_found (or null if the API sends none)")
                    .flatMap(value -> nullableText(reader, value, Wording.of("'code' of ", what)));
            List<Located<String>> aliases = reader.node("aliases")
                    .map(value -> textList(reader, value, Wording.of("'aliases' of ", what))).orElse(List.of());
            // No status: the API documents none, as 'status: null' says too.
            Optional<Located<Integer>> status = reader.node("status").map(value -> status(reader, value, what))
                    .orElseGet(() -> Optional.of(new Located<>(null, entry.keyLocation())));
            Optional<LocalizedText> title = reader.node("title")
                    .map(value -> localizedText(reader, value, Wording.of("'title' of ", what)))
                    .orElse(Optional.of(LocalizedText.NONE));
            Optional<LocalizedText> message = reader.required("message", "{en: The order was not found.}")
                    .flatMap(value -> localizedText(reader, value, Wording.of("'message' of ", what)));
            List<Parameter> params = reader.map("params").map(map -> params(reader, map, what)).orElse(List.of());
            LocalizedList causes = reader.node("causes")
                    .flatMap(value -> localizedList(reader, value, Wording.of("'causes' of ", what)))
                    .orElse(LocalizedList.EMPTY);
            LocalizedList solutions = reader.node("solutions")
                    .flatMap(value -> localizedList(reader, value, Wording.of("'solutions' of ", what)))
                    .orElse(LocalizedList.EMPTY);
            Severity severity = reader.keyword("severity", Severity.class, Severity::keyword).orElse(defaults.severity());
            RetryAdvice retry = reader.keyword("retry", RetryAdvice.class, RetryAdvice::keyword).orElse(defaults.retry());
            Located<String> group = group(reader, what, defaults);
            Located<String> docs = reader.text("docs").orElse(null);
            String deprecation = reader.node("deprecated").flatMap(value -> deprecation(reader, value, what)).orElse(null);
            WireFormat wire = reader.map("wire").flatMap(map -> wire(map, catalogWire, Wording.of("'wire' of ", what)))
                    .orElse(catalogWire);
            GrpcStatus grpc = grpc(reader, what).orElse(defaults.grpc());
            Tombstone removed = reader.map("removed").flatMap(map -> tombstone(map, what)).orElse(null);
            List<Acceptance> accepted = acceptances(reader, what);

            // An entry with a part that could not be read is kept, so the validator still checks the
            // rest of it; the run fails on the diagnostic already reported before anything is rendered.
            Located<String> unreadCode = new Located<>(null, entry.keyLocation());
            Located<Integer> unreadStatus = new Located<>(null, entry.keyLocation());
            return Optional.of(new ErrorEntry(entry.key(), entry.keyLocation(), code.orElse(unreadCode), aliases,
                    status.orElse(unreadStatus), title.orElse(null), message.orElse(null), params, causes,
                    solutions, group, severity, retry, docs, deprecation, wire, grpc, removed, accepted));
        }

        /** The error's group: its own, none where it says {@code group: null}, else the defaults'. */
        private Located<String> group(MapReader reader, CharSequence what, Defaults defaults) {
            Optional<YamlNode> node = reader.node("group");
            if (node.isEmpty()) {
                return defaults.group();
            }
            if (node.get() instanceof ScalarNode scalar && scalar.nullValue()) {
                return null;
            }
            return reader.text(node.get(), Wording.of("'group' of ", what)).orElse(defaults.group());
        }

        /** A text, or null written as YAML null; the location is kept either way. */
        private Optional<Located<String>> nullableText(MapReader reader, YamlNode node, CharSequence what) {
            if (node instanceof ScalarNode scalar && scalar.nullValue()) {
                return Optional.of(new Located<>(null, scalar.location()));
            }
            return reader.text(node, what);
        }

        private Optional<Located<Integer>> status(MapReader reader, YamlNode node, CharSequence what) {
            if (!(node instanceof ScalarNode)) {
                reader.report(node.location(), Tag.WRONG_TYPE, "'status' of " + what + " must be an HTTP status"
                        + " (a number from 100 to 599) or null, not " + node.kind());
                return Optional.empty();
            }
            return nullableText(reader, node, Wording.of("'status' of ", what)).flatMap(text -> {
                if (text.value() == null) {
                    return Optional.of(new Located<Integer>(null, text.location()));
                }
                if (isThreeDigits(text.value())) {
                    int status = Integer.parseInt(text.value());
                    if (status >= 100 && status <= 599) {
                        return Optional.of(new Located<>(status, text.location()));
                    }
                }
                reader.report(text.location(), Tag.INVALID_STATUS, "'status' of " + what + " is '" + text.value()
                        + "'; an HTTP status is a number from 100 to 599 (or null if the API documents none)");
                return Optional.empty();
            });
        }

        private static boolean isThreeDigits(String text) {
            if (text.length() != 3) {
                return false;
            }
            for (int i = 0; i < 3; i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private List<Located<String>> textList(MapReader reader, YamlNode node, CharSequence what) {
            if (!(node instanceof ListNode list)) {
                reader.report(node.location(), Tag.WRONG_TYPE, what + " must be a list, not " + node.kind());
                return List.of();
            }
            List<Located<String>> texts = new ArrayList<>();
            for (YamlNode item : list.items()) {
                reader.text(item, Wording.of("an item of ", what)).ifPresent(texts::add);
            }
            return texts;
        }

        /**
         * A map of locale to text, or a plain text meaning the default locale's; empty when any of its
         * texts cannot be read, so a text reported as unreadable is not reported as missing too. A locale
         * whose text is null is not translated yet, as if it were left out.
         */
        private Optional<LocalizedText> localizedText(MapReader reader, YamlNode node, CharSequence what) {
            if (node instanceof ScalarNode) {
                return reader.text(node, what).map(text -> new LocalizedText(
                        localeTags.isEmpty() ? Map.of() : Map.of(localeTags.get(0), text), node.location()));
            }
            if (!(node instanceof MapNode map)) {
                reader.report(node.location(), Tag.WRONG_TYPE, what + " must be a text or a map from each locale to"
                        + " its text, not " + node.kind());
                return Optional.empty();
            }
            Map<String, Located<String>> byLocale = new LinkedHashMap<>();
            Map<String, String> sources = new LinkedHashMap<>();
            boolean complete = true;
            for (MapNode.Entry entry : map.entries().values()) {
                if (isNull(entry.value())) {
                    continue;
                }
                Optional<Translation<String>> text = translation(reader, entry.value(),
                        Wording.of("the ", entry.key(), " text of ", what));
                text.ifPresent(value -> {
                    String locale = localeKey(entry.key());
                    byLocale.put(locale, value.value());
                    if (value.source() != null) {
                        sources.put(locale, value.source());
                    }
                });
                complete &= text.isPresent();
            }
            return complete ? Optional.of(new LocalizedText(byLocale, node.location(), sources)) : Optional.empty();
        }

        private Optional<LocalizedList> localizedList(MapReader reader, YamlNode node, CharSequence what) {
            return reader.asMap(node, Wording.of(what, " (a map from each locale to a list)")).map(map -> {
                Map<String, Located<List<Located<String>>>> byLocale = new LinkedHashMap<>();
                Map<String, String> sources = new LinkedHashMap<>();
                for (MapNode.Entry entry : map.entries().values()) {
                    if (!isNull(entry.value())) {
                        listTranslation(reader, entry.value(), Wording.of("the ", entry.key(), " list of ", what))
                                .ifPresent(value -> {
                                    String locale = localeKey(entry.key());
                                    byLocale.put(locale, value.value());
                                    if (value.source() != null) {
                                        sources.put(locale, value.source());
                                    }
                                });
                    }
                }
                return new LocalizedList(byLocale, node.location(), sources);
            });
        }

        /** A text, or its long form {@code {text: ..., source: 1a2b3c4d}}. */
        Optional<Translation<String>> translation(MapReader reader, YamlNode node, CharSequence what) {
            if (!(node instanceof MapNode map)) {
                return reader.text(node, what).map(text -> new Translation<>(text, null));
            }
            MapReader longForm = new MapReader(map, map.location(), what, TRANSLATION_KEYS, diagnostics);
            longForm.rejectUnknownKeys();
            Optional<Located<String>> text = longForm.requiredText("text", "Bestellung nicht gefunden");
            return text.map(value -> new Translation<>(value, source(longForm, what)));
        }

        /** A list, or its long form {@code {items: [...], source: 1a2b3c4d}}. */
        Optional<Translation<List<Located<String>>>> listTranslation(MapReader reader, YamlNode node,
                CharSequence what) {
            if (!(node instanceof MapNode map)) {
                return Optional.of(new Translation<>(new Located<>(textList(reader, node, what), node.location()),
                        null));
            }
            MapReader longForm = new MapReader(map, map.location(), what, LIST_TRANSLATION_KEYS, diagnostics);
            longForm.rejectUnknownKeys();
            return longForm.required("items", "[Die Bestellung wurde gel\u00f6scht.]").map(items -> new Translation<>(
                    new Located<>(textList(longForm, items, Wording.of("'items' of ", what)), items.location()),
                    source(longForm, what)));
        }

        private static String source(MapReader longForm, CharSequence what) {
            return longForm.text("source").filter(source -> {
                boolean wellFormed = SourceHash.isWellFormed(source.value());
                if (!wellFormed) {
                    longForm.report(source.location(), Tag.INVALID_VALUE, "'source' of " + what + " is '"
                            + source.value() + "', not a source hash of 8 lower-case hex digits; leave it to the"
                            + " import goal, which writes it, or remove it");
                }
                return wellFormed;
            }).map(Located::value).orElse(null);
        }

        private static boolean isNull(YamlNode node) {
            return node instanceof ScalarNode scalar && scalar.nullValue();
        }

        /**
         * Each parameter in its short form ({@code count: int}) or its long form
         * ({@code count: {type: int, format: plain, description: ..., sensitive: true}}).
         */
        private List<Parameter> params(MapReader reader, MapNode map, CharSequence what) {
            List<Parameter> params = new ArrayList<>();
            for (MapNode.Entry entry : map.entries().values()) {
                CharSequence parameter = Wording.of("parameter '", entry.key(), "' of ", what);
                if (entry.value() instanceof MapNode longForm) {
                    MapReader keys = new MapReader(longForm, entry.keyLocation(), parameter, PARAMETER_KEYS,
                            diagnostics);
                    keys.rejectUnknownKeys();
                    keys.required("type", "int (or string, long, double, boolean)")
                            .flatMap(type -> keys.text(type, Wording.of("'type' of ", parameter)))
                            .ifPresent(type -> {
                                ParamType known = paramType(keys, type, parameter);
                                params.add(new Parameter(entry.key(), known,
                                        format(keys, known, type.value(), parameter),
                                        keys.saying("description").map(Located::value).orElse(null),
                                        keys.bool("sensitive").orElse(false), entry.keyLocation()));
                            });
                } else {
                    reader.text(entry.value(), Wording.of("the type of ", parameter)).ifPresent(type -> params.add(
                            new Parameter(entry.key(), paramType(reader, type, parameter), entry.keyLocation())));
                }
            }
            return params;
        }

        /** A parameter of an unknown type is still declared, as a string: its messages are checked too. */
        private static ParamType paramType(MapReader reader, Located<String> type, CharSequence parameter) {
            for (ParamType known : ParamType.values()) {
                if (known.keyword().equals(type.value())) {
                    return known;
                }
            }
            reader.report(type.location(), Tag.INVALID_VALUE, parameter + " has type '" + type.value()
                    + "'; write one of: string, int, long, double, boolean");
            return ParamType.STRING;
        }

        /** {@code format}: {@code plain} writes a number in plain digits; only a number has a format. */
        /**
         * @param type the parameter's type as read (a string where the written one is unknown)
         * @param written the type as written
         */
        private static ParamFormat format(MapReader keys, ParamType type, String written, CharSequence parameter) {
            Optional<ParamFormat> format = keys.keyword("format", ParamFormat.class, ParamFormat::keyword);
            if (format.isPresent() && !type.isNumber()) {
                keys.text("format").ifPresent(text -> keys.report(text.location(), Tag.INVALID_VALUE,
                        "'format' of " + parameter + " says how a number is written, and the parameter is a " + written
                                + "; remove 'format', or make it an int, long or double"));
            }
            return format.orElse(ParamFormat.LOCALE);
        }

        /** {@code removed: {version: 1.2.0, reason: ...}}: both required, as a tombstone says when and why. */
        private Optional<Tombstone> tombstone(MapNode node, CharSequence what) {
            CharSequence where = Wording.of("'removed' of ", what);
            MapReader reader = new MapReader(node, node.location(), where, TOMBSTONE_KEYS, diagnostics);
            reader.rejectUnknownKeys();
            Optional<Located<String>> version = reader.requiredSaying("version", "1.2.0 (the release that removes it)");
            Optional<Located<String>> reason = reader.requiredText("reason",
                    "\"The API no longer sends it; clients get ORDER_GONE instead.\"").filter(text -> reason(reader,
                            text, where));
            return version.isPresent() && reason.isPresent()
                    ? Optional.of(new Tombstone(version.get(), reason.get().value(), node.location()))
                    : Optional.empty();
        }

        /** {@code accept: {rule-id: reason}}: the rule ids are checked against the rules by the validator. */
        private List<Acceptance> acceptances(MapReader parent, CharSequence what) {
            List<Acceptance> accepted = new ArrayList<>();
            parent.map("accept").ifPresent(map -> map.entries().values().forEach(entry -> parent
                    .text(entry.value(), "the reason for accepting '" + entry.key() + "' in " + what)
                    .filter(text -> reason(parent, text, "the acceptance of '" + entry.key() + "' in " + what))
                    .ifPresent(text -> accepted.add(new Acceptance(entry.key(), text.value(), entry.keyLocation())))));
            return accepted;
        }

        /** Whether a reason says something; a blank one is reported. */
        private static boolean reason(MapReader reader, Located<String> text, CharSequence what) {
            if (text.value().isBlank()) {
                reader.report(text.location(), Tag.MISSING_REASON, what + " gives no reason; write why, for the"
                        + " reviewers of the change and the authors of clients");
                return false;
            }
            return true;
        }

        private Optional<String> deprecation(MapReader reader, YamlNode node, CharSequence what) {
            // YAML 1.1's boolean words too: "True" or "yes" is no reason to print in the Javadoc.
            return reader.text(node, Wording.of("'deprecated' of ", what)).flatMap(text -> switch (
                    text.value().toLowerCase(java.util.Locale.ROOT)) {
                case "false", "no", "off" -> Optional.empty();
                case "true", "yes", "on" -> Optional.of("");
                // A blank reason says as much as true: the Javadoc's own words, not an empty @deprecated.
                default -> Optional.of(text.value().isBlank() ? "" : text.value());
            });
        }
    }
}
