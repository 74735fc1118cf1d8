package io.errorcatalog.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.errorcatalog.model.TranslationPolicy;
import io.errorcatalog.render.Adapter;
import io.errorcatalog.render.GeneratedMarker;

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
 * @param adapters the optional adapters to generate beside the runtime (Jackson, Spring)
 * @param runtimePackage the package of the runtime the generated code uses
 * @param generateRuntime whether this run writes the runtime, or reuses one another module provides
 * @param marker the standard generated-code annotation for the Java release the consumer compiles for
 * @param translations which translation gaps fail the run, besides those each catalog's own policy names
 * @param pseudoLocale a BCP 47 tag ({@code en-XA}) whose bundle is made from each catalog's default locale,
 *     pseudo-localised; null for none
 * @param release the baseline and the archive of a build that may be released, or null: then errors get no
 *     {@code since} and no archive is written
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
        Set<Adapter> adapters,
        String runtimePackage,
        boolean generateRuntime,
        GeneratedMarker marker,
        TranslationPolicy translations,
        String pseudoLocale,
        ReleaseRequest release) {

    public GenerationRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        adapters = Set.copyOf(adapters);
        defaultPackage = defaultPackage == null ? "" : defaultPackage;
        runtimePackage = runtimePackage == null ? "" : runtimePackage;
        marker = marker == null ? GeneratedMarker.JAVA_9 : marker;
        translations = translations == null ? TranslationPolicy.LENIENT : translations;
        pseudoLocale = pseudoLocale == null || pseudoLocale.isBlank() ? null : pseudoLocale.strip();
    }

    /** A request that lets translation gaps pass, as a development build does, and has no pseudo-locale. */
    public GenerationRequest(Path catalogDirectory, List<String> includes, List<String> excludes, Path sourceOutput,
            Path resourceOutput, String defaultPackage, Path templateDirectory, Path stateDirectory,
            Set<Adapter> adapters, String runtimePackage, boolean generateRuntime, GeneratedMarker marker) {
        this(catalogDirectory, includes, excludes, sourceOutput, resourceOutput, defaultPackage, templateDirectory,
                stateDirectory, adapters, runtimePackage, generateRuntime, marker, TranslationPolicy.LENIENT, null, null);
    }

    /** This request, failing on the translation gaps {@code policy} names. */
    public GenerationRequest withTranslations(TranslationPolicy policy) {
        return new GenerationRequest(catalogDirectory, includes, excludes, sourceOutput, resourceOutput, defaultPackage,
                templateDirectory, stateDirectory, adapters, runtimePackage, generateRuntime, marker, policy,
                pseudoLocale, release);
    }

    /** This request, with the bundles of a pseudo-locale too ({@code en-XA}; null for none). */
    public GenerationRequest withPseudoLocale(String tag) {
        return new GenerationRequest(catalogDirectory, includes, excludes, sourceOutput, resourceOutput, defaultPackage,
                templateDirectory, stateDirectory, adapters, runtimePackage, generateRuntime, marker, translations, tag,
                release);
    }

    /** This request for a build that may be released: with its baseline, and the archive it publishes. */
    public GenerationRequest withRelease(ReleaseRequest release) {
        return new GenerationRequest(catalogDirectory, includes, excludes, sourceOutput, resourceOutput, defaultPackage,
                templateDirectory, stateDirectory, adapters, runtimePackage, generateRuntime, marker, translations,
                pseudoLocale, release);
    }

    /**
     * A request to check catalogs only ({@link Generator#check}): outputs, templates and the runtime play no
     * part in it, so it names none.
     */
    public static GenerationRequest forCheck(Path catalogDirectory, List<String> includes, List<String> excludes,
            String defaultPackage, Path stateDirectory) {
        return new GenerationRequest(catalogDirectory, includes, excludes, Path.of("unused"), Path.of("unused"),
                defaultPackage, null, stateDirectory, Set.of(), "unused", false, GeneratedMarker.NONE);
    }
}
