package io.errorcatalog.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The problems a run finds, bounded: a catalog with hundreds of thousands of mistakes must not make the
 * plugin run out of memory or print a log nobody reads. The first {@link #MOST} are kept; after that,
 * readers stop looking ({@link #isFull()}) and further problems are only counted. A run with more than
 * {@link #SHOWN} problems is reported as a summary: counts by tag and the first few of each.
 */
public final class Diagnostics implements Consumer<Diagnostic> {

    /** Problems kept, and written to the full list; readers stop looking for more after this many. */
    public static final int MOST = 10_000;
    /** Problems a report shows one by one; a run with more is summed up by tag. */
    public static final int SHOWN = 100;
    /** Problems of each tag a summary shows. */
    public static final int SHOWN_PER_TAG = 5;

    private final List<Diagnostic> kept = new ArrayList<>();
    private final Map<Tag, Integer> counts = new EnumMap<>(Tag.class);
    private int total;

    @Override
    public void accept(Diagnostic diagnostic) {
        add(diagnostic);
    }

    public void add(Diagnostic diagnostic) {
        total++;
        counts.merge(diagnostic.tag(), 1, Integer::sum);
        if (kept.size() < MOST) {
            kept.add(diagnostic);
        }
    }

    /**
     * Adds what {@code other} collected, as if each of its problems had been added here in its order: a
     * file read on a thread of its own collects apart, and its problems join the run's in file order.
     */
    public void addAll(Diagnostics other) {
        total += other.total;
        other.counts.forEach((tag, count) -> counts.merge(tag, count, Integer::sum));
        for (Diagnostic diagnostic : other.kept) {
            if (kept.size() >= MOST) {
                break;
            }
            kept.add(diagnostic);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Whether enough problems were found that readers should stop looking for more. */
    public boolean isFull() {
        return total >= MOST;
    }

    /** How many problems were found, counted ones included. */
    public int total() {
        return total;
    }

    /** The problems kept (all, unless more than {@link #MOST} were found), sorted by place. */
    public List<Diagnostic> kept() {
        List<Diagnostic> sorted = new ArrayList<>(kept);
        sorted.sort(null);
        return Collections.unmodifiableList(sorted);
    }

    /** How many problems of each tag were found, the most frequent first. */
    public Map<Tag, Integer> counts() {
        return counts.entrySet().stream().sorted(Map.Entry.<Tag, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /**
     * What to show: every problem, or where there are more than {@link #SHOWN}, the first
     * {@link #SHOWN_PER_TAG} of each tag, in place order.
     */
    public List<Diagnostic> shown() {
        List<Diagnostic> sorted = kept();
        if (total <= SHOWN) {
            return sorted;
        }
        Map<Tag, Integer> taken = new EnumMap<>(Tag.class);
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic diagnostic : sorted) {
            if (taken.merge(diagnostic.tag(), 1, Integer::sum) <= SHOWN_PER_TAG) {
                shown.add(diagnostic);
            }
        }
        return shown;
    }

    /**
     * What was found, fixed: what a report needs, apart from the collector, which may still be added to.
     *
     * @param kept the problems kept, sorted by place
     * @param shown those a report shows
     * @param full whether readers stopped looking
     * @param countsLine the counts by tag, the most frequent first
     */
    public record Snapshot(List<Diagnostic> kept, List<Diagnostic> shown, int total, boolean full, String countsLine) {

        public Snapshot {
            kept = List.copyOf(kept);
            shown = List.copyOf(shown);
        }

        /** Whether there are more problems than a report shows one by one. */
        public boolean summed() {
            return total > SHOWN;
        }
    }

    /** What was found so far, fixed. */
    public Snapshot snapshot() {
        return new Snapshot(kept(), shown(), total, isFull(), countsLine());
    }

    /** The counts by tag in one line, such as {@code missing-key 800,000, unknown-key 12}. */
    public String countsLine() {
        return counts().entrySet().stream().map(entry -> entry.getKey().id() + " " + String.format(
                java.util.Locale.ROOT, "%,d", entry.getValue())).collect(Collectors.joining(", "));
    }
}
