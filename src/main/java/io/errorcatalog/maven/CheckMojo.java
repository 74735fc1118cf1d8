package io.errorcatalog.maven;

import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;

/**
 * Loads and checks the project's catalogs without generating anything: fast, for the CI of a catalog
 * repository and for pre-commit hooks. It fails as {@code generate} would, with every problem at its place.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractCatalogMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping error catalogs (error-catalog.skip)");
            return;
        }
        long start = System.nanoTime();
        CatalogSet set = check(this);
        int errors = set.catalogs().stream().mapToInt(catalog -> catalog.errors().size()).sum();
        getLog().info("Error catalogs: " + set.catalogs().size() + " catalog(s), " + errors + " error(s): no"
                + " problems, in " + (System.nanoTime() - start) / 1_000_000 + " ms (" + catalogDirectory + ")");
    }

    /** The project's catalogs, checked; the build fails where one has a problem. */
    static CatalogSet check(AbstractCatalogMojo mojo) throws MojoExecutionException, MojoFailureException {
        try {
            return new Generator().check(mojo.checkRequest());
        } catch (CatalogException e) {
            throw mojo.failure(e);
        } catch (InvalidRequestException e) {
            throw new MojoFailureException("error-catalog: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("error-catalog failed: " + e.getMessage(), e);
        }
    }
}
