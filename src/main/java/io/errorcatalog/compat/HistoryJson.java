package io.errorcatalog.compat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.errorcatalog.model.ReleaseHistory;

/**
 * The history as the {@code error-catalog} artifact carries it, {@code META-INF/error-catalog/history.json}:
 * <pre>
 * {"format": 1, "catalogs": {"shop": {"since": {"OUT_OF_STOCK": "1.0"}, "tombstoneReleases": {"ITEM_GONE": 1},
 *   "retiredCodes": {"item_expired": "ITEM_EXPIRED"}}}}
 * </pre>
 * Keys sorted, {@code \n} line ends: the same history gives the same bytes.
 */
public final class HistoryJson {

    /** Where the artifact holds it, beside the catalogs. */
    public static final String PATH = "META-INF/error-catalog/history.json";

    private HistoryJson() {}

    public static String write(ReleaseHistory history) {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(text).setPrettyPrinter(printer)) {
            json.writeStartObject();
            json.writeNumberField("format", 1);
            json.writeObjectFieldStart("catalogs");
            for (Map.Entry<String, ReleaseHistory.CatalogHistory> catalog : history.catalogs().entrySet()) {
                json.writeObjectFieldStart(catalog.getKey());
                writeMap(json, "since", catalog.getValue().since());
                json.writeObjectFieldStart("tombstoneReleases");
                for (Map.Entry<String, Integer> entry : catalog.getValue().tombstoneReleases().entrySet()) {
                    json.writeNumberField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
                writeMap(json, "retiredCodes", catalog.getValue().retiredCodes());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return text + "\n";
    }

    private static void writeMap(JsonGenerator json, String name, Map<String, String> map) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /**
     * @param what how a problem names the file, such as {@code the baseline 1.0}
     * @throws IOException if it is not a history of format 1
     */
    public static ReleaseHistory read(byte[] content, String what) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (JsonProcessingException e) {
            // A damaged artifact, not a bug: say which file and where, not Jackson's class and its "REDACTED" source.
            JsonLocation at = e.getLocation();
            throw new IOException(what + ": " + PATH + " is no JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + " (" + e.getOriginalMessage() + "), so no history of format 1",
                    e);
        }
        if (root == null || root.path("format").asInt() != 1 || !root.path("catalogs").isObject()) {
            throw new IOException(what + ": " + PATH + " is no history of format 1");
        }
        Map<String, ReleaseHistory.CatalogHistory> catalogs = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("catalogs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> catalog = it.next();
            catalogs.put(catalog.getKey(), new ReleaseHistory.CatalogHistory(
                    map(catalog.getValue().path("since"), JsonNode::asText),
                    map(catalog.getValue().path("tombstoneReleases"), JsonNode::asInt),
                    map(catalog.getValue().path("retiredCodes"), JsonNode::asText)));
        }
        return new ReleaseHistory(catalogs);
    }

    private static <T> Map<String, T> map(JsonNode node, Function<JsonNode, T> value) {
        Map<String, T> map = new TreeMap<>();
        node.fields().forEachRemaining(entry -> map.put(entry.getKey(), value.apply(entry.getValue())));
        return map;
    }
}
