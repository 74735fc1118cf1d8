package io.errorcatalog.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.compat.CompatReport;
import io.errorcatalog.compat.CompatRule;
import io.errorcatalog.compat.CompatRules;
import io.errorcatalog.compat.Level;
import io.errorcatalog.generate.BaselineSource;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.write.OutputWriter;

/**
 * The compatibility gate: compares the project's catalogs with their baseline (by default the newest
 * release before the project's version) and fails the build on a change that breaks clients, unless the
 * catalog accepts it. Writes {@code compat-report.md} (for a pull-request comment) and
 * {@code compat-report.json}.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractBaselineMojo {

    /**
     * Levels that replace rules' defaults, each {@code rule=level} with a level of {@code breaking},
     * {@code warning}, {@code note} or {@code off}: {@code status-changed=warning,wording-changed=off}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.compatRules")
    private List<String> compatRules;

    /**
     * How many releases must have shipped a tombstone before the catalog may drop it; its code stays taken
     * after that, as the history of releases records.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.keepTombstones", defaultValue = "2")
    private int keepTombstones;

    /**
     * Where {@code compat-report.md} and {@code compat-report.json} are written.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.reportDirectory", defaultValue = "${project.build.directory}/error-catalog")
    private File reportDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Map<CompatRule, Level> levels;
        try {
            levels = CompatRules.levels(compatRules == null ? List.of() : compatRules);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("error-catalog: " + e.getMessage(), e);
        }
        if (keepTombstones < 1) {
            throw new MojoFailureException("error-catalog: keepTombstones is " + keepTombstones
                    + "; a tombstone ships in at least the release that removes its error, so write 1 or more");
        }
        BaselineSource baseline = baseline();
        if (baseline == null) {
            getLog().info("Error catalogs: no baseline (no release before " + project.getVersion()
                    + ", or baselineVersion none): nothing to compare");
            return;
        }
        CompatReport report = run(() -> new Generator().compare(checkRequest(), baseline, project.getVersion(), levels,
                keepTombstones));
        Path markdown = reportDirectory.toPath().resolve("compat-report.md");
        try {
            OutputWriter.writeAtomically(markdown, report.markdown().getBytes(StandardCharsets.UTF_8));
            OutputWriter.writeAtomically(reportDirectory.toPath().resolve("compat-report.json"),
                    report.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("error-catalog: the report cannot be written to " + reportDirectory, e);
        }
        Path directory = catalogDirectory.toPath();
        for (CompatReport.Outcome outcome : report.outcomes()) {
            if (outcome.fails()) {
                getLog().error(outcome.toString(directory));
            } else if (outcome.kind().equals("warning")) {
                getLog().warn(outcome.toString(directory));
            } else {
                getLog().info(outcome.toString(directory));
            }
        }
        report.baselineProblems().forEach(problem -> getLog().warn("error-catalog: " + baseline.location()
                + ", compared all the same: " + problem));
        String summary = "Error catalogs against " + report.baseline() + ": " + report.summary() + " (" + markdown + ")";
        if (!report.failing().isEmpty()) {
            // In the failure, as generate reports problems: Maven prints it at the end of the build.
            throw new MojoFailureException(report.failing().size() + " breaking change(s) in the error catalogs under "
                    + catalogDirectory + " against " + report.baseline() + ":\n" + report.failing().stream()
                            .map(outcome -> outcome.toString(directory)).collect(Collectors.joining("\n"))
                    + "\nKeep what clients rely on, or accept a change in the catalog (accept: {rule-id: reason});"
                    + " the report: " + markdown);
        }
        getLog().info(summary);
    }
}
