package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class JsonTest {

    @Test
    void aLoneSurrogateSurvivesTheFileAsItsEscapeAndAPairAsItIs() throws Exception {
        List<String> texts = List.of("a\ud800b", "\udc00", "end\ud83d", "\ud83d\ude00 grin", "\udc00\ud800");
        String json = Json.write(Map.of("texts", texts));
        byte[] file = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("texts", texts), new ObjectMapper().readValue(file, Map.class));
        assertEquals(true, json.contains("\"\ud83d\ude00 grin\""), json);
    }
}
