package io.errorcatalog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.errorcatalog.testing.LargeCatalogs;
import io.errorcatalog.testing.PluginDescriptor;

/**
 * The peer comparison: not a test, and not run by the build. {@code src/bench/peers/run} (see the README's
 * "Benchmarks") runs it; it prints one table.
 *
 * <p>For each N it lays out one Maven project per tool under {@code target/bench-peers/<N>/}, from the poms in
 * {@code src/bench/peers/}: this plugin on a catalog of N errors in five locales ({@link LargeCatalogs}), this
 * plugin again on what the peers get and no more (one locale, per error its code and English title), and
 * OpenAPI Generator, protoc and jsonschema2pojo on an enum of the same N names and codes, each value with its
 * English title as its description where the format has one. Then, {@code -Druns} times, tool after tool in
 * turn, it runs {@code mvn validate} and {@code mvn generate-sources} (from an empty {@code target}) under
 * {@code /usr/bin/time}, for the wall time and the peak resident set of the Maven process, and then
 * {@code mvn generate-sources} again with nothing changed (for this plugin, its log also says how long its
 * up-to-date check took); last, once per tool, {@code mvn compile}, which says whether the generated code
 * compiles, and if not javac's first error.
 * Maven runs offline and quiet against the user's local repository ({@code -Doffline=false} lets a first run
 * fetch the peers' plugins).
 */
public final class PeerBenchmark {

    private static final Path TIME = Path.of("/usr/bin/time");

    /** javac's error as Maven prints it: {@code [ERROR] /path/File.java:[line,column] message}. */
    private static final Pattern JAVAC_ERROR = Pattern.compile("([^/\\s]+\\.java):\\[\\d+,\\d+\\] (.+)");

    /**
     * A generator under comparison: how the table names it, its pom's directory in {@code src/bench/peers}, and
     * its input of N errors.
     */
    private record Tool(String name, String pom, InputWriter input) {}

    @FunctionalInterface
    private interface InputWriter {
        void write(Path project, int n) throws IOException;
    }

    /**
     * A tool's project for one N: its directory, the size of its input, its runs of validate, of generate-sources
     * from an empty target, and of generate-sources again.
     */
    private record Project(Tool tool, Path dir, long inputBytes, List<Run> validate, List<Run> generate,
            List<Run> again) {}

    /** This plugin's line for a run with nothing to do: {@code ... up to date: nothing read or written, in 12 ms}. */
    private static final Pattern UP_TO_DATE = Pattern.compile("up to date: nothing read or written, in (\\d+) ms");

    /**
     * One Maven run: its exit code, its wall time, the peak resident set of its largest process, and where it
     * was this plugin's run with nothing to do, the time its log gives for it (else -1).
     */
    private record Run(int exit, long millis, long peakKilobytes, long upToDateMillis) {}

    private static final List<Tool> TOOLS = List.of(
            new Tool("error-catalog", "error-catalog", (project, n) -> LargeCatalogs.write(
                    Files.createDirectories(project.resolve("src/main/error-catalog")), "bench", n)),
            new Tool("error-catalog-en", "error-catalog", (project, n) -> LargeCatalogs.writeAsPeers(
                    Files.createDirectories(project.resolve("src/main/error-catalog")), "bench", n)),
            new Tool("openapi-generator", "openapi-generator", PeerBenchmark::writeOpenApi),
            new Tool("protoc", "protoc", PeerBenchmark::writeProto),
            new Tool("jsonschema2pojo", "jsonschema2pojo", PeerBenchmark::writeJsonSchema));

