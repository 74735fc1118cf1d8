package io.errorcatalog.generate;

import java.nio.file.Path;
import java.util.Set;

import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.render.DocsFormat;

/**
 * What error references to write, of catalogs already loaded and checked.
 *
 * @param outputDirectory where the references go: a directory per catalog, and the index
 * @param stateDirectory where a run records the files it wrote, so the next removes those it no longer writes
 * @param formats the kinds of reference to write
 * @param templateDirectory templates that replace built-in ones of the same name, or null
 * @param version the version the references document (the OpenAPI components' {@code info.version}), or null
 * @param history what the releases before tell, each error's first release ({@code since}) among it, as
 *     {@link Generator#history} gives it; {@link ReleaseHistory#NONE} where nothing is known, and then the
 *     references show no first release
 */
public record DocsRequest(Path outputDirectory, Path stateDirectory, Set<DocsFormat> formats, Path templateDirectory,
        String version, ReleaseHistory history) {

    public DocsRequest {
        formats = Set.copyOf(formats);
    }
}
