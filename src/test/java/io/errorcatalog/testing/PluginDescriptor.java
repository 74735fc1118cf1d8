package io.errorcatalog.testing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plugin's descriptor, which maven-plugin-plugin builds from the goals' annotations before the tests run. */
public final class PluginDescriptor {

    /** A goal's parameter, as the descriptor says. */
    public record Parameter(String name, boolean required, boolean editable, String defaultValue) {}

    private PluginDescriptor() {}

    /** The plugin's goals, in the descriptor's order. */
    public static List<String> goals() {
        return elements(document().getDocumentElement(), "mojo").stream().map(mojo -> text(mojo, "goal")).toList();
    }

    /** A goal's parameters, each with its default value (null where it has none). */
    public static List<Parameter> parameters(String goal) {
        Element mojo = elements(document().getDocumentElement(), "mojo").stream()
                .filter(candidate -> goal.equals(text(candidate, "goal"))).findFirst()
                .orElseThrow(() -> new AssertionError("no goal " + goal + " in the plugin descriptor"));
        Element configuration = elements(mojo, "configuration").get(0);
        List<Parameter> parameters = new ArrayList<>();
        for (Element parameter : elements(elements(mojo, "parameters").get(0), "parameter")) {
            String name = text(parameter, "name");
            List<Element> configured = elements(configuration, name);
            String defaultValue = configured.isEmpty() || !configured.get(0).hasAttribute("default-value") ? null
                    : configured.get(0).getAttribute("default-value");
            parameters.add(new Parameter(name, Boolean.parseBoolean(text(parameter, "required")),
                    Boolean.parseBoolean(text(parameter, "editable")), defaultValue));
        }
        return parameters;
    }

    private static Document document() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            if (in == null) {
                throw new AssertionError("the plugin descriptor is built before the tests: run them with Maven");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("the plugin descriptor cannot be read", e);
        }
    }

    private static String text(Element element, String child) {
        List<Element> children = elements(element, child);
        return children.isEmpty() ? null : children.get(0).getTextContent();
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
