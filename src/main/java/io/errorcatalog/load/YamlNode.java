package io.errorcatalog.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.TextPositions;

/**
 * A YAML node with the place it starts. Scalars keep their source text, never a guessed type. Nodes are values:
 * maps and lists keep their own unmodifiable copies.
 */
public sealed interface YamlNode {

    SourceLocation location();

    /** What a diagnostic calls this kind of node. */
    String kind();

    /** A mapping, its keys in the order written. */
    record MapNode(Map<String, Entry> entries, SourceLocation location) implements YamlNode {

        public MapNode {
            // Not Map.copyOf: diagnostics and the model keep the keys in the order written.
            entries = Collections.unmodifiableMap(entries instanceof Entries ? entries : new LinkedHashMap<>(entries));
        }

        /**
         * A map the reader fills for one node and then hands over, which the node takes as it is: a file has a
         * map per error and per text, each copied once more for nothing. Only this package makes one.
         */
        static final class Entries extends LinkedHashMap<String, Entry> {
            private static final long serialVersionUID = 1L;
        }

        /** One key and its value; the key's own location is where "unknown key" errors point. */
        public record Entry(String key, SourceLocation keyLocation, YamlNode value) {}

        @Override
        public String kind() {
            return "a map";
        }
    }

    record ListNode(List<YamlNode> items, SourceLocation location) implements YamlNode {

        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code text} is the scalar as written (without quotes), so {@code 0755} stays
     * {@code 0755}; {@code nullValue} is true only for an unquoted {@code null}, {@code ~} or nothing.
     * {@code positions} tells where each of its characters is, for a text with a brace (which may be a
     * message template, whose diagnostics point at a brace); else it is null.
     */
    record ScalarNode(String text, boolean nullValue, SourceLocation location, TextPositions positions)
            implements YamlNode {

        public ScalarNode(String text, boolean nullValue, SourceLocation location) {
            this(text, nullValue, location, null);
        }

        @Override
        public String kind() {
            return nullValue ? "null" : "a text";
        }
    }
}
