package io.errorcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.errorcatalog.testing.PluginDescriptor;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line offers what the goals offer: a subcommand per goal, whose options are the goal's parameters
 * in kebab case ({@code catalogDirectory}, {@code --catalog-directory}) with the goal's defaults, the build
 * directory being {@code target} and the project's directory the working directory.
 */
class CliOptionsTest {

    /**
     * Parameters a command line has no use for: it is not run where it should not run, and has no project (to
     * attach the catalogs to), no resolver (to find a released baseline with) and no session (whose user
     * properties may set the compiler's release).
     */
    private static final Set<String> MAVEN_ONLY = Set.of("skip", "project", "reportOutputDirectory", "attachCatalogs",
            "repositorySession", "session");
    /** Parameters the command line takes as its positional arguments: {@code explain 403010}. */
    private static final Set<String> POSITIONAL = Set.of("code");
    /** Defaults the command line cannot share, since the goal's read the Maven project. */
    private static final Map<String, String> OWN_DEFAULTS = Map.of(
            // The groupId's package: a command line has no group id, so the option is required.
            "runtimePackage", "(required)",
            // auto reads the project's release and module-info.java.
            "generatedAnnotation", "java9",
            // ${project.version}: unset, the pages show none.
            "docsVersion", "(none)");

    static List<String> goals() {
        return PluginDescriptor.goals().stream()
                .filter(goal -> !goal.equals("help")).toList();
    }

    @ParameterizedTest
    @MethodSource("goals")
    void eachGoalIsASubcommandWhoseOptionsAreItsParametersWithItsDefaults(String goal) {
        CommandLine subcommand = Cli.commandLine().getSubcommands().get(goal);
        assertNotNull(subcommand, "the goal " + goal + " has no subcommand: add one to io.errorcatalog.cli (see"
                + " its package-info) and list it in Cli's subcommands");
        Map<String, String> expected = new TreeMap<>();
        for (PluginDescriptor.Parameter parameter : PluginDescriptor.parameters(goal)) {
            if (!MAVEN_ONLY.contains(parameter.name())) {
                expected.put(cliName(parameter.name()), OWN_DEFAULTS.getOrDefault(parameter.name(),
                        commandLineDefault(parameter)));
            }
        }
        assertEquals(expected, options(subcommand.getCommandSpec()));
    }

    /** {@code catalogDirectory} as {@code --catalog-directory}; a positional one as its label, {@code <code>}. */
    private static String cliName(String parameter) {
        String kebab = parameter.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        return POSITIONAL.contains(parameter) ? "<" + kebab + ">" : "--" + kebab;
    }

    /** The goal's default where the working directory is the project's and {@code target} its build directory. */
    private static String commandLineDefault(PluginDescriptor.Parameter parameter) {
        if (parameter.defaultValue() == null) {
            return parameter.required() ? "(required)" : "(none)";
        }
        return parameter.defaultValue().replace("${project.basedir}/", "")
                .replace("${project.build.directory}", "target");
    }

    private static Map<String, String> options(CommandSpec spec) {
        Map<String, String> options = new TreeMap<>();
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                options.put(option.longestName(), option.required() ? "(required)" : defaultOf(option.defaultValue()));
            }
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            options.put(positional.paramLabel(), positional.required() ? "(required)" : defaultOf(positional.defaultValue()));
        }
        return options;
    }

    private static String defaultOf(String value) {
        return value == null ? "(none)" : value;
    }
}
