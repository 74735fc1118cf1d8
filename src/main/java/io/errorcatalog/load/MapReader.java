package io.errorcatalog.load;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.load.YamlNode.MapNode;
import io.errorcatalog.load.YamlNode.ScalarNode;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * Reads the keys of one YAML map that the format defines, reporting missing keys, values of the wrong
 * kind and, through {@link #rejectUnknownKeys()}, keys the format does not know, with the nearest known
 * key as a suggestion.
 */
final class MapReader {

    private final MapNode map;
    private final SourceLocation owner;
    private final CharSequence what;
    private final Set<String> knownKeys;
    private final Diagnostics diagnostics;
    /** Known keys that an unknown key looks like a misspelling of: one mistake, reported once. */
    private final Set<String> misspelled = new java.util.HashSet<>();

    /**
     * @param what how diagnostics name the map ("the catalog", "error TOO_LONG")
     * @param knownKeys every key the format defines for this map
     * @param owner where a missing key is reported: the key that holds this map, or the file's start
     */
    MapReader(MapNode map, SourceLocation owner, CharSequence what, Set<String> knownKeys, Diagnostics diagnostics) {
        this.map = map;
        this.owner = owner;
        this.what = what;
        this.knownKeys = knownKeys;
        this.diagnostics = diagnostics;
    }

    void report(SourceLocation at, Tag tag, String message) {
        diagnostics.add(new Diagnostic(at, tag, message));
    }

    void rejectUnknownKeys() {
        for (MapNode.Entry entry : map.entries().values()) {
            if (diagnostics.isFull()) {
                return; // bounded work: enough is reported already
            }
            if (!knownKeys.contains(entry.key())) {
                Optional<String> nearest = nearest(entry.key());
                nearest.ifPresent(misspelled::add);
                String suggestion = nearest.map(known -> "did you mean '" + known + "'?")
                        .orElse("the keys here are: " + String.join(", ", new TreeSet<>(knownKeys)));
                report(entry.keyLocation(), Tag.UNKNOWN_KEY,
                        "unknown key '" + entry.key() + "' in " + what + "; " + suggestion);
            }
        }
    }

    private Optional<String> nearest(String key) {
        return knownKeys.stream()
                .filter(known -> StringUtils.getLevenshteinDistance(known.toLowerCase(java.util.Locale.ROOT),
                        key.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, known.length() / 3))
                .min(Comparator.comparingInt((String known) -> StringUtils.getLevenshteinDistance(known, key))
                        .thenComparing(Comparator.naturalOrder()));
    }

    Optional<YamlNode> node(String key) {
        MapNode.Entry entry = map.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    Optional<YamlNode> required(String key, String example) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() && !misspelled.contains(key)) {
            report(owner, Tag.MISSING_KEY, what + " has no '" + key + "'; add it, for example "
                    + key + ": " + example);
        }
        return node;
    }

    /** A text value; null (the YAML value) is refused. */
    Optional<Located<String>> text(String key) {
        return node(key).flatMap(node -> text(node, Wording.of("'", key, "' of ", what)));
    }

    Optional<Located<String>> requiredText(String key, String example) {
        return required(key, example).flatMap(node -> text(node, Wording.of("'", key, "' of ", what)));
    }

    /**
     * The text of {@code key}, unless it is empty or only white space: then the Javadoc and the reference
     * would show an empty sentence, paragraph or tag, so it is reported and left out.
     */
    Optional<Located<String>> saying(String key) {
        return saying(text(key), key, "write it, or leave '" + key + "' out");
    }

    /** As {@link #saying(String)}, for a key the map must have. */
    Optional<Located<String>> requiredSaying(String key, String example) {
        return saying(requiredText(key, example), key, "write it, such as " + example);
    }

    private Optional<Located<String>> saying(Optional<Located<String>> text, String key, String fix) {
        return text.filter(said -> {
            if (said.value().isBlank()) {
                report(said.location(), Tag.BLANK_TEXT, Wording.of("'", key, "' of ", what) + " is "
                        + (said.value().isEmpty() ? "empty" : "only white space") + ", which the generated"
                        + " documentation would show as no text; " + fix);
                return false;
            }
            return true;
        });
    }

    Optional<Located<String>> text(YamlNode node, CharSequence what) {
        if (node instanceof ScalarNode scalar && !scalar.nullValue()) {
            return Optional.of(new Located<>(scalar.text(), scalar.location(), scalar.positions()));
        }
        report(node.location(), Tag.WRONG_TYPE, what + " must be a text, not " + node.kind());
        return Optional.empty();
    }

    Optional<MapNode> map(String key) {
        return node(key).flatMap(node -> asMap(node, Wording.of("'", key, "' of ", what)));
    }

    Optional<MapNode> asMap(YamlNode node, CharSequence what) {
        if (node instanceof MapNode map) {
            return Optional.of(map);
        }
        report(node.location(), Tag.WRONG_TYPE, what + " must be a map, not " + node.kind());
        return Optional.empty();
    }

    /** A value that must be one of {@code choices} (catalog keywords); the suggestion lists them. */
    <E extends Enum<E>> Optional<E> keyword(String key, Class<E> type, java.util.function.Function<E, String> word) {
        return text(key).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (word.apply(constant).equals(text.value())) {
                    return Optional.of(constant);
                }
            }
            List<String> words = java.util.Arrays.stream(type.getEnumConstants()).map(word).toList();
            report(text.location(), Tag.INVALID_VALUE, "'" + key + "' of " + what + " is '" + text.value()
                    + "'; write one of: " + String.join(", ", words));
            return Optional.empty();
        });
    }

    /** A yes-or-no value, written {@code true} or {@code false}. */
    Optional<Boolean> bool(String key) {
        return text(key).flatMap(text -> switch (text.value()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                report(text.location(), Tag.INVALID_VALUE, "'" + key + "' of " + what + " is '" + text.value()
                        + "'; write true or false");
                yield Optional.empty();
            }
        });
    }
}
