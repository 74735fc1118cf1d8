package io.errorcatalog.render;

import java.util.List;
import java.util.Map;

/**
 * What the reference templates see ({@code reference.html.mustache}, {@code reference.md.mustache},
 * {@code docs-index.html.mustache}). As in {@link Views}, every value is final text, escaped for the format it
 * goes into (catalogs are input from anyone: a title may hold {@code <script>}); a template only arranges them.
 */
public final class ReferenceViews {

    private ReferenceViews() {}

    /**
     * One catalog's reference in one locale.
     *
     * @param lang the page's locale tag
     * @param labels the page's own words in its locale, by key ({@code labels.causes})
     * @param generated the line that says what the page was generated from
     * @param otherLocales the pages of the catalog's locales, this one among them
     * @param untranslated whether a text of the page is shown in another locale than the page's
     * @param countTemplate the count of rows the filter leaves, with {@code {shown}} and {@code {total}}
     * @param style the page's style sheet, raw, and its hash for the page's content security policy
     * @param script the filter's script, raw, and its hash
     */
    public record Page(
            String lang,
            Map<String, String> labels,
            String title,
            String description,
            String version,
            String generated,
            List<LocaleLink> otherLocales,
            boolean untranslated,
            String countTemplate,
            int total,
            List<Row> rows,
            List<Section> sections,
            String style,
            String styleHash,
            String script,
            String scriptHash) {

        public Page {
            labels = Map.copyOf(labels);
            otherLocales = List.copyOf(otherLocales);
            rows = List.copyOf(rows);
            sections = List.copyOf(sections);
        }
    }

    /** A link to the page of one locale, named in its own language. */
    public record LocaleLink(String href, String name, String lang, boolean current) {}

    /**
     * A text in the page's locale, or, where the catalog has no translation, in the locale it falls back to.
     *
     * @param untranslated whether the text is another locale's
     * @param lang that locale's tag
     * @param note says so, in the page's locale
     */
    public record Text(String text, boolean untranslated, String lang, String note) {}

    /**
     * Items in the page's locale, or all of them in the locale the list falls back to.
     *
     * @param items each item's text
     */
    public record Items(List<String> items, boolean untranslated, String lang, String note) {

        public Items {
            items = List.copyOf(items);
        }

        /** Whether there is anything to list. */
        public boolean any() {
            return !items.isEmpty();
        }
    }

    /**
     * A row of the table of codes.
     *
     * @param href the link to the error's section
     * @param code the code, formatted as code, or the words for none
     * @param search the words the filter matches: code, name, title and status
     */
    public record Row(String href, String code, String status, Text title, String severity, String retry,
            String search) {}

    /**
     * One error's section.
     *
     * @param id its anchor, as an attribute value
     * @param shared the list of the errors whose documentation URLs share one anchor, placed before this
     *     section (the first of them); null for none
     * @param deprecation why the error is deprecated, or the word for it; null where it is not
     * @param message the message, each placeholder with its type ({@code {max: int}}), formatted as code
     * @param example its body on the wire, or null where it has none
     */
    public record Section(String id, Shared shared, Text title, String code, String deprecation, List<Fact> facts,
            Text message, Items causes, Items solutions, Example example) {

        public Section {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One fact of an error.
     *
     * @param href where {@code value} links to, or null
     */
    public record Fact(String label, String value, String href) {

        /** Whether the value is a link. */
        public boolean linked() {
            return href != null;
        }
    }

    /** The errors documented at one anchor, each linked to its section. */
    public record Shared(String id, String heading, List<Link> links) {

        public Shared {
            links = List.copyOf(links);
        }
    }

    /** A link: its target and its text. */
    public record Link(String href, String text) {}

    /**
     * An example body.
     *
     * @param caption says whether it is the error's own body or one of a response of several errors
     * @param mediaType the body's media type
     * @param json the body as indented JSON, escaped for the page
     * @param fence the Markdown code fence that encloses it
     */
    public record Example(String caption, String mediaType, String json, String fence) {}

    /** {@code docs-index.html.mustache}: every catalog's references, with the pages' style and its hash. */
    public record Index(String generated, List<IndexEntry> catalogs, String style, String styleHash) {

        public Index {
            catalogs = List.copyOf(catalogs);
        }
    }

    /**
     * One catalog in the index.
     *
     * @param pages its HTML and Markdown pages, by locale
     * @param exports its JSON and OpenAPI files
     */
    public record IndexEntry(String title, String id, int errors, List<Link> pages, List<Link> exports) {

        public IndexEntry {
            pages = List.copyOf(pages);
            exports = List.copyOf(exports);
        }
    }
}
