package io.errorcatalog.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocaleChain;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.WireFormat;
import io.errorcatalog.runtime.ExampleBodies;
import io.errorcatalog.runtime.Retry;
import io.errorcatalog.runtime.Severity;
import io.errorcatalog.runtime.WireShape;

/**
 * A catalog as its references document it, alike in every locale and format: each error's anchor, links, Java
 * names and wire shape, and its example body in a locale. The HTML and Markdown pages, the JSON export and the
 * OpenAPI components all read it, so they agree.
 */
final class DocumentedCatalog {

    /**
     * One error as the references document it.
     *
     * @param anchor the id of its section: the fragment of its documentation URL where that points into the
     *     catalog's own page and no other error's does too, else one made of its constant name
     * @param documentationUrl what the generated {@code documentationUrl()} returns, or null
     * @param declaredIn the catalog it is inherited from, or null for the catalog's own
     * @param shape the runtime's wire shape that writes its body, or null where it has none
     * @param since its first release, as the generated Javadoc's {@code @since} gives it; null where not known
     */
    record Entry(ErrorEntry error, String anchor, String documentationUrl, String exceptionName, String constant,
            List<String> aliases, Catalog declaredIn, WireShape shape, String since) {

        Entry {
            aliases = List.copyOf(aliases);
        }

        /** The HTTP status, or 0 where the catalog documents none. */
        int status() {
            return error.status().value() == null ? 0 : error.status().value();
        }

        /** The runtime's severity, which decides how the body travels. */
        Severity severity() {
            return Severity.valueOf(error.severity().name());
        }

        /** The media type of its body: problem details where it travels alone as one. */
        String mediaType() {
            return error.wire().shape() == WireFormat.Shape.PROBLEM && travelsAlone() ? "application/problem+json"
                    : "application/json";
        }

        /** Whether its body is its own, not a member of a response of several errors. */
        boolean travelsAlone() {
            return ExampleBodies.travelsAlone(severity());
        }
    }

    /**
     * A documentation anchor that several errors' URLs share: its id marks a list of them, placed before the
     * first, so that each one's {@code documentationUrl()} leads to a place that names it.
     */
    record SharedAnchor(String id, List<Entry> entries) {

        SharedAnchor {
            entries = List.copyOf(entries);
        }
    }

    private final ResolvedCatalog catalog;
    private final List<Entry> entries;
    private final Map<Entry, SharedAnchor> sharedBefore;

    private DocumentedCatalog(ResolvedCatalog catalog, List<Entry> entries, Map<Entry, SharedAnchor> sharedBefore) {
        this.catalog = catalog;
        this.entries = List.copyOf(entries);
        this.sharedBefore = sharedBefore;
    }

    /** @param history what the releases before tell, each error's first release among it */
    static DocumentedCatalog of(ResolvedCatalog catalog, ReleaseHistory history) {
        List<ErrorEntry> errors = catalog.errors();
        // The fragments of documentation URLs that point into this catalog's page, each error's in order.
        Map<String, List<ErrorEntry>> byFragment = new LinkedHashMap<>();
        Map<ErrorEntry, String> urls = new java.util.IdentityHashMap<>();
        String page = withoutFragment(catalog.catalog().docsBase());
        for (ErrorEntry error : errors) {
            String url = catalog.documentationUrl(error);
            urls.put(error, url);
            String fragment = page == null || url == null ? null : fragmentOn(page, url);
            if (fragment != null) {
                byFragment.computeIfAbsent(fragment, key -> new ArrayList<>()).add(error);
            }
        }
        Set<String> taken = new HashSet<>(byFragment.keySet());
        Map<ErrorEntry, String> anchors = new java.util.IdentityHashMap<>();
        byFragment.forEach((fragment, users) -> {
            if (users.size() == 1) {
                anchors.put(users.get(0), fragment);
            }
        });
        for (ErrorEntry error : errors) {
            if (!anchors.containsKey(error)) {
                String stem = error.name().toLowerCase(Locale.ROOT).replace('_', '-');
                String anchor = stem;
                for (int n = 2; !taken.add(anchor); n++) {
                    anchor = stem + "-" + n;
                }
                anchors.put(error, anchor);
            }
        }
        List<Entry> entries = new ArrayList<>(errors.size());
        Map<ErrorEntry, Entry> byError = new java.util.IdentityHashMap<>();
        // One runtime shape per catalog-wide wire format, as the generated code makes them.
        Map<List<Object>, WireShape> shapes = new java.util.HashMap<>();
        for (ErrorEntry error : errors) {
            Catalog declaring = catalog.declaringCatalog(error);
            Entry entry = new Entry(error, anchors.get(error), urls.get(error), exceptionName(catalog, error),
                    catalog.qualified(catalog.enumName()) + "." + error.name(), aliases(error),
                    declaring == catalog.catalog() ? null : declaring, error.wire() == null ? null
                            : shapes.computeIfAbsent(error.wire().catalogWideKey(), key -> error.wire().runtimeShape()),
                    history.since(catalog, error));
            entries.add(entry);
            byError.put(error, entry);
        }
        Map<Entry, SharedAnchor> sharedBefore = new java.util.IdentityHashMap<>();
        byFragment.forEach((fragment, users) -> {
            if (users.size() > 1) {
                sharedBefore.put(byError.get(users.get(0)),
                        new SharedAnchor(fragment, users.stream().map(byError::get).toList()));
            }
        });
        return new DocumentedCatalog(catalog, entries, sharedBefore);
    }

