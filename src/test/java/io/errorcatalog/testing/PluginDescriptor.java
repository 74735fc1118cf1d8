package io.errorcatalog.testing;

import static io.errorcatalog.testing.Xml.elements;
import static io.errorcatalog.testing.Xml.text;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/** The plugin's descriptor, which maven-plugin-plugin builds from the goals' annotations before the tests run. */
public final class PluginDescriptor {

    /** A goal's parameter, as the descriptor says. */
    public record Parameter(String name, boolean required, boolean editable, String defaultValue) {}

    private PluginDescriptor() {}

    /** The plugin's goals, in the descriptor's order. */
    public static List<String> goals() {
        return mojos().stream().map(mojo -> text(mojo, "goal")).toList();
    }

    /** A goal's parameters, each with its default value (null where it has none). */
    public static List<Parameter> parameters(String goal) {
        Element mojo = mojos().stream().filter(candidate -> goal.equals(text(candidate, "goal"))).findFirst()
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

    /** The plugin's version, as the build that wrote the descriptor had it. */
    public static String version() {
        return text(descriptor(), "version");
    }

    private static List<Element> mojos() {
        return elements(descriptor(), "mojo");
    }

    private static Element descriptor() {
        return Xml.parse("/META-INF/maven/plugin.xml").getDocumentElement();
    }
}
