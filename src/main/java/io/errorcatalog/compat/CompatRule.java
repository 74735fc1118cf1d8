package io.errorcatalog.compat;

import java.util.function.Consumer;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;

/**
 * One kind of change: a stable id (which {@code accept} entries and the configuration name), its default
 * level, and what it checks. {@link CompatRules} lists them all; the README's table of rules is kept equal
 * to that list by a test.
 */
public abstract class CompatRule {

    private final String id;
    private final Level defaultLevel;
    private final String meaning;

    /** @param meaning what the rule checks, one sentence for the README's table */
    protected CompatRule(String id, Level defaultLevel, String meaning) {
        this.id = id;
        this.defaultLevel = defaultLevel;
        this.meaning = meaning;
    }

    /** Reports every change of this kind between the catalogs of {@code comparison} to {@code out}. */
    abstract void check(CatalogComparison comparison, Consumer<Finding> out);

    /** What configurations and {@code accept} entries name the rule by; it never changes once released. */
    public String id() {
        return id;
    }

    public Level defaultLevel() {
        return defaultLevel;
    }

    public String meaning() {
        return meaning;
    }

    /** A finding about {@code pair}'s current error, which its {@code accept} may accept. */
    Finding finding(SourceLocation at, ErrorPair pair, String message, Object before, Object now) {
        return finding(at, pair.after(), pair.after().name(), message, before, now);
    }

    /** A finding of this rule. */
    Finding finding(SourceLocation at, ErrorEntry error, String subject, String message, Object before, Object now) {
        return new Finding(this, at, error, subject, message, before == null ? null : before.toString(),
                now == null ? null : now.toString());
    }
}
