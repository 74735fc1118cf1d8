/**
 * The command line, for builds that are not Maven ({@code java -jar error-catalog-maven-plugin-<version>-cli.jar}):
 * one picocli subcommand per goal, with the goal's parameters as options of the same names in kebab case,
 * handing the same request to the same {@link io.errorcatalog.generate.Generator}. It imports no Maven API.
 *
 * <p>A subcommand is a class that extends {@link io.errorcatalog.cli.CatalogCommand} (which holds the options
 * every goal that reads catalogs shares, and turns the engine's exceptions into diagnostics and exit codes),
 * listed in {@link io.errorcatalog.cli.Cli}'s {@code subcommands}. {@code CliOptionsTest} holds every goal of
 * the plugin to a subcommand with its options, so a new goal cannot be left out of the command line.
 */
package io.errorcatalog.cli;
