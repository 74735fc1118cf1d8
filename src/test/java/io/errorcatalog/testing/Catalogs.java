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

/** Runs the generator the way the Maven goal does, for tests. */
public final class Catalogs {

    /** The small catalogs whose output the golden files hold. */
    public static final Path GOLDEN_CATALOGS = Path.of("src/test/resources/golden/catalogs");

    private Catalogs() {}

    /** Generates {@code catalogDirectory} into {@code output}/java and {@code output}/resources. */
    public static GenerationResult generate(Path catalogDirectory, Path output)
            throws IOException, CatalogException, InvalidRequestException {
        return new Generator().generate(request(catalogDirectory, output, null));
    }

    public static GenerationRequest request(Path catalogDirectory, Path output, Path templateDirectory) {
        return new GenerationRequest(catalogDirectory, List.of("**/*.yaml", "**/*.yml"), List.of(),
                output.resolve("java"), output.resolve("resources"), "com.example", templateDirectory,
                output.resolve("state"), Set.of());
    }
}
