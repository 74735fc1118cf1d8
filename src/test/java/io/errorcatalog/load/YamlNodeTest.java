package io.errorcatalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.errorcatalog.model.SourceLocation;

/** Nodes are values: what the reader does with its maps and lists afterwards does not reach them. */
class YamlNodeTest {

    private static final SourceLocation AT = SourceLocation.ofFile("pay.yaml");

    private static YamlNode.MapNode.Entry entry(String key) {
        return new YamlNode.MapNode.Entry(key, AT, new YamlNode.ScalarNode(key, false, AT));
    }

    @Test
    void aMapKeepsItsKeysInTheOrderWrittenAndIsItsOwn() {
        Map<String, YamlNode.MapNode.Entry> entries = new LinkedHashMap<>();
        for (String key : List.of("title", "id", "locales", "errors")) {
            entries.put(key, entry(key));
        }
        YamlNode.MapNode map = new YamlNode.MapNode(entries, AT);
        entries.remove("id");

        assertEquals(List.of("title", "id", "locales", "errors"), List.copyOf(map.entries().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> map.entries().remove("title"));
    }

    @Test
    void aListIsItsOwn() {
        List<YamlNode> items = new ArrayList<>(List.of(new YamlNode.ScalarNode("en", false, AT)));
        YamlNode.ListNode list = new YamlNode.ListNode(items, AT);
        items.clear();

        assertEquals(1, list.items().size());
        assertThrows(UnsupportedOperationException.class, () -> list.items().clear());
    }
}
