package io.errorcatalog.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.codehaus.plexus.build.BuildContext;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.GenerationResult;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.render.Adapter;
import io.errorcatalog.render.GeneratedMarker;

/**
 * Compiles the project's YAML error catalogs into Java enums, exceptions and message bundles, and adds
 * them to the build as a compile source root and a resource directory. In an IDE build (Eclipse's m2e,
 * through the {@link BuildContext}) it runs only when a catalog, a template or an output changed, and
 * has the IDE refresh only the files it wrote or removed, so that its own output never starts a build again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractBaselineMojo {

    /**
     * Where the generated Java sources go; added to the project's compile source roots.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/error-catalog")
    private File outputDirectory;

    /**
     * Where the generated message bundles go; added to the project's resources.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/error-catalog")
    private File resourceOutputDirectory;

    /**
     * A directory of Mustache templates; each replaces the built-in template of the same name
     * ({@code enum.java.mustache}, {@code exception.java.mustache}, {@code group-exception.java.mustache},
     * {@code messages.properties.mustache}, {@code jackson-module.java.mustache}, {@code spring-problems.java.mustache}).
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.templateDirectory")
    private File templateDirectory;

    /**
     * Also generates a Jackson module per catalog with a wire format: it writes the catalog's exceptions as
     * their bodies and reads parsed bodies. The project then needs jackson-databind.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.jacksonAdapter", defaultValue = "false")
    private boolean jacksonAdapter;

    /**
     * Also generates a Spring adapter per catalog with a wire format: {@code ProblemDetail} and
     * {@code ErrorResponseException} from an exception. The project then needs spring-web 6 and Java 17.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.springAdapter", defaultValue = "false")
    private boolean springAdapter;

    /**
     * The package of the runtime the generated code uses: its common types ({@code CatalogError},
     * {@code CatalogException}, {@code ErrorCatalog}...), its wire shapes, and the adapters. Each library
     * that ships generated code needs its own, so that two of them (made with other plugin versions) never
     * clash on one class path or in named modules; modules of one build share one. By default the
     * groupId's package, made a package name as the Java Language Specification advises ({@code com.my-company}
     * becomes {@code com.my_company}), then {@code .errorcatalog}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.runtimePackage")
    private String runtimePackage;

    /**
     * Writes the runtime into this module's sources. Set it to {@code false} in a module that depends on
     * another module of the build which provides the runtime (in the same {@code runtimePackage}).
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.generateRuntime", defaultValue = "true")
    private boolean generateRuntime;

    /**
     * The standard annotation that marks generated types for static analysers (such as Error Prone's
     * {@code -XepDisableWarningsInGeneratedCode}): {@code auto} picks {@code javax.annotation.Generated}
     * for a project compiled with {@code --release 8} ({@code maven.compiler.release} or the compiler
     * plugin's {@code release}), none for a named module (which reads {@code javax.annotation.processing}
     * only with {@code requires static java.compiler;}), and {@code javax.annotation.processing.Generated}
     * otherwise; {@code java8}, {@code java9} and {@code none} choose (a build that compiles with a Java 8
     * toolchain needs {@code java8}). The runtime's own {@code @Generated}, which coverage tools see, is
     * always there.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.generatedAnnotation", defaultValue = "auto")
    private String generatedAnnotation;

    /**
     * A pseudo-locale to generate besides each catalog's locales, such as {@code en-XA}: its bundle holds the
     * default locale's texts accented, about a third longer and in brackets ({@code [Ñöţ ƒöûñð one two]}),
     * placeholders, plurals and selects kept, so a UI shown in it reveals untranslated strings (they are not
     * accented) and texts cut off. The catalog lists it as its last locale. Empty for none; for development
     * builds, not releases.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.pseudoLocale")
    private String pseudoLocale;

    /**
     * Attaches the catalogs to the build as an artifact (type {@code zip}, classifier {@code error-catalog}):
     * the catalog files this goal reads and their history, each error's first release among it. Every
     * release then publishes the catalogs it was built from, and the {@code compat} goal of the next finds its
     * baseline there; each error's first release ({@code @since} in the Javadoc) follows from it.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.attachCatalogs", defaultValue = "true")
    private boolean attachCatalogs;

    @Component
    private MavenProjectHelper projectHelper;

    /**
     * What changed since the IDE's last build, and whom to tell of the files written. On the command line
     * every file counts as changed and a refresh does nothing.
     */
    @Component
    private BuildContext buildContext;

    /**
     * The build: its user properties ({@code -D} on the command line) override the pom's. Injected by Maven, so
     * it has no user property.
     *
     * @since 1.0.0
     */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        if (buildContext.isIncremental() && !inputsOrOutputsChanged()) {
            // An IDE's incremental build after an edit elsewhere: nothing generation reads or writes changed.
            addRoots();
            getLog().debug("Error catalogs: no catalog, template or output changed since the last build");
            return;
        }
        GenerationRequest request = new GenerationRequest(catalogDirectory.toPath(), includes,
                excludes(), outputDirectory.toPath(), resourceOutputDirectory.toPath(),
                defaultPackage, templateDirectory == null ? null : templateDirectory.toPath(), stateDirectory.toPath(),
                Adapter.switchedOn(jacksonAdapter, springAdapter), runtimePackage(), generateRuntime, marker())
                .withTranslations(translationPolicy()).withPseudoLocale(pseudoLocale)
                .withRelease(release(attachCatalogs ? catalogArchive().toPath() : null));
        GenerationResult result = run(() -> new Generator().generate(request));
        if (result.catalogs() == 0) {
            getLog().warn("No error catalogs found in " + catalogDirectory + " (includes " + includes + ")");
        }
        // Only what this run changed: refreshing an untouched file would make the IDE build again, and again.
        for (Path changed : result.written()) {
            buildContext.refresh(changed.toFile());
        }
        for (Path removed : result.deleted()) {
            buildContext.refresh(removed.toFile());
        }
        addRoots();
        if (attachCatalogs && result.catalogs() > 0) {
            projectHelper.attachArtifact(project, "zip", CLASSIFIER, catalogArchive());
        }
        getLog().info("Error catalogs: " + result.summary() + " -> " + outputDirectory + ", "
                + resourceOutputDirectory);
        logTranslations(result.translations());
    }

    /** Where the attached archive of the catalogs goes: beside the jar, named as the jar is. */
    private File catalogArchive() {
        return new File(project.getBuild().getDirectory(), project.getBuild().getFinalName() + "-" + CLASSIFIER + ".zip");
    }

    /**
     * Whether anything the run depends on changed in the IDE's view: a catalog, a template, or a generated
     * file (deleted or edited by hand). The project's configuration is not among them: m2e builds in full
     * when the pom changes. The files a run writes change the outputs once, and the next run, which finds
     * its fingerprint matched, writes nothing more.
     */
    private boolean inputsOrOutputsChanged() {
        return buildContext.hasDelta(catalogDirectory)
                || templateDirectory != null && buildContext.hasDelta(templateDirectory)
                || buildContext.hasDelta(outputDirectory) || buildContext.hasDelta(resourceOutputDirectory);
    }

    private GeneratedMarker marker() throws MojoFailureException {
        String word = generatedAnnotation == null ? "auto" : generatedAnnotation;
        if (word.equals("auto")) {
            // A named module reads javax.annotation.processing only with "requires static java.compiler".
            return isNamedModule() ? GeneratedMarker.NONE : GeneratedMarker.forRelease(compilerRelease());
        }
        return GeneratedMarker.named(word).orElseThrow(() -> new MojoFailureException("error-catalog:"
                + " generatedAnnotation '" + generatedAnnotation + "' is none of auto, java8, java9, none"));
    }

    private String runtimePackage() {
        return runtimePackage != null ? runtimePackage : JavaNames.packageNameOf(project.getGroupId()) + ".errorcatalog";
    }

    private boolean isNamedModule() {
        return project.getCompileSourceRoots().stream()
                .anyMatch(root -> new File(root, "module-info.java").isFile());
    }

    /**
     * The {@code --release} the project compiles with, as its pom or the command line says; null where neither
     * says. Only
     * {@code --release 8} hides Java 9's annotation: with {@code -source}/{@code -target 8} javac still
     * compiles against the JDK that runs Maven, which is 17 or later.
     */
    private String compilerRelease() {
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom configuration) {
            Xpp3Dom release = configuration.getChild("release");
            if (release != null && release.getValue() != null && !release.getValue().startsWith("${")) {
                return release.getValue();
            }
        }
        String commandLine = session.getUserProperties().getProperty("maven.compiler.release");
        return commandLine != null ? commandLine : project.getProperties().getProperty("maven.compiler.release");
    }

    private void addRoots() {
        String sources = outputDirectory.getAbsolutePath();
        if (!project.getCompileSourceRoots().contains(sources)) {
            project.addCompileSourceRoot(sources);
        }
        String resources = resourceOutputDirectory.getAbsolutePath();
        if (project.getResources().stream().noneMatch(resource -> resources.equals(resource.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(resources);
            project.addResource(resource);
        }
    }
}
