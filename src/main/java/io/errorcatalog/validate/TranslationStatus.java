package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
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
        Counter counter = new Counter(catalog.defaultLocale(), others);
        for (ErrorEntry error : catalog.errors()) {
            if (error.title() != null) {
                counter.count(error, "title", error.title().byLocale(), error.title().sources(),
                        () -> SourceHash.of(error.title().get(counter.defaultLocale)));
            }
            if (error.message() != null) {
                counter.count(error, "message", error.message().byLocale(), error.message().sources(),
                        () -> SourceHash.of(error.message().get(counter.defaultLocale)));
            }
            counter.count(error, "causes", error.causes().byLocale(), error.causes().sources(),
                    () -> SourceHash.of(error.causes().get(counter.defaultLocale)));
            counter.count(error, "solutions", error.solutions().byLocale(), error.solutions().sources(),
                    () -> SourceHash.of(error.solutions().get(counter.defaultLocale)));
        }
        List<LocaleCounts> locales = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            int[] count = counter.counts[i];
            locales.add(new LocaleCounts(others.get(i), count[0], count[1], count[2]));
        }
        return new TranslationStatus(catalog, counter.texts, locales, counter.gaps);
    }

    /**
     * The counts as they are made. A text's hash is worked out only where a translation records the hash it
     * was made from, and a text's description only for a gap: most texts of a large catalog need neither.
     */
    private static final class Counter {
        private final String defaultLocale;
        private final List<String> others;
        /** Per other locale: translated, missing, stale. */
        private final int[][] counts;
        private final List<Gap> gaps = new ArrayList<>();
        private int texts;

        Counter(String defaultLocale, List<String> others) {
            this.defaultLocale = defaultLocale;
            this.others = others;
            this.counts = new int[others.size()][3];
        }

        /** One text of an error (a title, a message, its causes or solutions), if the default locale has it. */
        void count(ErrorEntry error, String field, Map<String, ? extends Located<?>> byLocale,
                Map<String, String> sources, Supplier<String> hash) {
            Located<?> original = byLocale.get(defaultLocale);
            if (original == null) {
                return;
            }
            texts++;
            String current = null;
            for (int i = 0; i < others.size(); i++) {
                String locale = others.get(i);
                Located<?> translation = byLocale.get(locale);
                if (translation == null) {
                    counts[i][1]++;
                    gaps.add(new Gap(original.location(), locale, "the " + field + " of error " + error.name(), false));
                    continue;
                }
                counts[i][0]++;
                String source = sources.get(locale);
                if (source != null) {
                    current = current == null ? hash.get() : current;
                    if (!source.equals(current)) {
                        counts[i][2]++;
                        gaps.add(new Gap(translation.location(), locale, "the " + field + " of error " + error.name(),
                                true));
                    }
                }
            }
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
