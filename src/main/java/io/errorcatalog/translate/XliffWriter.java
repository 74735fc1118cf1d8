package io.errorcatalog.translate;

import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XLIFF 1.2 through the JDK's own StAX writer, which escapes markup; the same units always give the same
 * bytes (no dates, no tool version, {@code \n} line endings, two spaces of indentation).
 */
final class XliffWriter {

    private XliffWriter() {}

    /** The document of one file, whose texts hold only characters XML carries ({@link #firstNonXmlCharacter}). */
    static String write(XliffFile file) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(XliffFile.NAMESPACE);
            xml.writeAttribute("version", "1.2");
            newline(xml, 1);
            xml.writeStartElement("file");
            xml.writeAttribute("original", file.original());
            xml.writeAttribute("source-language", file.sourceLanguage());
            xml.writeAttribute("target-language", file.targetLanguage());
            xml.writeAttribute("datatype", "plaintext");
            newline(xml, 2);
            xml.writeStartElement("body");
            for (XliffFile.Unit unit : file.units()) {
                newline(xml, 3);
                xml.writeStartElement("trans-unit");
                xml.writeAttribute("id", unit.id());
                xml.writeAttribute("resname", unit.id());
                // Texts are taken exactly as written: leading spaces and line breaks are part of them.
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
                newline(xml, 4);
                text(xml, "source", unit.source());
                newline(xml, 4);
                xml.writeStartElement("target");
                xml.writeAttribute("state", unit.state());
                characters(xml, unit.target() == null ? "" : unit.target());
                xml.writeEndElement();
                newline(xml, 4);
                text(xml, "note", unit.note());
                newline(xml, 3);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer failed on a string writer", e);
        }
        return out.append('\n').toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        characters(xml, text);
        xml.writeEndElement();
    }

    /** The StAX writer leaves a CR as it is, which every reader would take for a LF: it goes as {@code &#13;}. */
    private static void characters(XMLStreamWriter xml, String text) throws XMLStreamException {
        int start = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', start)) {
            xml.writeCharacters(text.substring(start, cr));
            xml.writeEntityRef("#13");
            start = cr + 1;
        }
        xml.writeCharacters(text.substring(start));
    }

    /**
     * The index of the first character XML 1.0 cannot carry at all, not even as a character reference (the
     * control characters but tab, LF and CR; U+FFFE, U+FFFF; a lone surrogate), or -1.
     */
    static int firstNonXmlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF
                    || Character.isSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }
}
