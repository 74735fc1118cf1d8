package io.errorcatalog.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.compat.CompatReport;
import io.errorcatalog.generate.BaselineSource;
import io.errorcatalog.generate.Generator;

/**
 * The compatibility gate: compares the project's catalogs with their baseline (by default the newest
 * release before the project's version) and fails the build on a change that breaks clients, unless the
 * catalog accepts it. Writes {@code compat-report.md} (for a pull-request comment) and
 * {@code compat-report.json}. It runs in {@code process-sources}, before the compiler: a removed error that
 * the project's own code still names would otherwise fail the build with javac's "cannot find symbol" before
 * the gate could say what the change breaks and how to keep it.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
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
        BaselineSource baseline = baseline();
        if (baseline == null) {
            getLog().info("Error catalogs: no baseline (no release before " + project.getVersion()
                    + ", or baselineVersion none): nothing to compare");
            return;
        }
        CompatReport report = run(() -> new Generator().compare(checkRequest(), baseline, project.getVersion(),
                compatRules == null ? List.of() : compatRules, keepTombstones));
        Path markdown;
        try {
            markdown = report.write(reportDirectory.toPath());
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
        if (!report.failing().isEmpty()) {
            // In the failure, as generate reports problems: Maven prints it at the end of the build.
            throw new MojoFailureException(report.failure(directory, catalogDirectory.toString()) + markdown);
        }
        getLog().info("Error catalogs against " + report.baseline() + ": " + report.summary() + " (" + markdown + ")");
    }
}
