package io.errorcatalog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmarks share: their {@code -Dsizes} and {@code -Druns}, medians, a clean work directory. */
final class Bench {

    private Bench() {}

    /** {@code -Dsizes}, the numbers of errors to measure: 100, 1,000, 10,000 and 50,000 unless told. */
    static int[] sizes() {
        return Arrays.stream(System.getProperty("sizes", "100,1000,10000,50000").split(","))
                .mapToInt(Integer::parseInt).toArray();
    }

    /** {@code -Druns}, how often each timed step runs: 3 unless told. */
    static int runs() {
        return Integer.getInteger("runs", 3);
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
