package io.errorcatalog.compat;

import java.util.function.Consumer;

/**
 * Another default locale (the first of {@code locales}): every text that a locale lacks falls back to another
 * language now, and so does every client whose locale the catalog does not have.
 */
final class DefaultLocaleChangedRule extends KeptCatalogRule {

    DefaultLocaleChangedRule() {
        super("default-locale-changed", Level.BREAKING, "A catalog's default locale (the first of `locales`) is"
                + " another, so clients of a locale it lacks get texts in another language.");
    }

    @Override
    void checkKept(CatalogComparison comparison, Consumer<Finding> out) {
        String before = comparison.before().defaultLocale();
        String now = comparison.after().defaultLocale();
        if (!before.equals(now)) {
            out.accept(finding(comparison.after().locales().get(0).location(), null, comparison.after().id().value(),
                    "the default locale of the catalog '" + comparison.after().id().value() + "' was " + before
                            + " in " + comparison.baselineLabel() + " and is " + now + " now: clients of a locale it"
                            + " lacks, and texts not translated, fall back to " + now + " instead", before, now));
        }
    }
}
