package io.errorcatalog.model;

import java.util.Collection;
import java.util.Optional;

import org.apache.commons.lang3.StringUtils;

/** The known name a mistyped one most likely meant, for a "did you mean". */
public final class Nearest {

    private Nearest() {}

    /**
     * The name of {@code known} fewest edits away from {@code wrong}, within a quarter of its length (at least
     * two edits); the first of equals. Linear in the names, so a catalog's 50,000 errors are cheap to search.
     */
    public static Optional<String> of(String wrong, Collection<String> known) {
        return nearest(wrong, known, -1);
    }

    /** As {@link #of}, within {@code edits} edits whatever the names' lengths: for names of a few letters. */
    public static Optional<String> within(String wrong, Collection<String> known, int edits) {
        return nearest(wrong, known, edits);
    }

    /** @param edits the most edits, or -1 for a quarter of each name's length, at least two */
    private static Optional<String> nearest(String wrong, Collection<String> known, int edits) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int most = edits >= 0 ? edits : Math.max(2, candidate.length() / 4);
            int threshold = Math.min(most, bestDistance - 1);
            int distance = threshold < 0 ? -1 : StringUtils.getLevenshteinDistance(candidate, wrong, threshold);
            if (distance >= 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
