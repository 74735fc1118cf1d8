package io.errorcatalog.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.TextPositions;
import io.errorcatalog.model.Tag;

/**
 * Reads one YAML document into a {@link YamlNode} tree. Catalogs are plain data, so anchors, aliases,
 * tags, merge keys and further documents are refused rather than silently misread, and every input is
 * bounded before the parser sees it. The limits are public so the README and tests can state them.
 */
public final class YamlReader {

    /** Largest catalog file, in bytes. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting of maps and lists. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest scalar, in characters: a Java string constant holds at most 65,535 UTF-8 bytes. */
    public static final int MAX_SCALAR_LENGTH = 16 * 1024;
    /**
     * Longest line, in characters. SnakeYAML scans a long line in time that grows with its square (4 MB
     * on one line took 6 s), so a line is bounded before the parser sees it; a long text can still be
     * written over several lines.
     */
    public static final int MAX_LINE_LENGTH = 100_000;
    /**
     * Most values (keys, texts, maps, list items) in one file. The file-size limit alone does not bound
     * the tree: 16 MiB of {@code [0,0,0,...]} is eight million values, and each costs some 300 bytes of
     * heap; at this many a file stays within a 256 MiB heap. A catalog needs some 20 per error.
     */
    public static final int MAX_VALUES = 400_000;

    private final LoaderOptions loaderOptions;
    private final YAMLFactory factory;

