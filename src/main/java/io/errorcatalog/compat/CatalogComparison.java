package io.errorcatalog.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.errorcatalog.model.Acceptance;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.SourceLocation;

/**
 * One catalog of the baseline and the catalog of the same id now, with their errors matched: what the
 * rules look at. Only each catalog's own errors are compared; an inherited error is compared in the
 * catalog that declares it.
 *
 * <p>An error is the same error when it keeps its constant name. Where a name is gone and a new name has
 * its code (as its code or as an alias), the new name is that error renamed: a code names one error of an
 * API, so the code is what stays. A tombstone keeps its name: it is never taken for renamed.
 */
public final class CatalogComparison {

    private final String baselineLabel;
    private final ResolvedCatalog resolvedBefore;
    private final ResolvedCatalog resolvedAfter;
    private final Catalog before;
    private final Catalog after;
    private final ReleaseHistory.CatalogHistory history;
    private final int keepTombstones;
    private final List<ErrorPair> pairs = new ArrayList<>();
    private final List<ErrorEntry> added = new ArrayList<>();
    private final Map<ErrorEntry, ErrorEntry> successors = new IdentityHashMap<>();
    private final Map<String, ErrorEntry> beforeByCode = new HashMap<>();
    private final Map<String, ErrorEntry> afterByCode = new HashMap<>();
    private final Set<Acceptance> used = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param resolvedBefore the catalog in the baseline, resolved in the baseline's set, or null for a catalog
     *     that is new
     * @param resolvedAfter the catalog now, resolved, or null for a catalog that is gone
     * @param history what the baseline carried forward about this catalog
     * @param keepTombstones how many releases must ship a tombstone before it may be dropped
     */
    CatalogComparison(String baselineLabel, ResolvedCatalog resolvedBefore, ResolvedCatalog resolvedAfter,
            ReleaseHistory.CatalogHistory history, int keepTombstones) {
        this.baselineLabel = baselineLabel;
        this.resolvedBefore = resolvedBefore;
        this.resolvedAfter = resolvedAfter;
        this.before = resolvedBefore == null ? null : resolvedBefore.catalog();
        this.after = resolvedAfter == null ? null : resolvedAfter.catalog();
        this.history = history;
        this.keepTombstones = keepTombstones;
        List<ErrorEntry> beforeErrors = before == null ? List.of() : before.errors();
        List<ErrorEntry> afterErrors = after == null ? List.of() : after.errors();
        beforeErrors.forEach(error -> index(beforeByCode, error));
        afterErrors.forEach(error -> index(afterByCode, error));

        Map<String, ErrorEntry> afterByName = new HashMap<>();
        afterErrors.forEach(error -> afterByName.put(error.name(), error));
        Set<ErrorEntry> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ErrorEntry error : beforeErrors) {
            ErrorEntry same = afterByName.get(error.name());
            if (same != null) {
                successors.put(error, same);
                matched.add(same);
            }
        }
        Map<String, ErrorEntry> unmatchedByCode = new LinkedHashMap<>();
        afterErrors.stream().filter(error -> !matched.contains(error) && error.removed() == null)
                .forEach(error -> index(unmatchedByCode, error));
        for (ErrorEntry error : beforeErrors) {
            if (!successors.containsKey(error) && error.removed() == null && error.code().value() != null) {
                ErrorEntry renamed = unmatchedByCode.remove(error.code().value());
                if (renamed != null) {
                    successors.put(error, renamed);
                    matched.add(renamed);
                }
            }
        }
        beforeErrors.stream().filter(successors::containsKey)
                .forEach(error -> pairs.add(new ErrorPair(error, successors.get(error))));
        afterErrors.stream().filter(error -> !matched.contains(error)).forEach(added::add);
    }

    /** Indexes an error by every code that decodes to it: its code and its aliases. */
    private static void index(Map<String, ErrorEntry> byCode, ErrorEntry error) {
        codes(error).forEach(code -> byCode.putIfAbsent(code.value(), error));
    }

    /** The codes that decode to an error, each where it is written: its code (where it has one), then its aliases. */
    static List<Located<String>> codes(ErrorEntry error) {
        List<Located<String>> codes = new ArrayList<>();
        if (error.code().value() != null) {
            codes.add(error.code());
        }
        codes.addAll(error.aliases());
        return codes;
    }

    /** How reports name the baseline: {@code 1.0}. */
    public String baselineLabel() {
        return baselineLabel;
    }

    /** The catalog in the baseline, or null where it is new. */
    public Catalog before() {
        return before;
    }

    /** The catalog now, or null where it is gone. */
    public Catalog after() {
        return after;
    }

    /** The catalog in the baseline with its Java names, as the release generated it; null where it is new. */
    public ResolvedCatalog resolvedBefore() {
        return resolvedBefore;
    }

    /** The catalog now with its Java names; null where it is gone. */
    public ResolvedCatalog resolvedAfter() {
        return resolvedAfter;
    }

    public ReleaseHistory.CatalogHistory history() {
        return history;
    }

    public int keepTombstones() {
        return keepTombstones;
    }

    /** Every error of the baseline that is still there (perhaps renamed, perhaps a tombstone now), in its order. */
    public List<ErrorPair> pairs() {
        return Collections.unmodifiableList(pairs);
    }

    /** The errors that are new. */
    public List<ErrorEntry> added() {
        return Collections.unmodifiableList(added);
    }

    /** The error of the baseline now, or null where it is gone. */
    public ErrorEntry successor(ErrorEntry before) {
        return successors.get(before);
    }

    /** The error of the baseline that this code (or alias) decodes to, or null. */
    public ErrorEntry beforeWithCode(String code) {
        return beforeByCode.get(code);
    }

    /** The error this code (or alias) decodes to now, or null. */
    public ErrorEntry afterWithCode(String code) {
        return afterByCode.get(code);
    }

    /** Where a change that belongs to no error of the current catalog is reported: its map of errors. */
    public SourceLocation errorsLocation() {
        return after.errorsLocation() != null ? after.errorsLocation() : SourceLocation.ofFile(after.file());
    }

    /** Marks an acceptance as having accepted a change. */
    void used(Acceptance acceptance) {
        used.add(acceptance);
    }

    /** The acceptances of the current catalog and its errors that accepted no change, in file order. */
    public List<Acceptance> unusedAcceptances() {
        if (after == null) {
            return List.of();
        }
        List<Acceptance> unused = new ArrayList<>();
        after.accepted().stream().filter(acceptance -> !used.contains(acceptance)).forEach(unused::add);
        after.errors().forEach(error -> error.accepted().stream().filter(acceptance -> !used.contains(acceptance))
                .forEach(unused::add));
        return unused;
    }
}
