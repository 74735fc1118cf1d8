package io.errorcatalog.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.LocaleChain;
import io.errorcatalog.render.DocumentedCatalog.Entry;
import io.errorcatalog.render.ReferenceViews.Example;
import io.errorcatalog.render.ReferenceViews.Fact;
import io.errorcatalog.render.ReferenceViews.Items;
import io.errorcatalog.render.ReferenceViews.Link;
import io.errorcatalog.render.ReferenceViews.LocaleLink;
import io.errorcatalog.render.ReferenceViews.Row;
import io.errorcatalog.render.ReferenceViews.Section;
import io.errorcatalog.render.ReferenceViews.Shared;
import io.errorcatalog.render.ReferenceViews.Text;

/** The view of one catalog's reference page in one locale and format: every value computed and escaped here. */
final class ReferencePages {

    private static final String LABELS = "io.errorcatalog.render.reference-labels";
    private static final String STYLE = read("reference.css");
    private static final String SCRIPT = read("reference.js");

    private final DocumentedCatalog catalog;
    private final String locale;
    /** The locales the page looks each text up in, nearest first. */
    private final List<String> chain;
    private final PageFormat format;
    /** The page's own words in its locale, unescaped. */
    private final Map<String, String> labels;

    private ReferencePages(DocumentedCatalog catalog, String locale, PageFormat format) {
        this.catalog = catalog;
        this.locale = locale;
        this.chain = catalog.chain(locale);
        this.format = format;
        this.labels = words(locale);
    }

    /**
     * The page of {@code catalog} in {@code locale}, one of its locales.
     *
     * @param version the version of the API or library the page documents, or null
     */
    static ReferenceViews.Page page(DocumentedCatalog catalog, String locale, PageFormat format, String version) {
        return new ReferencePages(catalog, locale, format).page(version);
    }

    /** The page's words in a locale: its translation where there is one, else the English. */
    static Map<String, String> words(String locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(LABELS, Locale.forLanguageTag(locale),
                ReferencePages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            words.put(key, bundle.getString(key));
        }
        return words;
    }

    private ReferenceViews.Page page(String version) {
        var resolved = catalog.catalog();
        List<Row> rows = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        boolean untranslated = false;
        for (Entry entry : catalog.entries()) {
            Section section = section(entry);
            rows.add(row(entry, section.title()));
            sections.add(section);
            untranslated |= section.title().untranslated() || section.message().untranslated()
                    || section.causes().untranslated() || section.solutions().untranslated();
        }
        List<LocaleLink> locales = new ArrayList<>();
        for (String tag : catalog.locales()) {
            Locale own = Locale.forLanguageTag(tag);
            String name = own.getDisplayName(own);
            locales.add(new LocaleLink(format.attribute(format.files().fileName(tag)),
                    format.text(name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(own) + name.substring(1)),
                    format.attribute(tag), tag.equals(locale)));
        }
        Map<String, String> escaped = new LinkedHashMap<>();
        labels.forEach((key, value) -> escaped.put(key, format.text(value)));
        String description = resolved.catalog().description();
        return new ReferenceViews.Page(format.attribute(locale), escaped, format.text(resolved.catalog().title()),
                description == null ? null : format.text(description),
                version == null || version.isEmpty() ? null : format.text(version),
                format.text(labels.get("generated").replace("{file}", resolved.catalog().file())), locales, untranslated,
                format.attribute(labels.get("count")), rows.size(), rows, sections, STYLE, hash(STYLE), SCRIPT,
                hash(SCRIPT));
    }

    private Row row(Entry entry, Text title) {
        ErrorEntry error = entry.error();
        Integer status = error.status().value();
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        if (error.code().value() != null) {
            words.add(error.code().value());
        }
        words.add(error.name());
        words.add(catalog.title(entry, chain).value());
        if (status != null) {
            words.add(status.toString());
        }
        String search = String.join(" ", words);
        String code = error.code().value() == null ? format.text(labels.get("noCode"))
                : format.cellCode(error.code().value());
        return new Row(Escapes.fragment(entry.anchor()), code, status(error), title,
                format.text(labels.get("severity." + error.severity().keyword())),
                format.text(labels.get("retry." + error.retry().keyword())), format.attribute(search));
    }