    /** The error's other codes, which decoding accepts. */
    private static List<String> aliases(ErrorEntry error) {
        return error.aliases().stream().map(Located::value).toList();
    }

    private static String exceptionName(ResolvedCatalog catalog, ErrorEntry error) {
        int group = error.group() == null ? -1 : catalog.groupIndex(error.group().value());
        return catalog.qualified(group < 0 ? catalog.exceptionName() : catalog.groups().get(group).exceptionName());
    }

    /** The page a catalog's docs URL names, without its fragment; null where the catalog names none. */
    private static String withoutFragment(Located<String> docsBase) {
        if (docsBase == null) {
            return null;
        }
        int hash = docsBase.value().indexOf('#');
        return hash < 0 ? docsBase.value() : docsBase.value().substring(0, hash);
    }

    /** The fragment of {@code url} where it names a place on {@code page} that can be an element's id; else null. */
    private static String fragmentOn(String page, String url) {
        int hash = url.indexOf('#');
        if (hash < 0 || !url.substring(0, hash).equals(page)) {
            return null;
        }
        String fragment = URI.create(url).getFragment();
        // An id is at least one character and holds no white space (HTML).
        return fragment == null || fragment.isEmpty() || fragment.codePoints().anyMatch(Character::isWhitespace)
                ? null : fragment;
    }

    ResolvedCatalog catalog() {
        return catalog;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The shared anchor whose list stands before this entry's section, or null. */
    SharedAnchor sharedBefore(Entry entry) {
        return sharedBefore.get(entry);
    }

    /** The catalog's locale tags, the default first. */
    List<String> locales() {
        return catalog.catalog().localeTags();
    }

    /** The locales a page of {@code locale} looks each text up in, nearest first. */
    List<String> chain(String locale) {
        return LocaleChain.of(locales(), locale);
    }

    /** The title as a reader of {@code chain} sees it; the constant's name where the error has none. */
    LocaleChain.Resolved<String> title(Entry entry, List<String> chain) {
        LocaleChain.Resolved<String> title = LocaleChain.resolve(entry.error().title(), chain);
        return title != null ? title : new LocaleChain.Resolved<>(entry.error().name(), chain.get(0), true);
    }

    /** The message template as a reader of {@code chain} sees it (the default locale has every message). */
    LocaleChain.Resolved<MessageTemplate> message(Entry entry, List<String> chain) {
        LocaleChain.Resolved<String> text = LocaleChain.resolve(entry.error().message(), chain);
        return new LocaleChain.Resolved<>(BundleOutput.parseValidated(text.value()), text.locale(), text.translated());
    }

    /** A list (causes, solutions) as a reader of {@code chain} sees it; empty where the error lists none. */
    static LocaleChain.Resolved<List<String>> items(io.errorcatalog.model.LocalizedList list, List<String> chain) {
        LocaleChain.Resolved<List<String>> items = LocaleChain.resolve(list, chain);
        return items != null ? items : new LocaleChain.Resolved<>(List.of(), chain.get(0), true);
    }

    /**
     * The body the API sends for the error with the example arguments, its texts as a reader of {@code chain}
     * sees them and each placeholder of its message as {@code {name}}, a sensitive one's as the mask the API
     * sends; null where the error has no wire format. A string parameter's example argument is {@code {name}},
     * as its placeholder shows; a number's is 0 and a boolean's false, so that a member has the type it is sent
     * with.
     */
    Map<String, Object> example(Entry entry, List<String> chain) {
        if (entry.shape() == null) {
            return null;
        }
        ErrorEntry error = entry.error();
        ExampleBodies.Facts facts = new ExampleBodies.Facts(error.code().value(), entry.status(), entry.severity(),
                Retry.valueOf(error.retry().name()), error.wire().ownSetting(), error.grpcStatus(),
                entry.documentationUrl(), error.params().stream().map(Parameter::runtimeSpec).toList());
        // Not title(): an error without a title sends none, where a page shows its name.
        LocaleChain.Resolved<String> title = LocaleChain.resolve(error.title(), chain);
        return ExampleBodies.of(entry.shape(), facts, chain.get(0), title == null ? null : title.value(),
                exampleMessage(entry, chain), exampleMessage(entry, chain(locales().get(0))),
                error.params().stream().map(DocumentedCatalog::exampleArgument).toList());
    }

    /** The message as an example body shows it: each placeholder by name, a sensitive one's as the mask. */
    private String exampleMessage(Entry entry, List<String> chain) {
        Set<String> sensitive = entry.error().params().stream().filter(Parameter::sensitive).map(Parameter::name)
                .collect(Collectors.toSet());
        return message(entry, chain).value().withPlaceholdersShownAs(sensitive, ExampleBodies.MASK)
                .write(java.util.function.UnaryOperator.identity());
    }

    private static Object exampleArgument(Parameter parameter) {
        return switch (parameter.type()) {
            case STRING -> "{" + parameter.name() + "}";
            case INT -> 0;
            case LONG -> 0L;
            case DOUBLE -> 0.0;
            case BOOLEAN -> false;
        };
    }
}
