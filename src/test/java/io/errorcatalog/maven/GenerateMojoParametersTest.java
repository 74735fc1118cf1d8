package io.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every parameter of the goal, as the plugin descriptor built from its annotations says: documented, with
 * {@code @since}, settable as {@code -Derror-catalog.<name>} unless read-only, and defaulted by its
 * {@code defaultValue} (which the help goal and the descriptor show), never by a field initializer.
 */
class GenerateMojoParametersTest {

    private static Element generateMojo() throws Exception {
        try (InputStream in = GenerateMojoParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is built before the tests");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document descriptor = factory.newDocumentBuilder().parse(in);
            NodeList mojos = descriptor.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                if ("generate".equals(child(mojo, "goal"))) {
                    return mojo;
                }
            }
        }
        throw new AssertionError("no generate goal in the plugin descriptor");
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent();
    }

    private static List<Element> parameters(Element mojo) {
        NodeList nodes = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
        List<Element> parameters = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            parameters.add((Element) nodes.item(i));
        }
        return parameters;
    }

    @Test
    void everyParameterHasADescriptionAndSince() throws Exception {
        List<Element> parameters = parameters(generateMojo());
        assertTrue(parameters.size() >= 15, "found " + parameters.size());
        for (Element parameter : parameters) {
            String name = child(parameter, "name");
            assertFalse(child(parameter, "description").isBlank(), name + " has Javadoc");
            String since = child(parameter, "since");
            assertTrue(since != null && !since.isBlank(), name + " has @since");
        }
    }

    @Test
    void everyEditableParameterIsAUserPropertyOfItsOwnName() throws Exception {
        Element mojo = generateMojo();
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        for (Element parameter : parameters(mojo)) {
            String name = child(parameter, "name");
            if (Boolean.parseBoolean(child(parameter, "editable"))) {
                assertEquals("${error-catalog." + name + "}", child(configuration, name), name);
            }
        }
    }

    @Test
    void noParameterHasAFieldInitializer() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        for (Element parameter : parameters(generateMojo())) {
            Field field = declaredField(child(parameter, "name"));
            field.setAccessible(true);
            Object value = field.get(mojo);
            assertTrue(value == null || Boolean.FALSE.equals(value),
                    field.getName() + " is " + value + " before Maven sets it: put the default in defaultValue");
        }
    }

    /** The parameter's field, in the goal's class or the base class of the goals that read catalogs. */
    private static Field declaredField(String name) throws NoSuchFieldException {
        for (Class<?> type = GenerateMojo.class; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
