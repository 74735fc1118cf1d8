package io.errorcatalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Texts as a reader is shown them in a locale. Only a catalog's default locale must be complete; where a
 * locale has no text, the nearest one that has answers, along the BCP 47 chain the runtime follows
 * ({@code de-CH}, {@code de}, then the default), and whoever shows the text can tell it is not a translation.
 */
public final class Translations {

    private Translations() {}

    /**
     * A text as shown in a locale.
     *
     * @param value the text; null where no locale of the chain has one (an optional text left out)
     * @param locale the catalog locale whose text it is
     * @param fallback whether that is another locale than the one asked for: the text is not translated
     */
    public record Shown<T>(T value, String locale, boolean fallback) {}

    /**
     * The locales asked in turn for a text in {@code locale}: itself and its parents ({@code zh-Hant-TW},
     * {@code zh-Hant}, {@code zh}) as far as the catalog lists them, then its default locale.
     *
     * @param catalogLocales the catalog's locale tags, the default first
     * @return catalog tags as the catalog writes them, each once
     */
    public static List<String> chain(String locale, List<String> catalogLocales) {
        List<String> chain = new ArrayList<>();
        for (String tag = locale; !tag.isEmpty(); tag = tag.substring(0, Math.max(0, tag.lastIndexOf('-')))) {
            for (String listed : catalogLocales) {
                if (listed.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT)) && !chain.contains(listed)) {
                    chain.add(listed);
                }
            }
        }
        if (!chain.contains(catalogLocales.get(0))) {
            chain.add(catalogLocales.get(0));
        }
        return chain;
    }

    /**
     * The one way a text is looked up for a reader: the first locale of {@link #chain} that has it.
     *
     * @param lookup the text in a catalog locale, or what stands for none
     * @param present whether a looked-up value is a text (not null, not an empty list)
     */
    public static <T> Shown<T> in(String locale, List<String> catalogLocales, Function<String, T> lookup,
            Predicate<T> present) {
        List<String> chain = chain(locale, catalogLocales);
        for (String candidate : chain) {
            T value = lookup.apply(candidate);
            if (present.test(value)) {
                return new Shown<>(value, candidate, !candidate.equalsIgnoreCase(locale));
            }
        }
        return new Shown<>(null, chain.get(0), false);
    }

    /** A localized text in {@code locale}; a text left out (null) has no value in any. */
    public static Shown<String> text(LocalizedText text, String locale, List<String> catalogLocales) {
        return in(locale, catalogLocales, tag -> text == null ? null : text.get(tag), value -> value != null);
    }

    /** A localized list in {@code locale}; where no locale lists items, the value is empty. */
    public static Shown<List<String>> list(LocalizedList list, String locale, List<String> catalogLocales) {
        Shown<List<String>> shown = in(locale, catalogLocales, list::get, items -> !items.isEmpty());
        return shown.value() == null ? new Shown<>(List.of(), shown.locale(), false) : shown;
    }
}
