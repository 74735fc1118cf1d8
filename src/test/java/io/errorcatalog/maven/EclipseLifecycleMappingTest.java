package io.errorcatalog.maven;

import static io.errorcatalog.testing.Xml.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.errorcatalog.testing.PluginDescriptor;
import io.errorcatalog.testing.Xml;

/**
 * The m2e lifecycle mapping in the plugin jar: generate runs in Eclipse's incremental and configuration
 * builds, check (left to generate) and compat (a gate for command-line builds) are left out, and every goal it
 * names is one the plugin has.
 */
class EclipseLifecycleMappingTest {

    /** Each goal the mapping names, and what m2e is told to do with it. */
    private static Map<String, String> actions() {
        Map<String, String> actions = new TreeMap<>();
        Element root = Xml.parse("/META-INF/m2e/lifecycle-mapping-metadata.xml").getDocumentElement();
        for (Element execution : elements(root, "pluginExecution")) {
            Element action = elements(execution, "action").get(0);
            String what = elements(action, "ignore").isEmpty()
                    ? "execute incremental=" + Xml.text(action, "runOnIncremental")
                            + " configuration=" + Xml.text(action, "runOnConfiguration")
                    : "ignore";
            for (Element goal : elements(execution, "goal")) {
                actions.put(goal.getTextContent(), what);
            }
        }
        return actions;
    }

    @Test
    void generateRunsOnIncrementalAndConfigurationBuildsAndCheckAndCompatAreLeftOut() {
        assertEquals(Map.of("generate", "execute incremental=true configuration=true", "check", "ignore",
                "compat", "ignore"), actions());
    }

    @Test
    void everyGoalTheMappingNamesIsAGoalOfThePlugin() {
        List<String> goals = PluginDescriptor.goals();
        for (String goal : actions().keySet()) {
            assertTrue(goals.contains(goal), goal + " is one of " + goals);
        }
    }
}
