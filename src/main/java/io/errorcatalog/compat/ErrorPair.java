package io.errorcatalog.compat;

import io.errorcatalog.model.ErrorEntry;

/**
 * An error of the baseline and the same error now: the same constant name, or a new name with the code
 * of a name that is gone (a renamed constant).
 */
public record ErrorPair(ErrorEntry before, ErrorEntry after) {

    /** Whether neither is a tombstone: an error clients still get, whose facts must stay as they were. */
    boolean live() {
        return before.removed() == null && after.removed() == null;
    }
}