    private PeerBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!Files.isExecutable(TIME)) {
            throw new IllegalStateException(TIME + " (GNU time) measures the peak memory: install it"
                    + " (apt-get install time)");
        }
        Path poms = Path.of(System.getProperty("bench.poms", "src/bench/peers"));
        Path work = Path.of(System.getProperty("bench.dir", "target/bench-peers")).toAbsolutePath();
        boolean offline = Boolean.parseBoolean(System.getProperty("offline", "true"));
        int runs = Bench.runs();
        String parent = Files.readString(poms.resolve("pom.xml"))
                .replace("@error-catalog.version@", PluginDescriptor.version());
        String load = loadAverage();
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "| %7s | %-17s | %8s | %11s | %11s | %9s | %9s | %9s | %11s | %11s | %s |",
                "errors", "tool", "input KB", "validate ms", "generate ms", "share ms", "again ms", "own ms",
                "validate MB", "generate MB", "compiles"));
        rows.add("|--------:|:------------------|---------:|------------:|------------:|----------:|----------:|"
                + "----------:|------------:|------------:|:---------|");
        for (int n : Bench.sizes()) {
            Path dir = work.resolve(Integer.toString(n));
            Bench.deleteTree(dir);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), parent);
            List<Project> projects = new ArrayList<>();
            for (Tool tool : TOOLS) {
                Path project = Files.createDirectories(dir.resolve(tool.name()));
                tool.input().write(project, n);
                projects.add(new Project(tool, project, size(project), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>()));
                Files.copy(poms.resolve(tool.pom()).resolve("pom.xml"), project.resolve("pom.xml"));
            }
            for (int run = 0; run < runs; run++) {
                for (Project project : projects) {
                    project.validate().add(succeeded(project.dir(), "validate", offline));
                    Bench.deleteTree(project.dir().resolve("target"));
                    project.generate().add(succeeded(project.dir(), "generate-sources", offline));
                    project.again().add(succeeded(project.dir(), "generate-sources", offline));
                }
            }
            for (Project project : projects) {
                long validateMillis = Bench.median(project.validate().stream().map(Run::millis).toList());
                long generateMillis = Bench.median(project.generate().stream().map(Run::millis).toList());
                long againMillis = Bench.median(project.again().stream().map(Run::millis).toList());
                List<Long> own = project.again().stream().map(Run::upToDateMillis).filter(millis -> millis >= 0)
                        .toList();
                rows.add(String.format(Locale.ROOT,
                        "| %,7d | %-17s | %,8d | %,11d | %,11d | %,9d | %,9d | %9s | %,11d | %,11d | %s |", n,
                        project.tool().name(), project.inputBytes() / 1000, validateMillis, generateMillis,
                        generateMillis - validateMillis, againMillis - validateMillis,
                        own.isEmpty() ? "-" : String.format(Locale.ROOT, "%,d", Bench.median(own)),
                        megabytes(project.validate()), megabytes(project.generate()), compiles(project.dir(), offline)));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println();
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version") + ", load average " + load + " before and "
                + loadAverage() + " after, " + runs + " run(s) each, medians:");
        rows.forEach(System.out::println);
    }

    private static Run succeeded(Path project, String goal, boolean offline) throws IOException, InterruptedException {
        Run run = maven(project, goal, offline);
        if (run.exit() != 0) {
            throw new IllegalStateException("mvn " + goal + " failed in " + project + ", see its " + goal + ".log");
        }
        return run;
    }

    /**
     * {@code mvn -B [-o] <goal>} in {@code project} under GNU time, its output in {@code <goal>.log}: without
     * {@code -q}, which would hide this plugin's line, and for every tool alike.
     */
    private static Run maven(Path project, String goal, boolean offline) throws IOException, InterruptedException {
        Path peak = project.resolve(goal + ".rss");
        List<String> command = new ArrayList<>(List.of(TIME.toString(), "-f", "%M", "-o", peak.toString(), "mvn",
                "-B"));
        if (offline) {
            command.add("-o");
        }
        command.add(goal);
        Path log = project.resolve(goal + ".log");
        long start = System.nanoTime();
        int exit = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
        List<String> lines = Files.readAllLines(peak, StandardCharsets.UTF_8);
        Matcher upToDate = UP_TO_DATE.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return new Run(exit, millis, Long.parseLong(lines.get(lines.size() - 1).strip()),
                upToDate.find() ? Long.parseLong(upToDate.group(1)) : -1);
    }

    /** "yes", or "no: " and javac's first error (or else Maven's first error line), from an empty target. */
    private static String compiles(Path project, boolean offline) throws IOException, InterruptedException {
        Bench.deleteTree(project.resolve("target"));
        if (maven(project, "compile", offline).exit() == 0) {
            return "yes";
        }
        List<String> log = Files.readAllLines(project.resolve("compile.log"), StandardCharsets.UTF_8);
        for (String line : log) {
            Matcher error = JAVAC_ERROR.matcher(line);
            if (error.find()) {
                return "no: " + error.group(2) + " (" + error.group(1) + ")";
            }
        }
        return "no: " + log.stream().filter(line -> line.contains("[ERROR]")).findFirst().orElse("see " + project
                .resolve("compile.log"));
    }

    private static long megabytes(List<Run> runs) {
        return Bench.median(runs.stream().map(Run::peakKilobytes).toList()) / 1024;
    }

    /** The bytes of the files below {@code directory}: a tool's input, before its pom is there. */
    private static long size(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            long total = 0;
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
    }

    /** An OpenAPI document whose one schema is the string enum of the N codes, with names and descriptions. */
    private static void writeOpenApi(Path project, int n) throws IOException {
        StringBuilder values = new StringBuilder();
        StringBuilder names = new StringBuilder();
        StringBuilder descriptions = new StringBuilder();
        for (int i = 0; i < n; i++) {
            values.append("        - \"").append(i).append("\"\n");
            names.append("        - ").append(LargeCatalogs.name(i)).append('\n');
            descriptions.append("        - \"").append(LargeCatalogs.title("en", i)).append("\"\n");
        }
        Files.writeString(project.resolve("errors.yaml"), "openapi: 3.0.3\ninfo: {title: bench, version: \"1\"}\n"
                + "paths: {}\ncomponents:\n  schemas:\n    BenchError:\n      type: string\n      enum:\n" + values
                + "      x-enum-varnames:\n" + names + "      x-enum-descriptions:\n" + descriptions);
    }

    /** A proto3 enum of the N names numbered by their codes, each with its description as a comment. */
    private static void writeProto(Path project, int n) throws IOException {
        StringBuilder proto = new StringBuilder("syntax = \"proto3\";\npackage bench;\n"
                + "option java_package = \"com.example.bench\";\noption java_multiple_files = true;\n"
                + "enum BenchError {\n");
        for (int i = 0; i < n; i++) {
            proto.append("  // ").append(LargeCatalogs.title("en", i)).append("\n  ").append(LargeCatalogs.name(i))
                    .append(" = ").append(i).append(";\n");
        }
        Files.writeString(Files.createDirectories(project.resolve("src/main/proto")).resolve("errors.proto"),
                proto.append("}\n"));
    }

    /** A JSON schema of the string enum of the N codes, with names and descriptions ({@code javaEnums}). */
    private static void writeJsonSchema(Path project, int n) throws IOException {
        StringBuilder values = new StringBuilder();
        StringBuilder enums = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String separator = i == n - 1 ? "\n" : ",\n";
            values.append("    \"").append(i).append('"').append(separator);
            enums.append("    {\"name\": \"").append(LargeCatalogs.name(i)).append("\", \"description\": \"")
                    .append(LargeCatalogs.title("en", i)).append("\"}").append(separator);
        }
        Files.writeString(Files.createDirectories(project.resolve("src/main/jsonschema")).resolve("BenchError.json"),
                "{\n  \"type\": \"string\",\n  \"enum\": [\n" + values + "  ],\n  \"javaEnums\": [\n" + enums
                        + "  ]\n}\n");
    }
}
