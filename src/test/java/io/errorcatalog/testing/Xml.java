package io.errorcatalog.testing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML files the build puts on the tests' class path: the plugin descriptor, the m2e lifecycle mapping. */
public final class Xml {

    private Xml() {}

    /** A class-path resource, parsed; no document type is read. */
    public static Document parse(String resource) {
        try (InputStream in = Xml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the class path: the build puts it there before the tests");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError(resource + " cannot be read", e);
        }
    }

    /** Every element of that name below {@code parent}, at any depth, in document order. */
    public static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text of the first such element below {@code parent}; null where there is none. */
    public static String text(Element parent, String name) {
        List<Element> children = elements(parent, name);
        return children.isEmpty() ? null : children.get(0).getTextContent();
    }
}
