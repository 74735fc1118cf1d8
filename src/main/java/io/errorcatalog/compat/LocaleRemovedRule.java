package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.SourceLocation;

/** A locale of the baseline that the catalog no longer has: its users get the default locale's texts. */
final class LocaleRemovedRule extends KeptCatalogRule {

    LocaleRemovedRule() {
        super("locale-removed", Level.BREAKING, "A locale of the baseline is gone from a catalog's `locales`.");
    }

    @Override
    void checkKept(CatalogComparison comparison, Consumer<Finding> out) {
        SourceLocation at = comparison.after().locales().get(0).location();
        for (String locale : comparison.before().localeTags()) {
            if (!comparison.after().localeTags().contains(locale)) {
                out.accept(finding(at, null, comparison.after().id().value(), "the locale " + locale + " of "
                        + comparison.baselineLabel() + " is gone from the catalog '" + comparison.after().id().value()
                        + "': its users get the " + comparison.after().defaultLocale() + " texts", locale, null));
            }
        }
    }
}
