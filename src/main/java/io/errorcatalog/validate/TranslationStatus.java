package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.SourceHash;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * How far a catalog's own texts are translated: per locale other than the default, how many texts are
 * translated, missing (they fall back) and stale (translated from a default-locale text that has changed
 * since, as the {@code source} hash beside the translation shows; they keep serving until updated).
 *
 * @param texts how many texts the catalog has in its default locale (a title, a message, a list of causes,
 *     a list of solutions each count as one)
 * @param locales the counts, in the catalog's order of locales
 * @param gaps every missing and stale translation, in catalog order
 */
public record TranslationStatus(Catalog catalog, int texts, List<LocaleCounts> locales, List<Gap> gaps) {

    public TranslationStatus {
        locales = List.copyOf(locales);
        gaps = List.copyOf(gaps);
    }

    /** One locale's counts; {@code translated} includes the stale ones. */
    public record LocaleCounts(String locale, int translated, int missing, int stale) {}

    /**
     * A translation that is missing or stale.
     *
     * @param at the default-locale text's place where it is missing, the translation's where it is stale
     * @param what such as "the message of error ORDER_NOT_FOUND"
     */
    public record Gap(SourceLocation at, String locale, String what, boolean stale) {

        Diagnostic diagnostic() {
            return stale
                    ? new Diagnostic(at, Tag.STALE_TRANSLATION, "the " + locale + " translation of " + what + " was made"
                            + " from an earlier version of its default-locale text; update it and its 'source'")
                    : new Diagnostic(at, Tag.UNTRANSLATED, "no " + locale + " translation of " + what + "; translate"
                            + " it, or build without failOnMissingTranslations to let it fall back");
        }
    }

    /** Counts the translations of a catalog's own errors (inherited ones are counted in their catalog). */
    public static TranslationStatus of(Catalog catalog) {
        List<String> others = catalog.localeTags().subList(1, catalog.localeTags().size());
        String defaultLocale = catalog.defaultLocale();
        Map<String, int[]> counts = new LinkedHashMap<>(); // translated, missing, stale
        others.forEach(locale -> counts.put(locale, new int[3]));
        List<Gap> gaps = new ArrayList<>();
        int texts = 0;
        for (ErrorEntry error : catalog.errors()) {
            List<Text> ofError = java.util.Arrays.asList(
                    Text.of(error.title(), defaultLocale, "the title of error " + error.name()),
                    Text.of(error.message(), defaultLocale, "the message of error " + error.name()),
                    Text.of(error.causes(), defaultLocale, "the causes of error " + error.name()),
                    Text.of(error.solutions(), defaultLocale, "the solutions of error " + error.name()));
            for (Text text : ofError) {
                if (text == null) {
                    continue;
                }
                texts++;
                for (String locale : others) {
                    int[] count = counts.get(locale);
                    SourceLocation translation = text.translations().get(locale);
                    String source = text.sources().get(locale);
                    if (translation == null) {
                        count[1]++;
                        gaps.add(new Gap(text.at(), locale, text.what(), false));
                    } else {
                        count[0]++;
                        if (source != null && !source.equals(text.hash())) {
                            count[2]++;
                            gaps.add(new Gap(translation, locale, text.what(), true));
                        }
                    }
                }
            }
        }
        List<LocaleCounts> locales = new ArrayList<>();
        counts.forEach((locale, count) -> locales.add(new LocaleCounts(locale, count[0], count[1], count[2])));
        return new TranslationStatus(catalog, texts, locales, gaps);
    }

    /** One text of an error as far as translation goes: where it is, its source hash, its translations' places. */
    private record Text(SourceLocation at, String what, String hash, Map<String, SourceLocation> translations,
            Map<String, String> sources) {

        /** Null where the catalog gives the text not even in its default locale. */
        static Text of(LocalizedText text, String defaultLocale, String what) {
            if (text == null || text.get(defaultLocale) == null) {
                return null;
            }
            Map<String, SourceLocation> translations = new LinkedHashMap<>();
            text.byLocale().forEach((locale, value) -> translations.put(locale, value.location()));
            return new Text(text.byLocale().get(defaultLocale).location(), what, SourceHash.of(text.get(defaultLocale)),
                    translations, text.sources());
        }

        static Text of(LocalizedList list, String defaultLocale, String what) {
            if (!list.byLocale().containsKey(defaultLocale)) {
                return null;
            }
            Map<String, SourceLocation> translations = new LinkedHashMap<>();
            list.byLocale().forEach((locale, value) -> translations.put(locale, value.location()));
            return new Text(list.byLocale().get(defaultLocale).location(), what, SourceHash.of(list.get(defaultLocale)),
                    translations, list.sources());
        }
    }

    /** Reports the gaps a release build does not accept: the missing translations, the stale ones, or both. */
    public void require(boolean complete, boolean current, Consumer<Diagnostic> out) {
        for (Gap gap : gaps) {
            if (gap.stale() ? current : complete) {
                out.accept(gap.diagnostic());
            }
        }
    }

    /**
     * The line a build prints, such as {@code orders: 40 texts in en; de 31 translated (1 stale), 9 missing};
     * null for a catalog of one locale, which has nothing to translate.
     */
    public String summaryLine() {
        if (locales.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder(catalog.id().value()).append(": ").append(texts).append(" texts in ")
                .append(catalog.defaultLocale());
        for (LocaleCounts counts : locales) {
            line.append("; ").append(counts.locale()).append(' ').append(counts.translated()).append(" translated");
            if (counts.stale() > 0) {
                line.append(" (").append(counts.stale()).append(" stale)");
            }
            if (counts.missing() > 0) {
                line.append(", ").append(counts.missing()).append(" missing");
            }
        }
        return line.toString();
    }
}
