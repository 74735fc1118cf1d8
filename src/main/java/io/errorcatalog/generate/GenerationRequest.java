package io.errorcatalog.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.errorcatalog.render.Adapter;

/**
 * What to generate.
 *
 * @param catalogDirectory the directory catalog paths are relative to; diagnostics show them so
 * @param includes glob patterns of catalog files, relative to the directory ({@code **}{@code /*.yaml})
 * @param excludes glob patterns of files to leave out
 * @param sourceOutput where Java sources go
 * @param resourceOutput where message bundles go
 * @param defaultPackage the package of catalogs that name none; empty for the unnamed package
 * @param templateDirectory templates that replace built-in ones of the same name, or null
 * @param stateDirectory where a run records the files it wrote, so the next removes those it no longer writes
 * @param adapters the optional adapters to generate (Jackson, Spring)
 */
public record GenerationRequest(
        Path catalogDirectory,
        List<String> includes,
        List<String> excludes,
        Path sourceOutput,
        Path resourceOutput,
        String defaultPackage,
        Path templateDirectory,
        Path stateDirectory,
        Set<Adapter> adapters) {

    public GenerationRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        adapters = Set.copyOf(adapters);
        defaultPackage = defaultPackage == null ? "" : defaultPackage;
    }
}