    public YamlReader() {
        loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit(MAX_FILE_BYTES);
        // Our own factory with our own constraints: the JVM-wide override would change other plugins too.
        factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_SCALAR_LENGTH)
                        .build())
                // The builder, unlike new YAMLFactory(), leaves this off: without it 'code:' would be the empty text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // Duplicate keys are found by Reading.map, which knows where the first one is; Jackson would
                // stop at the first with a place after the key (it does so when LoaderOptions refuses duplicates).
                .build();
    }

    /** The parsed tree, or empty with the reasons added to {@code diagnostics}. */
    public Optional<YamlNode> read(String file, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > MAX_FILE_BYTES) {
            diagnostics.add(new Diagnostic(SourceLocation.ofFile(file), Tag.FILE_TOO_LARGE, "the file has more"
                    + " than the " + MAX_FILE_BYTES + " bytes a catalog may have; split it into several catalogs"));
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try (YAMLParser parser = (YAMLParser) factory.createParser(text.get())) {
            Reading reading = new Reading(file, text.get(), parser, diagnostics);
            JsonToken first = parser.nextToken();
            if (first == null) {
                // No document at all reads as a null document; the loader says what a catalog needs.
                return Optional.of(new YamlNode.ScalarNode("", true, SourceLocation.ofFile(file)));
            }
            YamlNode root;
            try {
                root = reading.node(first);
            } catch (TooManyValues e) {
                diagnostics.add(new Diagnostic(reading.here(), Tag.TOO_MANY_VALUES, "the file has more than "
                        + MAX_VALUES + " values (keys, texts and items) by here; a catalog needs some 20 per error:"
                        + " split it into several catalogs"));
                return Optional.empty();
            } catch (StreamConstraintsException e) {
                if (!String.valueOf(e.getOriginalMessage()).startsWith("Document nesting depth")) {
                    throw e;
                }
                diagnostics.add(new Diagnostic(reading.here(), Tag.TOO_DEEP, "maps and lists are nested more than "
                        + MAX_NESTING_DEPTH + " levels deep here; a catalog needs far fewer"));
                return Optional.empty();
            }
            if (parser.nextToken() != null) {
                diagnostics.add(new Diagnostic(reading.here(), Tag.MULTIPLE_DOCUMENTS,
                        "a second YAML document starts here; a catalog file holds one document, so put"
                                + " each catalog in a file of its own"));
            }
            if (text.get().indexOf('&') >= 0) {
                // A second pass over the events, only where an anchor can be.
                reading.refuseScalarAnchors(new Yaml(loaderOptions).parse(new StringReader(text.get())));
            }
            return reading.failed ? Optional.empty() : Optional.of(root);
        } catch (IOException e) {
            diagnostics.add(syntaxError(file, e));
            return Optional.empty();
        }
    }

    /** Strict UTF-8: a wrong byte is reported at its line and column instead of becoming U+FFFD. */
    private static Optional<String> decode(String file, byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int goodPrefix = longestValidUtf8Prefix(bytes);
            String before = new String(bytes, 0, goodPrefix, StandardCharsets.UTF_8);
            diagnostics.add(new Diagnostic(locationAt(file, before, before.length()), Tag.INVALID_UTF8,
                    "the file is not valid UTF-8 here (byte " + (goodPrefix + 1) + "); save it as UTF-8"));
            return Optional.empty();
        }
        // One pass for both: a line too long, and a character YAML 1.1 takes for a line break, which is
        // reported only for a file whose lines are all short enough, as the first of them.
        int lineStart = 0;
        int lineBreak = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i == length ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i - lineStart > MAX_LINE_LENGTH) {
                    diagnostics.add(new Diagnostic(locationAt(file, text, lineStart), Tag.LINE_TOO_LONG, "this line"
                            + " has " + (i - lineStart) + " characters, more than the " + MAX_LINE_LENGTH
                            + " a catalog line may have; break the text over several lines"));
                    return Optional.empty();
                }
                lineStart = i + 1;
            } else if (lineBreak < 0 && (c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                lineBreak = i;
            }
        }
        if (lineBreak >= 0) {
            char c = text.charAt(lineBreak);
            diagnostics.add(new Diagnostic(locationAt(file, text, lineBreak), Tag.YAML_LINE_BREAK, "the file holds a "
                    + (c == '\u0085' ? "NEL (U+0085)" : c == '\u2028' ? "LINE SEPARATOR (U+2028)"
                    : "PARAGRAPH SEPARATOR (U+2029)") + " here, which YAML 1.1 reads as a line break though"
                    + " editors show none, so every later line would be misnumbered and a text around it"
                    + " changed; remove it, or write it as \\u" + String.format(java.util.Locale.ROOT, "%04x",
                    (int) c) + " in a double-quoted text"));
            return Optional.empty();
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.add(new Diagnostic(locationAt(file, text, nul), Tag.NUL_CHARACTER,
                    "the file contains a NUL character; a catalog is text: remove it"));
            return Optional.empty();
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static int longestValidUtf8Prefix(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    /**
     * The place of {@code text.charAt(index)}, counting lines as editors and the YAML parser do (LF, CR LF
     * and a lone CR each end one); a byte order mark takes no column.
     */
    private static SourceLocation locationAt(String file, String text, int index) {
        int line = 1;
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            if (lineEnd) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, index - lineStart + 1);
    }

    /** The SnakeYAML exception Jackson wrapped, or null. */
    private static MarkedYAMLException markedCause(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    /** What to do about the mistakes made most: SnakeYAML's words say what it expected, not why or how to fix it. */
    private static String advice(String problem, String context) {
        String what = problem == null ? "" : problem;
        String within = context == null ? "" : context;
        if (what.startsWith("expected <block end>")) {
            return "this line is indented otherwise than the keys before it; indent it as they are";
        }
        if (what.startsWith("mapping values are not allowed")) {
            return "a ': ' in a value starts a key; quote the value if the ':' is part of it, or give the key a line"
                    + " of its own, indented as the keys beside it";
        }
        if (what.contains("\\t(TAB)")) {
            return "indent with spaces, not tabs";
        }
        if (within.contains("quoted scalar")) {
            return "close the quote";
        }
        if (within.contains("flow sequence")) {
            return "close the list with ']'";
        }
        return within.contains("flow mapping") ? "close the map with '}'" : "fix the YAML syntax here";
    }

    /** Jackson's own location points after the last good token; SnakeYAML's mark is where the problem is. */
    private static Diagnostic syntaxError(String file, IOException e) {
        MarkedYAMLException marked = markedCause(e);
        if (marked != null && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
            // Where the unfinished quote, list or map began is often where the mistake is.
            Mark context = marked.getContextMark();
            if (marked.getContext() != null && context != null) {
                problem += " (" + marked.getContext() + " that starts at "
                        + new SourceLocation(file, context.getLine() + 1, context.getColumn() + 1) + ")";
            }
            return new Diagnostic(new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1),
                    Tag.YAML_SYNTAX, problem + "; " + advice(marked.getProblem(), marked.getContext()));
        }
        SourceLocation at = SourceLocation.ofFile(file);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException processing) {
            JsonLocation location = processing.getLocation();
            if (location != null && location.getLineNr() > 0) {
                at = new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
            }
            message = processing.getOriginalMessage();
        }
        if (message.startsWith("Expected a field name")) {
            // Jackson's words for a complex key ("? [a, b]"), which names SnakeYAML's event classes.
            return new Diagnostic(at, Tag.YAML_COMPLEX_KEY, "a key here is a list or a map; a catalog's keys are"
                    + " plain texts, such as 'title'");
        }
        return new Diagnostic(at, Tag.YAML_SYNTAX, firstLine(message) + "; fix the YAML here");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Stops reading a file with more values than a catalog can need. */
    private static final class TooManyValues extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyValues() {
            super(null, null, false, false);
        }
    }

    /** One pass over one parser; collects the YAML features a catalog refuses. */
    private static final class Reading {
        private final String file;
        private final String source;
        private final YAMLParser parser;
        private final Diagnostics diagnostics;
        private boolean failed;
        private int values;
        /** Where each line of the source starts, made when the first text with a brace needs it. */
        private int[] lineStarts;

        Reading(String file, String source, YAMLParser parser, Diagnostics diagnostics) {
            this.file = file;
            this.source = source;
            this.parser = parser;
            this.diagnostics = diagnostics;
        }

        SourceLocation here() {
            JsonLocation location = parser.currentTokenLocation();
            return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }

        private void refuse(Tag tag, String message) {
            diagnostics.add(new Diagnostic(here(), tag, message));
            failed = true;
        }

        YamlNode node(JsonToken token) throws IOException {
            if (++values > MAX_VALUES) {
                throw new TooManyValues();
            }
            SourceLocation at = here();
            if (parser.isCurrentAlias()) {
                refuse(Tag.YAML_ALIAS, "an alias (*" + parser.getText() + ") is not allowed in a catalog;"
                        + " write the value out in full");
            } else if (parser.getCurrentAnchor() != null) {
                refuse(Tag.YAML_ANCHOR, anchorRefused(parser.getCurrentAnchor()));
            }
            String tag = parser.getTypeId();
            if (tag != null) {
                refuse(Tag.YAML_TAG, "the tag " + asWritten(tag) + " is not allowed in a catalog; remove it (to keep"
                        + " a value as text, quote it)");
            }
            return switch (token) {
                case START_OBJECT -> map(at);
                case START_ARRAY -> list(at);
                case VALUE_NULL -> new YamlNode.ScalarNode(parser.getText(), true, at);
                default -> scalar(at);
            };
        }

        private static String anchorRefused(String anchor) {
            return "an anchor (&" + anchor + ") is not allowed in a catalog; remove it and write values out in full";
        }

        /** Jackson gives {@code !!str} as {@code tag:yaml.org,2002:str} and {@code !secret} as {@code secret}. */
        private static String asWritten(String tag) {
            String standard = "tag:yaml.org,2002:";
            return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : "!" + tag;
        }

        /**
         * Jackson keeps the anchor of a map or list but drops that of a scalar (a key or a text), so the
         * events of the first document are read once more for those.
         */
        void refuseScalarAnchors(Iterable<Event> events) {
            try {
                for (Event event : events) {
                    if (event.is(Event.ID.DocumentEnd)) {
                        return;
                    }
                    if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                        Mark mark = scalar.getStartMark();
                        diagnostics.add(new Diagnostic(new SourceLocation(file, mark.getLine() + 1,
                                mark.getColumn() + 1), Tag.YAML_ANCHOR, anchorRefused(scalar.getAnchor())));
                        failed = true;
                    }
                }
            } catch (YAMLException e) {
                // Only the first document is looked at, and Jackson has read it already without error.
            }
        }

        /** Jackson's maxStringLength does not bound YAML scalars, so the length is checked here. */
        private YamlNode scalar(SourceLocation at) throws IOException {
            String text = parser.getText();
            if (text.length() > MAX_SCALAR_LENGTH) {
                diagnostics.add(new Diagnostic(at, Tag.TEXT_TOO_LONG, "this text has " + text.length()
                        + " characters, more than the " + MAX_SCALAR_LENGTH + " a catalog text may have; shorten it"));
                failed = true;
            }
            return new YamlNode.ScalarNode(text, false, at, text.indexOf('{') < 0 && text.indexOf('}') < 0 ? null
                    : positions(text, at));
        }

        /** Where the characters of the current scalar are: its written form, from its start to its end. */
        private TextPositions positions(String text, SourceLocation at) {
            int start = offsetOf(parser.currentTokenLocation());
            int end = offsetOf(parser.currentLocation());
            return start < 0 || end < start ? null
                    : new ScalarPositions(file, at.line(), at.column(), source.substring(start, end), text);
        }

        /** The index in the source of a parser location (line and code-point column, from 1); -1 if outside. */
        private int offsetOf(JsonLocation location) {
            if (lineStarts == null) {
                List<Integer> starts = new ArrayList<>(List.of(0));
                for (int i = 0; i < source.length(); i++) {
                    char c = source.charAt(i);
                    if (c == '\n' || c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) {
                        starts.add(i + 1);
                    }
                }
                lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            }
            int line = location.getLineNr() - 1;
            if (line < 0 || line >= lineStarts.length) {
                return -1;
            }
            try {
                return source.offsetByCodePoints(lineStarts[line], Math.max(0, location.getColumnNr() - 1));
            } catch (IndexOutOfBoundsException e) {
                return -1;
            }
        }

        private YamlNode map(SourceLocation at) throws IOException {
            YamlNode.MapNode.Entries entries = new YamlNode.MapNode.Entries();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyAt = here();
                if (key.length() > MAX_SCALAR_LENGTH) {
                    // A key is text too, and diagnostics quote it: an unknown key of 15 MB made a line of 15 MB.
                    refuse(Tag.TEXT_TOO_LONG, "this key has " + key.length() + " characters, more than the "
                            + MAX_SCALAR_LENGTH + " a catalog text may have; shorten it");
                    node(parser.nextToken());
                    continue;
                }
                YamlNode.MapNode.Entry first = entries.get(key);
                if (first != null) {
                    refuse(Tag.DUPLICATE_KEY, "the key '" + key + "' is written twice in the same map (first at "
                            + first.keyLocation() + "); keep one");
                }
                if (key.equals("<<")) {
                    refuse(Tag.YAML_MERGE_KEY, "the merge key '<<' is not allowed in a catalog; write the keys"
                            + " out in full");
                }
                YamlNode value = node(parser.nextToken());
                entries.putIfAbsent(key, new YamlNode.MapNode.Entry(key, keyAt, value));
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IOException("unexpected " + token + " in a map");
            }
            return new YamlNode.MapNode(entries, at);
        }

        private YamlNode list(SourceLocation at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new IOException("unexpected end of input in a list");
                }
                items.add(node(token));
            }
            return new YamlNode.ListNode(items, at);
        }
    }
}
