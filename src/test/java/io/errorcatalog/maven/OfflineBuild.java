package io.errorcatalog.maven;

import java.io.File;

import org.apache.maven.api.plugin.testing.MojoExtension;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;

/** What a harness test's generate goal lacks of a Maven build: a resolver session, and an artifact to attach to. */
final class OfflineBuild {

    private OfflineBuild() {}

    /**
     * The goal with an offline resolver session over an empty local repository, where the default baseline (the
     * previous release) finds none, and without attaching the catalogs: the harness's project has no artifact.
     */
    static GenerateMojo of(GenerateMojo mojo) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "attachCatalogs", false);
        RepositorySystem system = (RepositorySystem) MojoExtension.getVariableValueFromObject(mojo, "repositorySystem");
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        session.setOffline(true);
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(new File("target/mojo-test/local-repository"))));
        MojoExtension.setVariableValueToObject(mojo, "repositorySession", session);
        return mojo;
    }
}
