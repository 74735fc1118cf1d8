package io.errorcatalog.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ResolvedCatalog;

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
        String tag = locale == null ? catalog.catalog().defaultLocale() : text(catalog, locale);
        String fallback = catalog.catalog().defaultLocale();
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
        if (error.removed() != null) {
            out.append("Removed in ").append(error.removed().version().value()).append(": ")
                    .append(error.removed().reason()).append('\n');
        } else if (error.deprecation() != null) {
            out.append("Deprecated").append(error.deprecation().isEmpty() ? "" : ": " + error.deprecation()).append('\n');
        }
        out.append('\n').append(or(error.title().get(tag), error.title().get(fallback))).append("\n\n");
        out.append(placeholders(or(error.message().get(tag), error.message().get(fallback)), error)).append('\n');
        list(out, "Possible causes:", or(error.causes().get(tag), error.causes().get(fallback)));
        list(out, "Advised solutions:", or(error.solutions().get(tag), error.solutions().get(fallback)));
        if (error.docs() != null) {
            out.append("\nDocumentation: ").append(catalog.documentationUrl(error)).append('\n');
        }
        return out.toString();
    }

    /** The catalog's locale for {@code locale}: itself, or its language, or the default. */
    private static String text(ResolvedCatalog catalog, Locale locale) {
        List<String> tags = catalog.catalog().localeTags();
        String exact = locale.toLanguageTag();
        return tags.contains(exact) ? exact : tags.contains(locale.getLanguage()) ? locale.getLanguage()
                : catalog.catalog().defaultLocale();
    }

    private static <T> T or(T value, T fallback) {
        return value == null || value instanceof List<?> list && list.isEmpty() ? fallback : value;
    }

    /** The message with each placeholder shown with its type: {@code {max: int}}. */
    private static String placeholders(String message, ErrorEntry error) {
        try {
            return MessageTemplate.parse(message).segments().stream().map(segment -> !segment.placeholder()
                    ? segment.text() : "{" + segment.text() + ": " + error.params().stream()
                            .filter(param -> param.name().equals(segment.text())).map(Parameter::type)
                            .map(type -> type.keyword()).findFirst().orElse("?") + "}")
                    .collect(Collectors.joining());
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
