package io.errorcatalog.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LanguageTags;
import io.errorcatalog.model.LocaleChain;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.ParamFormat;
import io.errorcatalog.model.ResolvedCatalog;

/**
 * One error's entry as a person reads it, as {@code rustc --explain} shows a compiler error: its code,
 * status, texts in a locale (each from the nearest locale that has it, marked where that is not the one
 * asked for), causes, solutions and where it is written.
 */
public final class Explanation {

    private Explanation() {}

    /**
     * The entries of the errors that {@code codeOrName} names, in any catalog.
     *
     * @param codeOrName a wire code or alias, or a constant name
     * @param localeTag the locale of the texts, a BCP 47 tag; null for each catalog's default
     * @return one entry per error found, in catalog order; empty where none is
     * @throws InvalidRequestException if the tag is no BCP 47 tag (such as {@code de_CH})
     */
    public static List<String> of(CatalogSet set, String codeOrName, String localeTag) throws InvalidRequestException {
        Locale locale = localeTag == null ? null : locale(localeTag);
        List<String> entries = new ArrayList<>();
        for (var catalog : set.catalogs()) {
            ResolvedCatalog resolved = set.resolve(catalog);
            for (ErrorEntry error : catalog.errors()) {
                if (codeOrName.equals(error.code().value()) || codeOrName.equals(error.name())
                        || error.aliases().stream().anyMatch(alias -> codeOrName.equals(alias.value()))) {
                    entries.add(entry(resolved, error, locale));
                }
            }
        }
        return entries;
    }

    private static Locale locale(String tag) throws InvalidRequestException {
        return LanguageTags.parse(tag).orElseThrow(() -> new InvalidRequestException("the locale '" + tag
                + "' is not a BCP 47 language tag; " + LanguageTags.fixFor(tag, "de or pt-BR"), null));
    }

    /**
     * What to say where {@code codeOrName} names no error: which catalogs were searched, and the nearest
     * codes and names.
     *
     * @param where the catalogs searched, such as "under /work/shop/src/main/error-catalog"
     */
    public static String noSuchError(CatalogSet set, String codeOrName, String where) {
        List<String> nearest = nearest(set, codeOrName);
        return "no error of the catalogs " + where + " has the code or name '" + codeOrName + "'"
                + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?");
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
        String asked = locale == null ? catalog.catalog().defaultLocale() : locale.toLanguageTag();
        List<String> chain = LocaleChain.of(locales, asked);
        StringBuilder out = new StringBuilder();
        out.append(error.name()).append(error.code().value() == null ? " (no code)" : " (code " + error.code().value()
                + ")").append(" in ").append(catalog.catalog().title()).append(", ").append(error.location())
                .append('\n');
        if (!error.aliases().isEmpty()) {
            out.append("Also known by ").append(error.aliases().stream().map(Located::value)
                    .collect(Collectors.joining(", "))).append('\n');
        }
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
        if (!LocaleChain.has(locales, asked)) {
            out.append("The catalog has no texts in ").append(asked).append(" (its locales: ")
                    .append(String.join(", ", locales)).append("): shown in ").append(chain.get(0)).append('\n');
        }
        LocaleChain.Resolved<String> title = LocaleChain.resolve(error.title(), chain);
        if (title != null) {
            out.append('\n').append(title.value()).append(untranslated(title)).append('\n');
        }
        LocaleChain.Resolved<String> message = LocaleChain.resolve(error.message(), chain);
        out.append('\n').append(placeholders(message.value(), error)).append(untranslated(message)).append('\n');
        parameters(out, error);
        list(out, "Possible causes:", LocaleChain.resolve(error.causes(), chain));
        list(out, "Advised solutions:", LocaleChain.resolve(error.solutions(), chain));
        if (error.docs() != null) {
            out.append("\nDocumentation: ").append(catalog.documentationUrl(error)).append('\n');
        }
        // A terminal shows the entry: the catalog's texts must not send it escape sequences.
        return Arrays.stream(out.toString().split("\n", -1)).map(Diagnostic::oneLine)
                .collect(Collectors.joining("\n"));
    }

    /** Marks a text that is not translated into the locale asked for, as a reader sees it instead. */
    private static String untranslated(LocaleChain.Resolved<?> text) {
        return text.translated() ? "" : "  [untranslated: " + text.locale() + "]";
    }

    /** The message with each parameter shown with its type: {@code {max: int}}, {@code {count: int, plural, ...}}. */
    private static String placeholders(String message, ErrorEntry error) {
        try {
            return MessageTemplate.parse(message).write(name -> MessageTemplate.withType(name, error.params()));
        } catch (MessageTemplate.SyntaxException e) {
            return message; // a checked catalog has none
        }
    }

    /** Every parameter with its type, and what it is where the catalog says: for a caller and a translator. */
    private static void parameters(StringBuilder out, ErrorEntry error) {
        if (!error.params().isEmpty()) {
            out.append("\nParameters:\n");
            error.params().forEach(param -> out.append("  {").append(param.name()).append("} (")
                    .append(param.type().keyword()).append(param.format() == ParamFormat.PLAIN ? ", plain" : "")
                    .append(param.sensitive() ? ", sensitive" : "").append(')')
                    .append(param.description() == null ? "" : ": " + param.description()).append('\n'));
        }
    }

    private static void list(StringBuilder out, String heading, LocaleChain.Resolved<List<String>> items) {
        if (items != null && !items.value().isEmpty()) {
            out.append('\n').append(heading).append(untranslated(items)).append('\n');
            items.value().forEach(item -> out.append("  - ").append(item).append('\n'));
        }
    }
}
