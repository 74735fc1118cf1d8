package io.errorcatalog.validate;

import java.util.List;
import java.util.function.Consumer;

import io.errorcatalog.compat.CompatRule;
import io.errorcatalog.compat.CompatRules;
import io.errorcatalog.model.Acceptance;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Tag;

/** An {@code accept} entry names a compatibility rule; a misspelt one would accept nothing, unseen. */
final class AcceptanceRule implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        reportUnknown(catalog.accepted(), out);
        for (ErrorEntry error : catalog.errors()) {
            reportUnknown(error.accepted(), out);
        }
    }

    private static void reportUnknown(List<Acceptance> accepted, Consumer<Diagnostic> out) {
        for (Acceptance acceptance : accepted) {
            if (CompatRules.byId(acceptance.rule()).isEmpty()) {
                out.accept(unknown(acceptance));
            }
        }
    }

    private static Diagnostic unknown(Acceptance acceptance) {
        return new Diagnostic(acceptance.location(), Tag.UNKNOWN_COMPAT_RULE, "'" + acceptance.rule() + "' in 'accept'"
                + " is no compatibility rule; " + CompatRules.nearest(acceptance.rule())
                        .map(near -> "did you mean '" + near + "'?")
                        .orElse("the rules are: " + String.join(", ", CompatRules.ALL.stream().map(CompatRule::id)
                                .toList())));
    }
}
