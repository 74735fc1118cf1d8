package io.errorcatalog.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.errorcatalog.model.UnicodeEscapes;

/**
 * JSON as the references write it: maps and lists (in their own order) indented by two spaces, {@code \n} line
 * ends on every machine, UTF-8 text as it is. A JSON library writes it, so any text of a catalog stays a string.
 */
final class Json {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));

    private Json() {}

    /** The value (maps, lists, texts, numbers, booleans, null) as indented JSON, without a final line end. */
    static String write(Object value) {
        try {
            return loneSurrogatesEscaped(WRITER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A text may hold a lone surrogate, which UTF-8 cannot: the file would have {@code ?} for it. As its JSON
     * escape it reads back as it was, as the bundles keep it. It can only be in a string, where an escape is
     * the same text.
     */
    private static String loneSurrogatesEscaped(String json) {
        return UnicodeEscapes.escaped(json, i -> Character.isHighSurrogate(json.charAt(i))
                ? i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
                : Character.isLowSurrogate(json.charAt(i)) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1))));
    }
}
