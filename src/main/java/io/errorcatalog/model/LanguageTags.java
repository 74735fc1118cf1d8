package io.errorcatalog.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Locales as catalogs and command lines write them: BCP 47 language tags, read strictly. */
public final class LanguageTags {

    private LanguageTags() {}

    /** The locale of a well-formed tag; empty for one such as {@code de_DE}, which Java's own names spell so. */
    public static Optional<Locale> parse(String tag) {
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag).build());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * What to write instead of a tag that is not well-formed: {@code de-DE} for {@code de_DE}.
     *
     * @param examples what to offer where no tag is near, such as {@code en, de-CH or zh-Hant-TW}
     */
    public static String fixFor(String tag, String examples) {
        String hyphens = tag.replace('_', '-');
        return "write " + (!hyphens.equals(tag) && parse(hyphens).isPresent() ? hyphens : "one such as " + examples);
    }
}
