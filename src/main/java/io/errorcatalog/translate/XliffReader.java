package io.errorcatalog.translate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.errorcatalog.load.YamlReader;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * Reads XLIFF 1.2 as translators' tools write it back: units in any order, in groups or not, indented any way,
 * with notes, alternatives and extensions of their own (which are skipped). It is hostile input, read with the
 * catalog files' limits ({@link YamlReader}): bounded size, nesting, texts and elements; and no document type
 * declaration at all, so no entity is ever defined or expanded and no other file or URL is ever read (XXE). The
 * JDK's own StAX parser reads it, whatever other parser the class path holds.
 */
final class XliffReader {

    private final XMLInputFactory factory;

    XliffReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * The {@code <file>} elements of a document; what is wrong with it goes to {@code diagnostics}, and then
     * the list may lack files and units.
     *
     * @param file the document's path, as diagnostics show it
     */
    List<XliffFile> read(String file, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > YamlReader.MAX_FILE_BYTES) {
            diagnostics.add(new Diagnostic(SourceLocation.ofFile(file), Tag.FILE_TOO_LARGE, "the XLIFF file has more"
                    + " than the " + YamlReader.MAX_FILE_BYTES + " bytes a file to import may have; export and"
                    + " import the locales one by one"));
            return List.of();
        }
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new Reading(file, xml, diagnostics).document();
        } catch (XMLStreamException e) {
            diagnostics.add(new Diagnostic(at(file, e.getLocation()), Tag.INVALID_XLIFF, problem(e)
                    + "; fix the XML here, or export the file again"));
            return List.of();
        } catch (LimitPassed e) {
            return List.of();
        } finally {
            close(xml);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Nothing to release: it reads from memory.
            }
        }
    }

    /** The parser's own words, without the place it prefixes them with ("ParseError at [row,col]:[1,9]"). */
    private static String problem(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int words = message.indexOf("Message: ");
        String said = (words >= 0 ? message.substring(words + "Message: ".length()) : message).strip();
        // The parser ends its sentences with a full stop; the fix that follows needs none before it.
        return "not well-formed XML: " + (said.endsWith(".") ? said.substring(0, said.length() - 1) : said);
    }

    private static SourceLocation at(String file, Location location) {
        return location == null ? SourceLocation.ofFile(file)
                : new SourceLocation(file, Math.max(1, location.getLineNumber()), Math.max(1, location.getColumnNumber()));
    }

    /** Stops reading a document that passed a limit; the diagnostic is reported already. */
    private static final class LimitPassed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitPassed() {
            super(null, null, false, false);
        }
    }

    /** Reads what one child element holds, up to and including its end tag. */
    private interface Child {
        void read() throws XMLStreamException;
    }

    /** One pass over one document. */
    private static final class Reading {
        private final String file;
        private final XMLStreamReader xml;
        private final Diagnostics diagnostics;
        private int depth;
        private int elements;

        Reading(String file, XMLStreamReader xml, Diagnostics diagnostics) {
            this.file = file;
            this.xml = xml;
            this.diagnostics = diagnostics;
        }

        private SourceLocation here() {
            return at(file, xml.getLocation());
        }

        private void report(SourceLocation where, Tag tag, String message) {
            diagnostics.add(new Diagnostic(where, tag, message));
        }

        private LimitPassed stop(Tag tag, String message) {
            report(here(), tag, message);
            return new LimitPassed();
        }

        /** The next event, counted against the limits. */
        private int next() throws XMLStreamException {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++elements > YamlReader.MAX_VALUES) {
                    throw stop(Tag.TOO_MANY_VALUES, "the XLIFF file has more than " + YamlReader.MAX_VALUES
                            + " elements by here; export and import the locales one by one");
                }
                if (++depth > YamlReader.MAX_NESTING_DEPTH) {
                    throw stop(Tag.TOO_DEEP, "elements are nested more than " + YamlReader.MAX_NESTING_DEPTH
                            + " levels deep here; an XLIFF file of a catalog needs six");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.DTD) {
                throw stop(Tag.XML_DOCTYPE, "the file has a document type declaration (<!DOCTYPE ...>), which could"
                        + " define entities or read other files; XLIFF needs none: remove it");
            }
            return event;
        }

        List<XliffFile> document() throws XMLStreamException {
            int event = next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    report(here(), Tag.INVALID_XLIFF, "the file holds no XML element; import reads XLIFF 1.2 files"
                            + " as export-translations writes them");
                    return List.of();
                }
                event = next();
            }
            if (!xml.getLocalName().equals("xliff")) { // of any namespace: XLIFF 2.0 is told by its version
                report(here(), Tag.INVALID_XLIFF, "the document is a <" + xml.getLocalName() + ">, not an XLIFF"
                        + " file (<xliff version=\"1.2\">); import reads the files export-translations writes");
                return List.of();
            }
            String version = attribute("version");
            if (!"1.2".equals(version)) {
                report(here(), Tag.INVALID_XLIFF, "this is XLIFF " + (version == null ? "without a version" : version)
                        + "; import reads XLIFF 1.2, as export-translations writes it: have the tool write XLIFF 1.2");
                return List.of();
            }
            List<XliffFile> files = new ArrayList<>();
            children(() -> {
                if (isXliff("file")) {
                    file(files);
                } else {
                    skip();
                }
            });
            while (xml.hasNext()) {
                next(); // to the end, so that a broken tail is reported too
            }
            return files;
        }

        /** Calls {@code child} at each child element of the current one, then consumes its end tag. */
        private void children(Child child) throws XMLStreamException {
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    child.read();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
            }
        }

        /** Consumes the current element whole. */
        private void skip() throws XMLStreamException {
            int open = 1;
            while (open > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    open++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open--;
                }
            }
        }

        private boolean isXliff(String localName) {
            String namespace = xml.getNamespaceURI();
            return xml.getLocalName().equals(localName)
                    && (namespace == null || namespace.isEmpty() || namespace.equals(XliffFile.NAMESPACE));
        }

        private String attribute(String name) {
            return xml.getAttributeValue(null, name);
        }

        /** Whether texts keep their white space here: {@code xml:space} of this element, else as its parent. */
        private boolean preserves(boolean inherited) {
            String space = xml.getAttributeValue(XMLConstants.XML_NS_URI, "space");
            return space == null ? inherited : space.equals("preserve");
        }

        private void file(List<XliffFile> files) throws XMLStreamException {
            SourceLocation at = here();
            String original = attribute("original");
            String sourceLanguage = attribute("source-language");
            String targetLanguage = attribute("target-language");
            boolean preserve = preserves(false);
            List<XliffFile.Unit> units = new ArrayList<>();
            children(() -> {
                if (isXliff("body")) {
                    units(units, preserve);
                } else {
                    skip();
                }
            });
            List<String> missing = new ArrayList<>();
            if (original == null) {
                missing.add("original (the catalog's id)");
            }
            if (sourceLanguage == null) {
                missing.add("source-language");
            }
            if (targetLanguage == null) {
                missing.add("target-language");
            }
            if (!missing.isEmpty()) {
                report(at, Tag.INVALID_XLIFF, "this <file> has no " + String.join(", no ", missing) + "; export the"
                        + " file again, or add what export-translations writes there");
                return;
            }
            files.add(new XliffFile(original, sourceLanguage, targetLanguage, at, units));
        }

        /** The units of a {@code <body>} or {@code <group>}, groups within it included. */
        private void units(List<XliffFile.Unit> units, boolean inherited) throws XMLStreamException {
            boolean preserve = preserves(inherited);
            children(() -> {
                if (isXliff("trans-unit")) {
                    unit(units, preserve);
                } else if (isXliff("group")) {
                    units(units, preserve);
                } else {
                    skip();
                }
            });
        }

        private void unit(List<XliffFile.Unit> units, boolean inherited) throws XMLStreamException {
            SourceLocation at = here();
            String id = attribute("id");
            boolean preserve = preserves(inherited);
            String[] source = new String[1];
            String[] target = new String[1];
            String[] state = new String[1];
            SourceLocation[] targetAt = new SourceLocation[1];
            children(() -> {
                if (isXliff("source") && source[0] == null) {
                    source[0] = content(preserves(preserve));
                } else if (isXliff("target") && target[0] == null) {
                    state[0] = attribute("state");
                    targetAt[0] = here();
                    target[0] = content(preserves(preserve));
                } else {
                    skip(); // notes, alternatives, contexts, a tool's extensions
                }
            });
            if (id == null || source[0] == null) {
                report(at, Tag.INVALID_XLIFF, "this <trans-unit> has no " + (id == null ? "id" : "<source>")
                        + "; export the file again, and leave each unit's id and source as they are");
                return;
            }
            if (state[0] != null && !XliffFile.isKnownState(state[0])) {
                report(targetAt[0], Tag.INVALID_XLIFF, "the state '" + state[0] + "' of unit " + id + " is none of"
                        + " XLIFF 1.2's (new, needs-review-translation, translated, final, ...) nor a tool's own"
                        + " (x-...); write one of them");
                return;
            }
            units.add(new XliffFile.Unit(id, source[0], target[0], state[0], null, at, targetAt[0]));
        }

        /**
         * The text of a {@code <source>} or {@code <target>}, with the text of the markers a tool may put in
         * ({@code <mrk>}, {@code <g>}); where white space is not preserved, without white space around it.
         */
        private String content(boolean preserve) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            SourceLocation start = here();
            boolean[] tooLong = new boolean[1];
            collect(text, start, tooLong);
            return preserve ? text.toString() : trimXmlSpace(text);
        }

        private void collect(StringBuilder text, SourceLocation start, boolean[] tooLong) throws XMLStreamException {
            while (true) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + xml.getTextLength() > YamlReader.MAX_SCALAR_LENGTH) {
                            if (!tooLong[0]) {
                                report(start, Tag.TEXT_TOO_LONG, "this text has more than the "
                                        + YamlReader.MAX_SCALAR_LENGTH + " characters a catalog text may have;"
                                        + " shorten it");
                                tooLong[0] = true;
                            }
                        } else {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (isXliff("mrk") || isXliff("g")) {
                            collect(text, start, tooLong);
                        } else {
                            report(here(), Tag.INVALID_XLIFF, "a <" + xml.getLocalName() + "> in a text: the"
                                    + " catalog's texts hold no inline codes, so write a placeholder as it is in the"
                                    + " source, such as {id}, and no other markup");
                            skip();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return;
                    }
                    default -> {
                        // comments and processing instructions are no part of a text
                    }
                }
            }
        }

        /** XML's white space is space, tab, CR and LF, not Java's wider idea of it. */
        private static String trimXmlSpace(CharSequence text) {
            int start = 0;
            int end = text.length();
            while (start < end && isXmlSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isXmlSpace(text.charAt(end - 1))) {
                end--;
            }
            return text.subSequence(start, end).toString();
        }

        private static boolean isXmlSpace(char ch) {
            return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
        }
    }
}
