package io.errorcatalog.cli;

import java.io.IOException;
import java.nio.file.Path;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.GenerationResult;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.render.Adapter;
import io.errorcatalog.render.GeneratedMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code generate} goal: the catalogs compiled into Java sources and message bundles. */
@Command(name = "generate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Compiles the catalogs into Java sources and message bundles. A run whose inputs are those"
                + " of the last one, its outputs untouched, reads and writes nothing; an unchanged file is never"
                + " rewritten.")
final class GenerateCommand extends CatalogCommand {

    @Option(names = "--output-directory", paramLabel = "<dir>", defaultValue = "target/generated-sources/error-catalog",
            description = "Where the generated Java sources go.")
    private Path outputDirectory;

    @Option(names = "--resource-output-directory", paramLabel = "<dir>",
            defaultValue = "target/generated-resources/error-catalog",
            description = "Where the generated message bundles go.")
    private Path resourceOutputDirectory;

    @Option(names = "--template-directory", paramLabel = "<dir>",
            description = "Mustache templates that replace the built-in ones of the same name.")
    private Path templateDirectory;

    @Option(names = "--runtime-package", paramLabel = "<package>", required = true,
            description = "The package the runtime is written into and the generated code imports; each library"
                    + " that ships generated code needs its own (com.example.errorcatalog).")
    private String runtimePackage;

    @Option(names = "--generate-runtime", paramLabel = "<true|false>", arity = "0..1", fallbackValue = "true",
            defaultValue = "true", description = "Writes the runtime; false where another library provides it.")
    private boolean generateRuntime;

    @Option(names = "--generated-annotation", paramLabel = "<java9|java8|none>", defaultValue = "java9",
            converter = MarkerWord.class,
            description = "The standard @Generated for static analysers: java9 (javax.annotation.processing),"
                    + " java8 (javax.annotation, for --release 8) or none (a named module without"
                    + " requires static java.compiler).")
    private GeneratedMarker generatedAnnotation;

    @Option(names = "--jackson-adapter", paramLabel = "<true|false>", arity = "0..1", fallbackValue = "true",
            defaultValue = "false", description = "Also writes CatalogJacksonModule; the code then needs jackson-databind.")
    private boolean jacksonAdapter;

    @Option(names = "--spring-adapter", paramLabel = "<true|false>", arity = "0..1", fallbackValue = "true",
            defaultValue = "false", description = "Also writes CatalogSpringProblems; the code then needs spring-web 6.")
    private boolean springAdapter;

    @Option(names = "--pseudo-locale", paramLabel = "<tag>",
            description = "Also writes a pseudo-locale's bundles (en-XA): the default locale's texts accented,"
                    + " a third longer and bracketed.")
    private String pseudoLocale;

    /** Whose history gives each error that was in it its first release ({@code @since}). */
    @Mixin
    private BaselineOptions baseline;

    @Override
    int run() throws CatalogException, InvalidRequestException, IOException {
        GenerationRequest request = new GenerationRequest(catalogDirectory, includes, excludes(), outputDirectory,
                resourceOutputDirectory, defaultPackage, templateDirectory, stateDirectory,
                Adapter.switchedOn(jacksonAdapter, springAdapter), runtimePackage, generateRuntime, generatedAnnotation)
                .withTranslations(translationPolicy()).withPseudoLocale(pseudoLocale);
        GenerationResult result = new Generator().generate(baseline.release(request));
        if (result.catalogs() == 0) {
            err().println("warning: no error catalogs found in " + catalogDirectory + " (includes " + includes + ")");
        }
        out().println("Error catalogs: " + result.summary() + " -> " + outputDirectory + ", " + resourceOutputDirectory);
        printTranslations(result.translations());
        return Cli.OK;
    }

    /**
     * A marker by the word the goal's parameter takes. The goal's {@code auto} reads the Maven project (its
     * release, a {@code module-info.java}), which a command line does not have.
     */
    static final class MarkerWord implements ITypeConverter<GeneratedMarker> {
        @Override
        public GeneratedMarker convert(String word) {
            return GeneratedMarker.named(word).orElseThrow(() -> new TypeConversionException("'" + word
                    + "' is none of java9, java8, none" + (word.equals("auto")
                            ? " (auto looks at a Maven project, which a command line does not have)" : "")));
        }
    }
}
