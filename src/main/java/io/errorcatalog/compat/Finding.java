package io.errorcatalog.compat;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.SourceLocation;

/**
 * One change a rule found, at its place in the current catalog.
 *
 * @param error the error of the current catalog the change is about, whose {@code accept} may accept it;
 *     null for a change of the catalog itself (its {@code accept}) or of an error that is gone
 * @param subject what changed: a constant name, or the catalog id
 * @param message what changed and what it does to clients, with the baseline's value
 * @param before the baseline's value, or null where there is none
 * @param now the current value, or null where there is none
 */
public record Finding(CompatRule rule, SourceLocation location, ErrorEntry error, String subject, String message,
        String before, String now) {}
