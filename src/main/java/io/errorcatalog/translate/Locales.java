package io.errorcatalog.translate;

/** Locale tags as tools write them back: in any case, some with {@code _} for {@code -} ({@code de_ch}). */
final class Locales {

    private Locales() {}

    /** Whether two tags name one locale: BCP 47 tags are compared ignoring case. */
    static boolean same(String tag, String other) {
        return tag.replace('_', '-').equalsIgnoreCase(other.replace('_', '-'));
    }
}
