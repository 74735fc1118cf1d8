import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a translator's tool does to an exported file: fills in targets, marks them translated (the stale one
 * too, after review), leaves one unit a draft that needs work, puts the units in another order and writes the
 * whole file anew with its own indentation. The file as exported is kept aside for verify.groovy.
 */
public class Translator {

    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:1.2";

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Files.copy(file, Path.of("target/exported-orders.de.xlf"), StandardCopyOption.REPLACE_EXISTING);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());

        translate(document, "ORDER_NOT_FOUND.message", "Bestellung {id} wurde nicht gefunden.", "translated");
        translate(document, "OUT_OF_STOCK.title", "Nein: \"ausverkauft\" # leer", "translated");
        translate(document, "OUT_OF_STOCK.message", "Einige Artikel sind ausverkauft.", "translated");
        translate(document, "OUT_OF_STOCK.causes.1", "Das letzte wurde verkauft.", "translated");
        translate(document, "OUT_OF_STOCK.causes.2", "Eine Lieferung ist sp\u00e4t: siehe #42.", "needs-translation");

        Node body = document.getElementsByTagNameNS(XLIFF, "body").item(0);
        List<Node> units = units(document);
        for (int i = units.size() - 1; i >= 0; i--) {
            body.appendChild(body.removeChild(units.get(i)));
        }
        Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.transform(new DOMSource(document), new StreamResult(new File(args[0])));
    }

    private static List<Node> units(Document document) {
        List<Node> units = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS(XLIFF, "trans-unit");
        for (int i = 0; i < all.getLength(); i++) {
            units.add(all.item(i));
        }
        return units;
    }

    private static void translate(Document document, String id, String text, String state) {
        for (Node unit : units(document)) {
            if (((Element) unit).getAttribute("id").equals(id)) {
                Element target = (Element) ((Element) unit).getElementsByTagNameNS(XLIFF, "target").item(0);
                target.setTextContent(text);
                target.setAttribute("state", state);
                return;
            }
        }
        throw new IllegalArgumentException("no unit " + id);
    }
}
