package io.errorcatalog.validate;

import java.util.List;

import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostics;

/** Checks a {@link CatalogSet} with every rule; returns every problem found, sorted by place. */
public final class CatalogValidator {

    /**
     * Every rule, each run once over the whole set. Diagnostics are sorted by place; at one place they
     * keep this order, so the more basic problem comes first.
     */
    private static final List<CatalogSetRule> RULES = List.of(
            new IdRules(),
            new LocaleRules(),
            new BlankTextRule(),
            new DocsUrlRules(),
            new ExtendsRule(),
            new GroupRules(),
            new DuplicateCodeRule(),
            new WireRules(),
            new ParameterClashRule(),
            new JavaNameRules(),
            new OutputConflictRule(),
            new ErrorCountRules(),
            new EmptyCodeRule(),
            new ParameterRules(),
            new MessageRules(),
            new AcceptanceRule());

    /** Adds the problems of {@code set} to {@code diagnostics}. */
    public void validate(CatalogSet set, Diagnostics diagnostics) {
        for (CatalogSetRule rule : RULES) {
            rule.check(set, diagnostics);
        }
    }
}
