package io.errorcatalog.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.GenerationResult;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.RuntimeTypes;
import io.errorcatalog.render.GeneratedMarker;

/** Runs the generator the way the Maven goal does, for tests. */
public final class Catalogs {

    /** The small catalogs whose output the golden files hold. */
    public static final Path GOLDEN_CATALOGS = Path.of("src/test/resources/golden/catalogs");

    /** A catalog of plurals, selects and plain numbers, whose output with the pseudo-locale en-XA golden files hold. */
    public static final Path GOLDEN_PLURAL_CATALOGS = Path.of("src/test/resources/golden-plurals/catalogs");

    private Catalogs() {}

    /** Generates {@code catalogDirectory} into {@code output}/java and {@code output}/resources. */
    public static GenerationResult generate(Path catalogDirectory, Path output)
            throws IOException, CatalogException, InvalidRequestException {
        return new Generator().generate(request(catalogDirectory, output, null));
    }

    /** As {@link #generate(Path, Path)}, with a pseudo-locale's bundles too. */
    public static GenerationResult generate(Path catalogDirectory, Path output, String pseudoLocale)
            throws IOException, CatalogException, InvalidRequestException {
        return new Generator().generate(request(catalogDirectory, output, null).withPseudoLocale(pseudoLocale));
    }

    /**
     * A request for the thin per-catalog layer only: it uses the runtime as this repository compiles it
     * (package {@code io.errorcatalog.runtime}, on the tests' class path), so tests call generated code
     * through the runtime's types.
     */
    public static GenerationRequest request(Path catalogDirectory, Path output, Path templateDirectory) {
        return new GenerationRequest(catalogDirectory, List.of("**/*.yaml", "**/*.yml"), List.of(),
                output.resolve("java"), output.resolve("resources"), "com.example", templateDirectory,
                output.resolve("state"), Set.of(), RuntimeTypes.SOURCE_PACKAGE, false, GeneratedMarker.JAVA_8);
    }

    /** A request that writes the runtime too, into {@code runtimePackage}, as a consumer's build does. */
    public static GenerationRequest requestWithRuntime(Path catalogDirectory, Path output, String runtimePackage) {
        return new GenerationRequest(catalogDirectory, List.of("**/*.yaml", "**/*.yml"), List.of(),
                output.resolve("java"), output.resolve("resources"), "com.example", null,
                output.resolve("state"), Set.of(), runtimePackage, true, GeneratedMarker.JAVA_8);
    }
}
