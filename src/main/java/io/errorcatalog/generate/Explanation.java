package io.errorcatalog.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.Translations;

/**
 * One error's entry as a person reads it, as {@code rustc --explain} shows a compiler error: its code,
 * status, texts in a locale (the catalog's default where that locale has none), causes, solutions and
 * where it is written.
 */
public final class Explanation {

    private Explanation() {}

    /**
     * The entries of the errors that {@code codeOrName} names, in any catalog.
     *
     * @param codeOrName a wire code, or a constant name
     * @param locale the locale of the texts; null for each catalog's default
     * @return one entry per error found, in catalog order; empty where none is
     */
    public static List<String> of(CatalogSet set, String codeOrName, Locale locale) {
        List<String> entries = new ArrayList<>();
        for (var catalog : set.catalogs()) {
            ResolvedCatalog resolved = set.resolve(catalog);
            for (ErrorEntry error : catalog.errors()) {
                if (codeOrName.equals(error.code().value()) || codeOrName.equals(error.name())) {
                    entries.add(entry(resolved, error, locale));
                }
            }
        }
        return entries;
    }

    /** The codes and names nearest to one that named nothing, for a "did you mean". */
    public static List<String> nearest(CatalogSet set, String codeOrName) {
        return set.catalogs().stream().flatMap(catalog -> catalog.errors().stream())
                .flatMap(error -> java.util.stream.Stream.of(error.name(), error.code().value()))
                .filter(java.util.Objects::nonNull).distinct()
                .filter(known -> StringUtils.getLevenshteinDistance(known, codeOrName, 2) >= 0)
                .sorted().limit(5).toList();
    }

    private static String entry(ResolvedCatalog catalog, ErrorEntry error, Locale locale) {
        List<String> locales = catalog.catalog().localeTags();
        String tag = locale == null ? catalog.catalog().defaultLocale() : locale.toLanguageTag();
        StringBuilder out = new StringBuilder();
        out.append(error.name()).append(error.code().value() == null ? " (no code)" : " (code " + error.code().value()
                + ")").append(" in ").append(catalog.catalog().title()).append(", ").append(error.location())
                .append('\n');
        Integer status = error.status().value();
        String group = error.group() == null ? catalog.exceptionName() : catalog.groups().stream()
                .filter(candidate -> candidate.group().id().equals(error.group().value())).findFirst()
                .map(ResolvedCatalog.ResolvedGroup::exceptionName).orElse(catalog.exceptionName());
        out.append("HTTP status ").append(status == null ? "undocumented" : status).append(", severity ")
                .append(error.severity().keyword()).append(", retry ").append(error.retry().keyword()).append(", ")
                .append(group).append('\n');
        if (error.deprecation() != null) {
            out.append("Deprecated").append(error.deprecation().isEmpty() ? "" : ": " + error.deprecation()).append('\n');
        }
        out.append('\n').append(Translations.text(error.title(), tag, locales).value()).append("\n\n");
        out.append(placeholders(Translations.text(error.message(), tag, locales).value(), error)).append('\n');
        list(out, "Possible causes:", Translations.list(error.causes(), tag, locales).value());
        list(out, "Advised solutions:", Translations.list(error.solutions(), tag, locales).value());
        if (error.docs() != null) {
            out.append("\nDocumentation: ").append(catalog.documentationUrl(error)).append('\n');
        }
        return out.toString();
    }

    /** The message with each placeholder shown with its type: {@code {max: int}}. */
    private static String placeholders(String message, ErrorEntry error) {
        try {
            return MessageTemplate.parse(message).fill(name -> MessageTemplate.withType(name, error.params()));
        } catch (MessageTemplate.SyntaxException e) {
            return message; // a checked catalog has none
        }
    }

    private static void list(StringBuilder out, String heading, List<String> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(heading).append('\n');
            items.forEach(item -> out.append("  - ").append(item).append('\n'));
        }
    }
}
