package io.errorcatalog.render;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of error reference there are, each a set of outputs: pages per catalog and locale, or one export per
 * catalog. Where each file goes is said here alone, so the outputs, the index and the site report agree.
 */
public enum DocsFormat {
    /** A self-contained HTML page per catalog and locale, and the index of them all. */
    HTML("html", "HTML"),
    /** A Markdown page per catalog and locale. */
    MARKDOWN("markdown", "Markdown"),
    /** The whole catalog, every locale's texts, as JSON. */
    JSON("json", "JSON"),
    /** OpenAPI 3.1 components: a schema per wire shape, a response per error. */
    OPENAPI("openapi", "OpenAPI 3.1 components");

    /** The index of the HTML pages, at the root of the documentation directory. */
    public static final String INDEX = "index.html";

    private final String keyword;
    private final String title;

    DocsFormat(String keyword, String title) {
        this.keyword = keyword;
        this.title = title;
    }

    /** What a link to one of its files says: {@code Markdown}, or {@code Markdown, de} for a page. */
    public String title(String locale) {
        return perLocale() ? title + ", " + locale : title;
    }

    /** The word that names it in the {@code docsFormats} parameter. */
    public String keyword() {
        return keyword;
    }

    /**
     * The format a word names.
     *
     * @throws IllegalArgumentException where it names none
     */
    public static DocsFormat of(String keyword) {
        for (DocsFormat format : values()) {
            if (format.keyword.equals(keyword.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + keyword + "' is no docs format; the formats are html, markdown,"
                + " json, openapi");
    }

    /**
     * The locales it writes a catalog's files for: each of them for pages; for an export, which holds every
     * locale, the default alone.
     */
    public List<String> fileLocales(List<String> catalogLocales) {
        return perLocale() ? catalogLocales : List.of(catalogLocales.get(0));
    }

    /** Whether the format has a page per locale, or one file per catalog. */
    public boolean perLocale() {
        return this == HTML || this == MARKDOWN;
    }

    /**
     * Where a catalog's file goes, relative to the documentation directory: a directory per catalog.
     *
     * @param locale the page's locale; ignored by the exports, which hold every locale
     */
    public String path(String catalogId, String locale) {
        return catalogId + "/" + fileName(locale);
    }

    /** The name of a catalog's file in its directory. */
    public String fileName(String locale) {
        return switch (this) {
            case HTML -> locale + ".html";
            case MARKDOWN -> locale + ".md";
            case JSON -> "catalog.json";
            case OPENAPI -> "openapi.json";
        };
    }

    /** What renders the format. */
    List<Output> outputs(java.util.Set<DocsFormat> formats, String version) {
        return switch (this) {
            case HTML -> List.of(new ReferenceOutput(PageFormat.HTML, version), new DocsIndexOutput(formats));
            case MARKDOWN -> List.of(new ReferenceOutput(PageFormat.MARKDOWN, version));
            case JSON -> List.of(new CatalogJsonOutput(version));
            case OPENAPI -> List.of(new OpenApiOutput(version));
        };
    }
}