    private Section section(Entry entry) {
        ErrorEntry error = entry.error();
        DocumentedCatalog.SharedAnchor shared = catalog.sharedBefore(entry);
        Shared sharedView = shared == null ? null : new Shared(format.attribute(shared.id()),
                format.text(labels.get("sharedAnchor").replace("{anchor}", "#" + shared.id())),
                shared.entries().stream().map(each -> new Link(Escapes.fragment(each.anchor()), format.text(
                        (each.error().code().value() == null ? each.error().name() : each.error().code().value())
                                + ": " + catalog.title(each, chain).value()))).toList());
        String deprecation = error.deprecation() == null ? null : format.text(error.deprecation().isEmpty()
                ? labels.get("deprecated") : labels.get("deprecated") + ": " + error.deprecation());
        LocaleChain.Resolved<MessageTemplate> message = catalog.message(entry, chain);
        return new Section(format.attribute(entry.anchor()), sharedView, text(catalog.title(entry, chain)),
                error.code().value() == null ? null : format.code(error.code().value()),
                deprecation, facts(entry), text(new LocaleChain.Resolved<>(withTypes(message.value(), error),
                        message.locale(), message.translated()), false),
                items(DocumentedCatalog.items(error.causes(), chain)),
                items(DocumentedCatalog.items(error.solutions(), chain)), example(entry));
    }

    /**
     * The message formatted: its text as text, each placeholder, plural and select as code with its
     * parameters' types, {@code {max: int}}.
     */
    private String withTypes(MessageTemplate message, ErrorEntry error) {
        StringBuilder out = new StringBuilder();
        for (MessageTemplate.Part part : message.parts()) {
            out.append(part instanceof MessageTemplate.Text text ? format.text(text.text())
                    : format.code(MessageTemplate.written(part, name -> MessageTemplate.withType(name, error.params()))));
        }
        return out.toString();
    }

    private List<Fact> facts(Entry entry) {
        ErrorEntry error = entry.error();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(label("code"), code(error), null));
        facts.add(new Fact(label("status"), status(error), null));
        facts.add(new Fact(label("grpc"), format.code(error.grpcStatus().name()) + " (" + error.grpcStatus().number() + ")",
                null));
        facts.add(new Fact(label("severity"), format.text(labels.get("severity." + error.severity().keyword())), null));
        facts.add(new Fact(label("retry"), format.text(labels.get("retry." + error.retry().keyword())), null));
        if (!entry.aliases().isEmpty()) {
            facts.add(new Fact(label("aliases"), String.join(", ", entry.aliases().stream().map(format::code).toList()),
                    null));
        }
        facts.add(new Fact(label("constant"), format.code(entry.constant()), null));
        facts.add(new Fact(label("exception"), format.code(entry.exceptionName()), null));
        if (entry.declaredIn() != null) {
            facts.add(new Fact(label("inherited"), format.text(entry.declaredIn().title()), null));
        }
        if (entry.since() != null) {
            facts.add(new Fact(label("since"), format.text(entry.since()), null));
        }
        if (entry.documentationUrl() != null) {
            facts.add(new Fact(label("documentation"), format.text(entry.documentationUrl()),
                    format.attribute(entry.documentationUrl())));
        }
        return facts;
    }

    private Example example(Entry entry) {
        Map<String, Object> body = catalog.example(entry, chain);
        if (body == null) {
            return null;
        }
        String json = Json.write(body);
        return new Example(label(entry.travelsAlone() ? "example" : "exampleAmongOthers"),
                format.text(entry.mediaType()), format.block(json), Escapes.markdownFence(json));
    }

    private String code(ErrorEntry error) {
        return error.code().value() == null ? format.text(labels.get("noCode")) : format.code(error.code().value());
    }

    private String status(ErrorEntry error) {
        Integer status = error.status().value();
        return status == null ? format.text(labels.get("undocumented")) : status.toString();
    }

    private String label(String key) {
        return format.text(labels.get(key));
    }

    private Text text(LocaleChain.Resolved<String> shown) {
        return text(shown, true);
    }

    /** @param escape whether the value is still to be escaped (a message comes formatted) */
    private Text text(LocaleChain.Resolved<String> shown, boolean escape) {
        return new Text(escape ? format.text(shown.value()) : shown.value(), !shown.translated(),
                format.attribute(shown.locale()), format.text(note(shown.locale())));
    }

    private Items items(LocaleChain.Resolved<List<String>> shown) {
        return new Items(shown.value().stream().map(format::text).toList(), !shown.translated(),
                format.attribute(shown.locale()), format.text(note(shown.locale())));
    }

    /** Says that a text is another locale's, in the page's locale: "not translated, shown in English". */
    private String note(String shownLocale) {
        return labels.get("untranslatedNote").replace("{language}",
                Locale.forLanguageTag(shownLocale).getDisplayName(Locale.forLanguageTag(locale)));
    }

    /** The value of a content security policy's source that allows exactly this inline style or script. */
    static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String style() {
        return STYLE;
    }

    private static String read(String name) {
        try (InputStream in = ReferencePages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
