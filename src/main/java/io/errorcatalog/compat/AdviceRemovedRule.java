package io.errorcatalog.compat;

import java.util.function.Consumer;
import java.util.function.Function;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;

/**
 * Fewer causes, or fewer solutions, in the default locale than the baseline lists: help that users and
 * support read is gone. One class, two rules: {@link #causes()} and {@link #solutions()}.
 */
final class AdviceRemovedRule extends PairRule {

    static AdviceRemovedRule causes() {
        return new AdviceRemovedRule("causes-removed", "causes", ErrorEntry::causes);
    }

    static AdviceRemovedRule solutions() {
        return new AdviceRemovedRule("solutions-removed", "solutions", ErrorEntry::solutions);
    }

    private final String what;
    private final Function<ErrorEntry, LocalizedList> list;

    private AdviceRemovedRule(String id, String what, Function<ErrorEntry, LocalizedList> list) {
        super(id, Level.WARNING, "An error lists fewer " + what + " in the default locale than the baseline does.");
        this.what = what;
        this.list = list;
    }

    @Override
    void check(ErrorPair pair, CatalogComparison comparison, Consumer<Finding> out) {
        String locale = comparison.after().defaultLocale();
        int before = list.apply(pair.before()).get(locale).size();
        LocalizedList now = list.apply(pair.after());
        if (now.get(locale).size() < before) {
            out.accept(finding(now.location() == null ? pair.after().location() : now.location(), pair,
                    pair.after().name() + " lists " + now.get(locale).size() + " " + what + " in "
                            + locale + ", and listed " + before + " in " + comparison.baselineLabel(), before,
                    now.get(locale).size()));
        }
    }
}
