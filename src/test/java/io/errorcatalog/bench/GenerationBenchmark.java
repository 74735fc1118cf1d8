package io.errorcatalog.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.errorcatalog.generate.GenerationResult;
import io.errorcatalog.testing.Catalogs;
import io.errorcatalog.testing.JavaCompilation;
import io.errorcatalog.testing.LargeCatalogs;

/**
 * The generation benchmark: not a test, and not run by the build. {@code src/bench/run} (see the README's
 * "Benchmarks") runs it; it prints one table.
 *
 * <p>For each N it writes a catalog of N errors in five locales (above 5,000 errors, a catalog file and one
 * part of 5,000 errors per group, as {@code FiftyThousandErrorsTest} does), then measures each step in a
 * JVM of its own, started for that step alone, so every figure is a cold one as in a build:
 * <ul>
 * <li>clean: {@code Generator.generate} into empty output directories (the time inside the JVM, from
 *     before the call to after it: what the plugin adds to a Maven build, Maven's own start excluded),
 *     as wall time, as the JVM's CPU time (which other load on the machine blurs less), and as the JIT
 *     compilers' time in it, summed over their threads;
 * <li>no-op: the same again over that output, which the fingerprint finds up to date;
 * <li>floor: a JVM that only streams every token of every file through Jackson's YAML parser, one file
 *     after the other (its wall and CPU time), and the same with the files spread over the machine's cores;
 * <li>heap: the sum of the heap pools' peak use in the clean run's JVM (default collector and sizes);
 * <li>javac: compiling the generated sources for Java 8 in a JVM of its own, its time and peak heap;
 * <li>init: loading the compiled catalog and reading its {@code CATALOG}, in a JVM of its own.
 * </ul>
 * Each timed step runs {@code -Druns} times (default 3) and the median is shown; javac runs once. Every step's
 * JVM gets the options of {@code -Dbench.jvmOptions}, none by default.
 */
public final class GenerationBenchmark {


