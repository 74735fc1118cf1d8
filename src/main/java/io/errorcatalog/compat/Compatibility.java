package io.errorcatalog.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.errorcatalog.model.Acceptance;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;

/** The gate: each current catalog compared with its baseline by every rule, each change given its level. */
public final class Compatibility {

    private Compatibility() {}

    /**
     * @param currentLabel how the report names the current catalogs (the project's version)
     * @param levels the levels the configuration sets; other rules keep their default
     * @param keepTombstones how many releases must ship a tombstone before it may be dropped
     */
    public static CompatReport compare(Baseline baseline, CatalogSet current, String currentLabel,
            Map<CompatRule, Level> levels, int keepTombstones) {
        List<CompatReport.Outcome> outcomes = new ArrayList<>();
        List<CatalogComparison> comparisons = new ArrayList<>();
        for (Catalog after : current.catalogs()) {
            Optional<Catalog> before = baseline.catalogs().byId(after.id().value());
            comparisons.add(new CatalogComparison(baseline.label(), before.map(baseline.catalogs()::resolve).orElse(null),
                    current.resolve(after), baseline.history().of(after.id().value()), keepTombstones));
        }
        for (Catalog before : baseline.catalogs().catalogs()) {
            if (current.byId(before.id().value()).isEmpty()) {
                comparisons.add(new CatalogComparison(baseline.label(), baseline.catalogs().resolve(before), null,
                        baseline.history().of(before.id().value()), keepTombstones));
            }
        }
        for (CatalogComparison comparison : comparisons) {
            for (CompatRule rule : CompatRules.ALL) {
                rule.check(comparison, finding -> {
                    Acceptance acceptance = acceptance(comparison, finding);
                    if (acceptance != null) {
                        comparison.used(acceptance);
                    }
                    Level level = levels.getOrDefault(rule, rule.defaultLevel());
                    if (level != Level.OFF) {
                        outcomes.add(new CompatReport.Outcome(finding, level, acceptance));
                    }
                });
            }
        }
        return new CompatReport(baseline.label(), currentLabel, outcomes,
                baseline.problems().stream().map(Diagnostic::toString).toList());
    }

    /**
     * The entry that accepts a finding: in the {@code accept} of the error it is about, or, for a change of
     * no error of the current catalog, in the catalog's own.
     */
    private static Acceptance acceptance(CatalogComparison comparison, Finding finding) {
        if (comparison.after() == null) {
            return null;
        }
        List<Acceptance> candidates = finding.error() != null ? finding.error().accepted()
                : comparison.after().accepted();
        return candidates.stream().filter(acceptance -> acceptance.rule().equals(finding.rule().id())).findFirst()
                .orElse(null);
    }
}
