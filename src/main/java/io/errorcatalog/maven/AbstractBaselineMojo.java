package io.errorcatalog.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

import io.errorcatalog.generate.BaselineSource;
import io.errorcatalog.generate.ReleaseRequest;

/**
 * What the goals that know the last release share: which release is the baseline, and how Maven's resolver
 * finds its {@code error-catalog} artifact (the zip of the catalogs that {@code generate} attaches to every
 * build, so that every release publishes it).
 */
abstract class AbstractBaselineMojo extends AbstractCatalogMojo {

    /** The classifier of the artifact that holds a release's catalogs; its type is {@code zip}. */
    static final String CLASSIFIER = "error-catalog";
    private static final String PREVIOUS = "previous";
    private static final String NONE = "none";

    /**
     * The release whose catalogs are the baseline: {@code previous} (the newest release of this project
     * before its version, found through the project's repositories; none for a first release), {@code none},
     * or a version such as {@code 1.0}. With {@code baselineDirectory}, the version that directory holds
     * (then {@code previous} and {@code none} mean an unknown one).
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.baselineVersion", defaultValue = PREVIOUS)
    protected String baselineVersion;

    /**
     * A directory of catalogs to take for the baseline instead of a released artifact, such as a checkout of
     * the last release's catalog directory, or an unpacked {@code error-catalog} artifact.
     *
     * @since 1.0.0
     */
    @Parameter(property = "error-catalog.baselineDirectory")
    protected File baselineDirectory;

    /**
     * The project being built. Injected by Maven, so it has no user property.
     *
     * @since 1.0.0
     */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * The resolver's session, through which the baseline is found in the project's repositories. Injected by
     * Maven.
     *
     * @since 1.0.0
     */
    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Component
    private RepositorySystem repositorySystem;

    /**
     * The version this build releases: the project's, without {@code -SNAPSHOT}; null where the user named no
     * baseline ({@code none}), so that no error is taken for new in it.
     */
    protected String releaseVersion() {
        boolean none = baselineDirectory == null && baselineVersion != null && baselineVersion.strip().equals(NONE);
        return none ? null : project.getVersion().replaceFirst("-SNAPSHOT$", "");
    }

    /**
     * This build as a release: its baseline and the version it releases, from which each error's first release
     * ({@code since}) follows.
     *
     * @param archive where to write the catalogs as the release publishes them, or null for nowhere
     */
    protected ReleaseRequest release(Path archive) throws MojoExecutionException, MojoFailureException {
        return new ReleaseRequest(baseline(), releaseVersion(), archive);
    }

    /**
     * The baseline, or null where there is none: {@code none}, or no release before this version, or a
     * previous release made before its catalogs were published (which the log says).
     */
    protected BaselineSource baseline() throws MojoExecutionException, MojoFailureException {
        String version = baselineVersion == null ? PREVIOUS : baselineVersion.strip();
        if (baselineDirectory != null) {
            if (!baselineDirectory.isDirectory()) {
                throw new MojoFailureException("error-catalog: the baselineDirectory " + baselineDirectory
                        + " is no directory");
            }
            return BaselineSource.named(baselineDirectory.toPath(), version);
        }
        if (version.equals(NONE)) {
            return null;
        }
        boolean previous = version.equals(PREVIOUS);
        if (previous) {
            version = previousRelease();
            if (version == null) {
                return null;
            }
        }
        Artifact artifact = new DefaultArtifact(project.getGroupId(), project.getArtifactId(), CLASSIFIER, "zip",
                version);
        try {
            return new BaselineSource(repositorySystem.resolveArtifact(repositorySession,
                    new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null)).getArtifact().getFile().toPath(), version);
        } catch (ArtifactResolutionException e) {
            if (previous) {
                getLog().warn("error-catalog: the previous release " + version + " has no " + CLASSIFIER + " artifact"
                        + " (it was released before this plugin published its catalogs), so there is no baseline");
                return null;
            }
            throw new MojoFailureException("error-catalog: the baseline " + artifact + " cannot be resolved; name a"
                    + " release made with this plugin's generate goal as baselineVersion, or set baselineDirectory: "
                    + e.getMessage(), e);
        }
    }

    /** The newest release (no snapshot) of this project before its version, or null. */
    private String previousRelease() throws MojoExecutionException {
        Artifact range = new DefaultArtifact(project.getGroupId(), project.getArtifactId(), CLASSIFIER, "zip",
                "(," + project.getVersion() + ")");
        try {
            List<Version> versions = repositorySystem.resolveVersionRange(repositorySession,
                    new VersionRangeRequest(range, project.getRemoteProjectRepositories(), null)).getVersions();
            for (int i = versions.size() - 1; i >= 0; i--) {
                if (!versions.get(i).toString().endsWith("SNAPSHOT")) {
                    return versions.get(i).toString();
                }
            }
            return null;
        } catch (VersionRangeResolutionException e) {
            throw new MojoExecutionException("error-catalog: the releases of " + project.getGroupId() + ":"
                    + project.getArtifactId() + " cannot be listed: " + e.getMessage(), e);
        }
    }
}
