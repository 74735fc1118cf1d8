package io.errorcatalog.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.errorcatalog.testing.ReadmeTables;

/** The registry of rules, the README's table of them, and the configuration that names them agree. */
class CompatRulesTest {

    @Test
    void readmeTableListsEveryRuleInRegistryOrderWithWhatItChecksAndItsLevel() throws IOException {
        ReadmeTables.assertRows("### Compatibility rules", CompatRules.ALL.stream()
                .map(rule -> "| `" + rule.id() + "` | " + rule.meaning() + " | " + rule.defaultLevel().keyword() + " |")
                .toList(), "CompatRules.ALL");
    }

    @Test
    void idsAreUniqueLowerCaseWordsAndTextsFitInATableCell() {
        assertEquals(CompatRules.ALL.size(), CompatRules.ALL.stream().map(CompatRule::id).distinct().count());
        for (CompatRule rule : CompatRules.ALL) {
            assertTrue(rule.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), rule.id());
            assertTrue(!rule.meaning().contains("|") && rule.meaning().endsWith("."), rule.id() + ": " + rule.meaning());
            assertTrue(rule.defaultLevel() != Level.OFF, rule.id() + " is on by default");
        }
    }

    @Test
    void theRuleThatLooksAtWhatTheOthersAcceptedIsLast() {
        assertTrue(CompatRules.ALL.get(CompatRules.ALL.size() - 1) instanceof UnusedAcceptanceRule);
    }

    @Test
    void aConfigurationSetsLevelsByRuleId() {
        assertEquals(Map.of(CompatRules.byId("status-changed").orElseThrow(), Level.NOTE,
                CompatRules.byId("error-added").orElseThrow(), Level.BREAKING),
                CompatRules.levels(List.of("status-changed=note", "error-added = breaking")));
    }

    @Test
    void aConfigurationThatNamesNoRuleOrLevelIsRefusedWithASuggestion() {
        assertEquals("the compatibility rule setting 'staus-changed=off' names no rule; did you mean 'status-changed'?",
                assertThrows(IllegalArgumentException.class,
                        () -> CompatRules.levels(List.of("staus-changed=off"))).getMessage());
        assertEquals("the compatibility rule setting 'status-changed=error' is not rule=level with a level of breaking,"
                + " warning, note or off, such as status-changed=warning", assertThrows(IllegalArgumentException.class,
                        () -> CompatRules.levels(List.of("status-changed=error"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CompatRules.levels(List.of("everything=off")))
                .getMessage().contains("; the rules are: code-removed, code-reused,"));
    }
}
