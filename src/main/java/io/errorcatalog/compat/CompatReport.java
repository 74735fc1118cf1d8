package io.errorcatalog.compat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import io.errorcatalog.model.Acceptance;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.render.Escapes;
import io.errorcatalog.write.OutputWriter;

/**
 * What the gate found: each change with its level and, where the catalog accepts it, the acceptance; as
 * build log lines, as Markdown for a pull-request comment and as JSON for tools.
 *
 * @param baseline how the baseline is named ({@code 1.0})
 * @param current how the current catalogs are named ({@code 1.1-SNAPSHOT})
 * @param outcomes every change reported, failing ones first, then warnings, accepted ones, notes
 * @param baselineProblems what this plugin version finds wrong with the baseline, which was compared anyway
 */
public record CompatReport(String baseline, String current, List<Outcome> outcomes, List<String> baselineProblems) {

    /**
     * A change with the level it is reported at.
     *
     * @param acceptance the catalog's entry that accepts it, or null
     */
    public record Outcome(Finding finding, Level level, Acceptance acceptance) {

        /** Whether it fails the build: breaking, and not accepted. */
        public boolean fails() {
            return level == Level.BREAKING && acceptance == null;
        }

        /** How the report groups it: {@code breaking}, {@code warning}, {@code accepted} or {@code note}. */
        public String kind() {
            return acceptance != null ? "accepted" : level.keyword();
        }

        private int rank() {
            return fails() ? 0 : level == Level.WARNING && acceptance == null ? 1 : acceptance != null ? 2 : 3;
        }

        /** {@code shop.yaml:9:3: [code-removed] ...}, the file resolved against {@code directory}. */
        public String toString(Path directory) {
            SourceLocation at = finding.location();
            return Diagnostic.oneLine(directory.resolve(at.file()) + ":" + at.line() + ":" + at.column() + ": " + line());
        }

        @Override
        public String toString() {
            return Diagnostic.oneLine(finding.location() + ": " + line());
        }

        private String line() {
            return "[" + finding.rule().id() + "] " + finding.message()
                    + (acceptance == null ? "" : " (accepted: " + acceptance.reason() + ")");
        }
    }

    public CompatReport {
        outcomes = List.copyOf(outcomes.stream().sorted(Comparator.comparingInt(Outcome::rank)
                .thenComparing(outcome -> outcome.finding().location().file())
                .thenComparingInt(outcome -> outcome.finding().location().line())
                .thenComparingInt(outcome -> outcome.finding().location().column())).toList());
        baselineProblems = List.copyOf(baselineProblems);
    }

    /**
     * Writes {@code compat-report.md} and {@code compat-report.json} into {@code directory}, each atomically.
     *
     * @return the Markdown report's path, for the log to name
     */
    public Path write(Path directory) throws IOException {
        Path markdown = directory.resolve("compat-report.md");
        OutputWriter.writeAtomically(markdown, markdown().getBytes(StandardCharsets.UTF_8));
        OutputWriter.writeAtomically(directory.resolve("compat-report.json"), json().getBytes(StandardCharsets.UTF_8));
        return markdown;
    }

    /**
     * What a failed gate says: the failing changes, each at its place, and what to do; the report's path
     * follows.
     *
     * @param directory what the catalogs' paths are resolved against
     * @param scope how the catalogs are named, such as their directory
     */
    public String failure(Path directory, String scope) {
        return failing().size() + " breaking change(s) in the error catalogs under " + scope + " against " + baseline
                + ":\n" + String.join("\n", failing().stream().map(outcome -> outcome.toString(directory)).toList())
                + "\nKeep what clients rely on, or accept a change in the catalog (accept: {rule-id: reason});"
                + " the report: ";
    }

    /** The changes that fail the build. */
    public List<Outcome> failing() {
        return outcomes.stream().filter(Outcome::fails).toList();
    }

    private long count(String kind) {
        return outcomes.stream().filter(outcome -> outcome.kind().equals(kind)).count();
    }

    /** {@code 1 breaking, 0 warning(s), 2 note(s), 1 accepted}. */
    public String summary() {
        return count("breaking") + " breaking, " + count("warning") + " warning(s), " + count("note") + " note(s), "
                + count("accepted") + " accepted";
    }

    /** The report as a pull-request comment: a summary line and a table of the changes. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("### Error catalogs: ").append(Escapes.markdown(current)).append(" against ")
                .append(Escapes.markdown(baseline)).append("\n\n");
        out.append(failing().isEmpty() ? "No breaking change" : "**" + failing().size() + " breaking change(s)**")
                .append(": ").append(summary()).append(".\n");
        if (!outcomes.isEmpty()) {
            out.append("\n| | rule | where | change |\n|---|---|---|---|\n");
            for (Outcome outcome : outcomes) {
                out.append("| ").append(outcome.fails() ? "**breaking**" : outcome.kind()).append(" | `")
                        .append(outcome.finding().rule().id()).append("` | ")
                        .append(Escapes.markdownCellCode(outcome.finding().location().toString())).append(" | ")
                        .append(Escapes.markdown(outcome.finding().message()))
                        .append(outcome.acceptance() == null ? ""
                                : "<br>Accepted: " + Escapes.markdown(outcome.acceptance().reason()))
                        .append(" |\n");
            }
        }
        if (!baselineProblems.isEmpty()) {
            out.append("\nThis plugin version finds ").append(baselineProblems.size()).append(" problem(s) in ")
                    .append(Escapes.markdown(baseline)).append(", which was compared all the same:\n\n");
            baselineProblems.forEach(problem -> out.append("- ").append(Escapes.markdown(problem)).append('\n'));
        }
        return out.toString();
    }

    /** The report as JSON: the summary and every change with its place, values and acceptance. */
    public String json() {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(text).setPrettyPrinter(printer)) {
            json.writeStartObject();
            json.writeStringField("baseline", baseline);
            json.writeStringField("current", current);
            json.writeBooleanField("passes", failing().isEmpty());
            json.writeObjectFieldStart("summary");
            for (String kind : List.of("breaking", "warning", "note", "accepted")) {
                json.writeNumberField(kind, count(kind));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("changes");
            for (Outcome outcome : outcomes) {
                Finding finding = outcome.finding();
                json.writeStartObject();
                json.writeStringField("rule", finding.rule().id());
                json.writeStringField("level", outcome.level().keyword());
                json.writeBooleanField("fails", outcome.fails());
                json.writeStringField("file", finding.location().file());
                json.writeNumberField("line", finding.location().line());
                json.writeNumberField("column", finding.location().column());
                json.writeStringField("subject", finding.subject());
                json.writeStringField("message", finding.message());
                json.writeStringField("before", finding.before());
                json.writeStringField("now", finding.now());
                json.writeStringField("accepted", outcome.acceptance() == null ? null : outcome.acceptance().reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("baselineProblems");
            for (String problem : baselineProblems) {
                json.writeString(problem);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return text + "\n";
    }
}
