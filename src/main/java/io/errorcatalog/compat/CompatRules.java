package io.errorcatalog.compat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.errorcatalog.model.Nearest;

/**
 * Every compatibility rule, in the order the README's table of rules lists them (a test keeps the two the
 * same). A rule's id, once released, does not change: configurations and {@code accept} entries name it.
 */
public final class CompatRules {

    /** The rules; {@link UnusedAcceptanceRule} is last, as it looks at what the others accepted. */
    public static final List<CompatRule> ALL = List.of(
            new CodeRemovedRule(),
            new CodeReusedRule(),
            new ConstantRenamedRule(),
            new StatusChangedRule(),
            new ProblemTypeChangedRule(),
            new GroupChangedRule(),
            new ParameterRemovedRule(),
            new ParameterRenamedRule(),
            new ParameterRetypedRule(),
            new ParametersReorderedRule(),
            new SeverityLoweredRule(),
            new RetryChangedRule(),
            new LocaleRemovedRule(),
            new DefaultLocaleChangedRule(),
            new ExtendsChangedRule(),
            new JavaNamesChangedRule(),
            new AliasRemovedRule(),
            new WireChangedRule(),
            new TombstoneDroppedEarlyRule(),
            new WordingChangedRule(),
            new TitleRemovedRule(),
            new ParameterAddedRule(),
            new ParameterFormatChangedRule(),
            AdviceRemovedRule.causes(),
            AdviceRemovedRule.solutions(),
            new ErrorAddedRule(),
            new ErrorTombstonedRule(),
            new UnusedAcceptanceRule());

    private CompatRules() {}

    /** The rule of an id. */
    public static Optional<CompatRule> byId(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** The id nearest to one that names no rule, for a "did you mean", or empty. */
    public static Optional<String> nearest(String id) {
        return Nearest.of(id, ALL.stream().map(CompatRule::id).toList());
    }

    /**
     * The levels a configuration sets, from entries such as {@code status-changed=warning}.
     *
     * @throws IllegalArgumentException if an entry is not {@code rule=level}, or names no rule or level
     */
    public static Map<CompatRule, Level> levels(List<String> entries) {
        Map<CompatRule, Level> levels = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("=", -1);
            Optional<CompatRule> rule = parts.length == 2 ? byId(parts[0].strip()) : Optional.empty();
            Level level = parts.length == 2 ? Level.byKeyword(parts[1].strip()) : null;
            if (parts.length != 2 || level == null) {
                throw new IllegalArgumentException("the compatibility rule setting '" + entry + "' is not rule=level"
                        + " with a level of breaking, warning, note or off, such as status-changed=warning");
            }
            if (rule.isEmpty()) {
                throw new IllegalArgumentException("the compatibility rule setting '" + entry + "' names no rule"
                        + nearest(parts[0].strip()).map(near -> "; did you mean '" + near + "'?").orElse(
                                "; the rules are: " + String.join(", ", ALL.stream().map(CompatRule::id).toList())));
            }
            levels.put(rule.get(), level);
        }
        return levels;
    }
}
