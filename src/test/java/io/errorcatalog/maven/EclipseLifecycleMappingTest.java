package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The m2e lifecycle mapping in the plugin jar: generate runs in Eclipse's incremental and configuration
 * builds, check is left to generate, and every goal it names is one the plugin has.
 */
class EclipseLifecycleMappingTest {

    private static Document parse(String resource) throws Exception {
        try (InputStream in = EclipseLifecycleMappingTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the plugin's class path");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Each goal the mapping names, and what m2e is told to do with it. */
    private static Map<String, String> actions() throws Exception {
        Map<String, String> actions = new TreeMap<>();
        Element root = parse("/META-INF/m2e/lifecycle-mapping-metadata.xml").getDocumentElement();
        for (Element execution : elements(root, "pluginExecution")) {
            Element action = (Element) elements(execution, "action").get(0);
            String what = elements(action, "ignore").isEmpty()
                    ? "execute incremental=" + elements(action, "runOnIncremental").get(0).getTextContent()
                            + " configuration=" + elements(action, "runOnConfiguration").get(0).getTextContent()
                    : "ignore";
            for (Element goal : elements(execution, "goal")) {
                actions.put(goal.getTextContent(), what);
            }
        }
        return actions;
    }

    @Test
    void generateRunsOnIncrementalAndConfigurationBuildsAndCheckIsLeftToIt() throws Exception {
        assertEquals(Map.of("generate", "execute incremental=true configuration=true", "check", "ignore"), actions());
    }

    @Test
    void everyGoalTheMappingNamesIsAGoalOfThePlugin() throws Exception {
        List<String> goals = elements(parse("/META-INF/maven/plugin.xml").getDocumentElement(), "goal").stream()
                .map(Element::getTextContent).toList();
        for (String goal : actions().keySet()) {
            assertTrue(goals.contains(goal), goal + " is one of " + goals);
        }
    }
}
