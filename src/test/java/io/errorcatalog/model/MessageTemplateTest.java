package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.errorcatalog.model.MessageTemplate.Segment;

class MessageTemplateTest {

    private static Segment text(String text) {
        return new Segment(false, text);
    }

    private static Segment param(String name) {
        return new Segment(true, name);
    }

    @Test
    void placeholdersSplitTheTemplateIntoTextAndParameters() throws Exception {
        MessageTemplate template = MessageTemplate.parse("Field {field} must be shorter than {max} characters.");
        assertEquals(List.of(text("Field "), param("field"), text(" must be shorter than "), param("max"),
                text(" characters.")), template.segments());
        assertEquals(Set.of("field", "max"), template.parameterNames());
    }

    @Test
    void parameterNamesAreInOrderOfFirstUseAndOnce() throws Exception {
        assertEquals(List.of("b", "a"),
                List.copyOf(MessageTemplate.parse("{b}{a} and {b} again").parameterNames()));
    }

    @Test
    void adjacentPlaceholdersAndPlaceholdersAtTheEndsHaveNoEmptyText() throws Exception {
        assertEquals(List.of(param("a"), param("b2"), text("-"), param("maxLength")),
                MessageTemplate.parse("{a}{b2}-{maxLength}").segments());
    }

    @Test
    void doubledBracesAreLiteralBraces() throws Exception {
        MessageTemplate template = MessageTemplate.parse("Write {{name}} for a parameter, }} and {{ for braces.");
        assertEquals(List.of(text("Write {name} for a parameter, } and { for braces.")), template.segments());
        assertEquals(Set.of(), template.parameterNames());
    }

    @Test
    void bracesAroundAPlaceholderAreLiteral() throws Exception {
        assertEquals(List.of(text("{"), param("name"), text("}")), MessageTemplate.parse("{{{name}}}").segments());
    }

    @Test
    void apostrophesAndOtherSymbolsAreLiteral() throws Exception {
        assertEquals(List.of(text("Don't use '"), param("value"), text("' here: #, ', '' and \\ stay.")),
                MessageTemplate.parse("Don't use '{value}' here: #, ', '' and \\ stay.").segments());
    }

    @Test
    void emptyTemplateHasNoSegments() throws Exception {
        assertEquals(List.of(), MessageTemplate.parse("").segments());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a { b               | 2 | '{' at character 3 starts no parameter like '{field}'; write '{{' for a literal brace",
        "ends with {         | 10 | '{' at character 11 starts no parameter like '{field}'; write '{{' for a literal brace",
        "{Upper} case        | 0 | '{' at character 1 starts no parameter like '{field}'; write '{{' for a literal brace",
        "number {1}          | 7 | '{' at character 8 starts no parameter like '{field}'; write '{{' for a literal brace",
        "empty {} here       | 6 | '{' at character 7 starts no parameter like '{field}'; write '{{' for a literal brace",
        "spaced { name }     | 7 | '{' at character 8 starts no parameter like '{field}'; write '{{' for a literal brace",
        "dashed {max-len}    | 7 | '{' at character 8 starts no parameter like '{field}'; write '{{' for a literal brace",
        "accent {zähler}     | 7 | '{' at character 8 starts no parameter like '{field}'; write '{{' for a literal brace",
        "a } b               | 2 | a lone '}' at character 3; write '}}' for a literal brace",
        "{{a}                | 3 | a lone '}' at character 4; write '}}' for a literal brace",
        "{a}}}}              | 5 | a lone '}' at character 6; write '}}' for a literal brace",
    })
    void loneBraceOrPlaceholderThatNamesNoParameterIsAnErrorAtItsCharacter(String template, int offset, String message) {
        MessageTemplate.SyntaxException error = assertThrows(MessageTemplate.SyntaxException.class,
                () -> MessageTemplate.parse(template.strip()));
        assertEquals(message, error.getMessage());
        assertEquals(offset, error.offset());
    }

    @ParameterizedTest
    @CsvSource({"field, true", "maxLength, true", "a1, true", "Field, false", "1a, false", "'', false",
            "max_length, false", "max-length, false", "zähler, false"})
    void parameterNamesAreAsciiLettersAndDigitsStartingWithALowerCaseLetter(String name, boolean valid) {
        assertEquals(valid, MessageTemplate.isParameterName(name));
    }
}
