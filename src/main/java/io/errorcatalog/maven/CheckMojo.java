package io.errorcatalog.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.errorcatalog.generate.Generator;
import io.errorcatalog.model.CatalogSet;

/**
 * Loads and checks the project's catalogs without generating anything: fast, for the CI of a catalog
 * repository and for pre-commit hooks. It fails as {@code generate} would, with every problem at its place.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractCatalogMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        long start = System.nanoTime();
        CatalogSet set = check(this);
        getLog().info("Error catalogs: " + Generator.checkSummary(set, (System.nanoTime() - start) / 1_000_000)
                + " (" + catalogDirectory + ")");
        logTranslations(Generator.translationSummary(set));
    }

    /** The project's catalogs, checked; the build fails where one has a problem. */
    static CatalogSet check(AbstractCatalogMojo mojo) throws MojoExecutionException, MojoFailureException {
        return mojo.run(() -> new Generator().check(mojo.checkRequest()));
    }
}
