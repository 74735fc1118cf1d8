package io.errorcatalog.model;

/**
 * Which translation gaps fail a build: by default none (untranslated texts fall back, and stale ones keep
 * serving); a release build may require every translation, or every one current.
 *
 * @param failOnMissing a text without a translation into one of the catalog's locales fails the build
 * @param failOnStale a translation made from an earlier version of its default-locale text fails the build
 */
public record TranslationPolicy(boolean failOnMissing, boolean failOnStale) {

    public static final TranslationPolicy LENIENT = new TranslationPolicy(false, false);

    /** What either policy requires: a build's and a catalog's together. */
    public TranslationPolicy and(TranslationPolicy other) {
        return new TranslationPolicy(failOnMissing || other.failOnMissing, failOnStale || other.failOnStale);
    }
}
