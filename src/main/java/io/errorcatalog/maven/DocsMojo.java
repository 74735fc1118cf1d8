package io.errorcatalog.maven;

import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import io.errorcatalog.generate.Docs;
import io.errorcatalog.generate.DocsRequest;
import io.errorcatalog.generate.DocsResult;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.ReleaseRequest;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.render.DocsFormat;

/**
 * Writes the error reference of the project's catalogs: per catalog and locale an HTML page and a Markdown one,
 * the whole catalog as JSON, and OpenAPI 3.1 components. Listed under {@code <reporting>}, it is also a site
 * report (Project Reports), whose page links each catalog's reference.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DocsMojo extends AbstractBaselineMojo implements MavenReport {

    /** The directory of the site report's references, in the site. */
    static final String SITE_DIRECTORY = "error-catalog";

    /**
     * Where the references go: a directory per catalog id ({@code <id>/<locale>.html}, {@code <id>/<locale>.md},
     * {@code <id>/catalog.json}, {@code <id>/openapi.json}) and {@code index.html}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.docsDirectory", defaultValue = "${project.build.directory}/error-catalog-docs")
    private File docsDirectory;

    /**
     * Which references to write: any of {@code html}, {@code markdown}, {@code json}, {@code openapi}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.docsFormats", defaultValue = "html,markdown,json,openapi")
    private List<String> docsFormats;

    /**
     * The version the references document: shown on the pages, and the OpenAPI components' {@code info.version}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.docsVersion", defaultValue = "${project.version}")
    private String docsVersion;

    /**
     * A directory of Mustache templates; each replaces the built-in template of the same name
     * ({@code reference.html.mustache}, {@code reference-text.html.mustache}, {@code reference.md.mustache},
     * {@code docs-index.html.mustache}), as for {@code generate}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.templateDirectory")
    private File templateDirectory;

    /**
     * Where the site is written, when the goal runs as a site report: its references go to
     * {@code error-catalog/} there. Set by the site plugin, so it has no user property.
     *
     * @since 1.0.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping error catalogs (error-catalog.skip)");
            return;
        }
        DocsResult result = write(docsDirectory);
        getLog().info("Error reference: " + result.summary() + " -> " + docsDirectory);
        if (formats().contains(DocsFormat.HTML)) {
            getLog().info("  open " + Docs.index(docsDirectory.toPath()).toAbsolutePath());
        }
    }

    /** The catalogs, checked, and their references written under {@code directory}. */
    private DocsResult write(File directory) throws MojoExecutionException, MojoFailureException {
        CatalogSet set = CheckMojo.check(this);
        DocsRequest request = request(directory, set);
        return run(() -> Docs.write(set, request));
    }

    /**
     * What to write of {@code set}: with each error's first release, found from the baseline as {@code generate}
     * finds it for the Javadoc's {@code @since}, so that the reference and the Javadoc agree.
     */
    private DocsRequest request(File directory, CatalogSet set) throws MojoExecutionException, MojoFailureException {
        ReleaseRequest release = release(null);
        ReleaseHistory history = run(() -> new Generator().history(checkRequest().withRelease(release), set));
        return new DocsRequest(directory.toPath(), stateDirectory.toPath(), formats(),
                templateDirectory == null ? null : templateDirectory.toPath(), docsVersion, history);
    }

    private Set<DocsFormat> formats() throws MojoFailureException {
        Set<DocsFormat> formats = EnumSet.noneOf(DocsFormat.class);
        try {
            for (String format : docsFormats) {
                formats.add(DocsFormat.of(format));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("error-catalog: docsFormats: " + e.getMessage(), e);
        }
        return formats;
    }

    /** As a site report: the references in the site, and a page that lists them. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        CatalogSet set;
        Set<DocsFormat> formats;
        try {
            formats = formats();
            set = CheckMojo.check(this);
            DocsRequest request = request(new File(reportOutputDirectory, SITE_DIRECTORY), set);
            run(() -> Docs.write(set, request));
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(getName(locale));
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(getDescription(locale));
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (String heading : List.of("Catalog", "Errors", "References")) {
            sink.tableHeaderCell();
            sink.text(heading);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (Catalog catalog : set.catalogs()) {
            sink.tableRow();
            sink.tableCell();
            sink.text(catalog.title() + " (" + catalog.id().value() + ")");
            sink.tableCell_();
            sink.tableCell();
            sink.text(Integer.toString(set.resolve(catalog).errors().size()));
            sink.tableCell_();
            sink.tableCell();
            references(sink, catalog, formats);
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    /** Links to each file of a catalog's references: its pages by locale, its exports. */
    private static void references(Sink sink, Catalog catalog, Set<DocsFormat> formats) {
        boolean first = true;
        for (DocsFormat format : formats) {
            for (String locale : format.fileLocales(catalog.localeTags())) {
                if (!first) {
                    sink.text(" \u00b7 ");
                }
                first = false;
                sink.link(SITE_DIRECTORY + "/" + format.path(catalog.id().value(), locale));
                sink.text(format.title(locale));
                sink.link_();
            }
        }
    }

    @Override
    public String getOutputName() {
        return SITE_DIRECTORY;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Error catalog";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The reference of the project's error catalogs: every code with its HTTP status, title, severity,"
                + " retry advice, message, causes, solutions and example body, in each locale; and the catalogs as"
                + " JSON and as OpenAPI components.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && catalogDirectory != null && catalogDirectory.isDirectory();
    }
}
