package io.errorcatalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The locales a text in one locale is looked up in, nearest first, as the generated code's runtime looks it
 * up: the locale and its parents that the catalog lists ({@code de-CH}, then {@code de}), then the catalog's
 * default locale, which has every text.
 */
public final class LocaleChain {

    private static final ResourceBundle.Control NAMES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LocaleChain() {
    }

    /**
     * @param catalogLocales the catalog's locale tags, the default first
     * @param requested a BCP 47 tag, which need not be one of the catalog's
     * @return catalog locale tags, nearest first, the default last
     */
    public static List<String> of(List<String> catalogLocales, String requested) {
        List<String> chain = own(catalogLocales, requested);
        String defaultLocale = catalogLocales.get(0);
        chain.remove(defaultLocale);
        chain.add(defaultLocale);
        return chain;
    }

    /**
     * Whether one of the catalog's locales is {@code requested} or a parent of it; where none is, each text in
     * it is the default locale's.
     */
    public static boolean has(List<String> catalogLocales, String requested) {
        return !own(catalogLocales, requested).isEmpty();
    }

    /** The catalog's locales among {@code requested} and its parents, nearest first. */
    private static List<String> own(List<String> catalogLocales, String requested) {
        List<String> chain = new ArrayList<>();
        for (Locale candidate : NAMES.getCandidateLocales("", Locale.forLanguageTag(requested))) {
            String bundle = NAMES.toBundleName("", candidate);
            for (String tag : catalogLocales) {
                if (!candidate.equals(Locale.ROOT) && NAMES.toBundleName("", Locale.forLanguageTag(tag)).equals(bundle)
                        && !chain.contains(tag)) {
                    chain.add(tag);
                }
            }
        }
        return chain;
    }

    /**
     * A text as a locale's reader sees it.
     *
     * @param locale the catalog locale it is in: the one asked for, or the one it fell back to
     * @param translated whether it is in the first locale of the chain, the one asked for
     */
    public record Resolved<T>(T value, String locale, boolean translated) {}

    /** The text in the nearest locale of {@code chain} that has it; null where none has. */
    public static Resolved<String> resolve(LocalizedText text, List<String> chain) {
        for (String locale : chain) {
            String value = text.get(locale);
            if (value != null) {
                return new Resolved<>(value, locale, locale.equals(chain.get(0)));
            }
        }
        return null;
    }

    /** The list of the nearest locale of {@code chain} that has one; null where none has. */
    public static Resolved<List<String>> resolve(LocalizedList list, List<String> chain) {
        for (String locale : chain) {
            if (list.byLocale().containsKey(locale)) {
                return new Resolved<>(list.get(locale), locale, locale.equals(chain.get(0)));
            }
        }
        return null;
    }
}
