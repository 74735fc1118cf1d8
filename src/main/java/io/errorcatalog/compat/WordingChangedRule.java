package io.errorcatalog.compat;

import java.util.Objects;
import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedText;

/**
 * A title or message reworded in the default locale: the translations were made from the old wording and
 * may no longer say the same; and clients that match on the text (they should not) break.
 */
final class WordingChangedRule extends PairRule {

    WordingChangedRule() {
        super("wording-changed", Level.WARNING, "An error's title or message is worded otherwise in the default"
                + " locale, so its translations may be stale.");
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        compare("title", pair.before().title(), pair.after().title(), pair.after(), comparison, out);
        compare("message", pair.before().message(), pair.after().message(), pair.after(), comparison, out);
    }

    private void compare(String what, LocalizedText before, LocalizedText now, ErrorEntry error,
            CatalogComparison comparison, Consumer<Finding> out) {
        if (before == null || now == null) {
            return; // a text the baseline's file could not give: its defect is listed on its own
        }
        String locale = comparison.after().defaultLocale();
        String was = before.get(locale);
        String is = now.get(locale);
        if (was != null && is != null && !Objects.equals(was, is)) {
            out.accept(finding(now.byLocale().get(locale).location(), error, error.name(), "the " + locale + " " + what
                    + " of " + error.name() + " is worded otherwise than in " + comparison.baselineLabel() + " (\""
                    + was + "\"): check that its translations still say the same", was, is));
        }
    }
}