    private GenerationBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("step")) {
            step(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path work = Path.of(System.getProperty("bench.dir", "target/bench"));
        int runs = Bench.runs();
        int[] sizes = Bench.sizes();
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT,
                "| %7s | %6s | %5s | %9s | %9s | %9s | %7s | %15s | %14s | %8s | %13s | %7s |",
                "errors", "MB", "files", "clean ms", "clean ms", "clean ms", "no-op ms", "floor ms", "floor ms",
                "heap MB", "javac ms", "init ms"));
        rows.add(String.format(Locale.ROOT,
                "| %7s | %6s | %5s | %9s | %9s | %9s | %7s | %15s | %14s | %8s | %13s | %7s |",
                "", "", "", "(wall)", "(CPU)", "(JIT)", "", "(1 thread, CPU)",
                "(" + Runtime.getRuntime().availableProcessors() + " threads)", "", "(heap MB)", ""));
        rows.add("|--------:|-------:|------:|----------:|----------:|----------:|--------:|----------------:|"
                + "---------------:|---------:|--------------:|--------:|");
        for (int n : sizes) {
            Path dir = work.resolve(Integer.toString(n));
            Bench.deleteTree(dir);
            Path catalogs = Files.createDirectories(dir.resolve("catalogs"));
            int files = LargeCatalogs.write(catalogs, "bench", n);
            double megabytes = size(catalogs) / 1e6;
            Path out = dir.resolve("out");
            List<long[]> clean = new ArrayList<>();
            List<long[]> noop = new ArrayList<>();
            List<long[]> floor = new ArrayList<>();
            List<long[]> parallelFloor = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Bench.deleteTree(out);
                clean.add(child("generate", catalogs.toString(), out.toString()));
                noop.add(child("generate", catalogs.toString(), out.toString()));
                floor.add(child("parse", catalogs.toString(), "1"));
                parallelFloor.add(child("parse", catalogs.toString(),
                        Integer.toString(Runtime.getRuntime().availableProcessors())));
            }
            Path classes = dir.resolve("classes");
            long[] javac = child("javac", out.resolve("java").toString(), classes.toString());
            List<long[]> init = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                init.add(child("init", classes.toString(), out.resolve("resources").toString()));
            }
            rows.add(String.format(Locale.ROOT,
                    "| %,7d | %6.1f | %5d | %,9d | %,9d | %,9d | %,7d | %,7d (%,5d) | %,14d | %,8d | %,6d (%,4d) | %,7d |",
                    n, megabytes, files, median(clean, 0), median(clean, 2), median(clean, 3), median(noop, 0),
                    median(floor, 0), median(floor, 2),
                    median(parallelFloor, 0), median(clean, 1), javac[0], javac[1], median(init, 0)));
            System.out.println(rows.get(rows.size() - 1));
        }
        System.out.println();
        String options = System.getProperty("bench.jvmOptions", "").strip();
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version") + (options.isEmpty() ? "" : ", steps' JVMs with " + options)
                + ", " + runs + " run(s) each, medians:");
        rows.forEach(System.out::println);
    }

    /**
     * One step in this JVM; its last line is {@code RESULT <millis> <peak heap MB> <CPU millis> <JIT millis>},
     * the last the JIT compilers' time in the step, summed over their threads (HotSpot's {@code CompilationMXBean}).
     */
    private static void step(String[] args) throws Exception {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        switch (args[0]) {
            case "generate" -> {
                GenerationResult result = Catalogs.generate(Path.of(args[1]), Path.of(args[2]));
                if (result.files().isEmpty() != result.upToDate()) {
                    throw new AssertionError(result.summary());
                }
            }
            case "parse" -> parse(Path.of(args[1]), Integer.parseInt(args[2]));
            case "javac" -> javac(Path.of(args[1]), Path.of(args[2]));
            case "init" -> {
                try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[1]).toUri().toURL(),
                        Path.of(args[2]).toUri().toURL()}, GenerationBenchmark.class.getClassLoader())) {
                    start = System.nanoTime();
                    Object catalog = loader.loadClass("com.example.bench.BenchError").getField("CATALOG").get(null);
                    if (catalog == null) {
                        throw new AssertionError("no catalog");
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("RESULT " + millis + " " + peak / (1024 * 1024) + " " + (cpuNanos() - cpuStart) / 1_000_000
                + " " + (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart));
    }

    /**
     * The CPU time of this JVM's threads (the JIT and the collector included): where other work shares the
     * machine, it shows the work a step does, which wall time then blurs.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Every token of every file through Jackson's YAML parser, building nothing. */
    private static void parse(Path catalogs, int threads) throws Exception {
        List<Path> files = catalogFiles(catalogs);
        YAMLFactory factory = YAMLFactory.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> tokens = new ArrayList<>();
            for (Path file : files) {
                tokens.add(pool.submit(() -> {
                    long count = 0;
                    try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
                        while (parser.nextToken() != null) {
                            count++;
                        }
                    }
                    return count;
                }));
            }
            for (Future<Long> each : tokens) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void javac(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
            boolean compiled = compiler.getTask(output, manager, null, List.of("--release", "8", "-encoding",
                    "US-ASCII", "-classpath", JavaCompilation.RUNTIME_CLASSES.toString(), "-d", classes.toString()),
                    null, manager.getJavaFileObjectsFromPaths(files)).call();
            if (!compiled) {
                throw new AssertionError("the generated code does not compile:\n" + output);
            }
        }
    }

    /**
     * Runs one step in a new JVM with this JVM's class path, and the options of {@code -Dbench.jvmOptions}
     * (space-separated, as a build's {@code .mvn/jvm.config} would give Maven's JVM); its {millis, peak heap MB,
     * CPU millis, JIT millis}.
     */
    private static long[] child(String... step) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        String options = System.getProperty("bench.jvmOptions", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GenerationBenchmark.class.getName(),
                "step"));
        command.addAll(List.of(step));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", step) + " failed:\n" + output);
        }
        String[] lines = output.strip().split("\n");
        String[] result = lines[lines.length - 1].split(" ");
        if (!result[0].equals("RESULT")) {
            throw new IllegalStateException(String.join(" ", step) + " said:\n" + output);
        }
        return new long[] {Long.parseLong(result[1]), Long.parseLong(result[2]), Long.parseLong(result[3]),
                Long.parseLong(result[4])};
    }

    private static long median(List<long[]> runs, int index) {
        return Bench.median(runs.stream().map(run -> run[index]).toList());
    }

    private static List<Path> catalogFiles(Path catalogs) throws IOException {
        try (Stream<Path> list = Files.list(catalogs)) {
            return list.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static long size(Path catalogs) throws IOException {
        long total = 0;
        for (Path file : catalogFiles(catalogs)) {
            total += Files.size(file);
        }
        return total;
    }
}
