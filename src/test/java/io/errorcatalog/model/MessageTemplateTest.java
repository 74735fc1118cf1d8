package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.errorcatalog.model.MessageTemplate.Branch;
import io.errorcatalog.model.MessageTemplate.Choice;
import io.errorcatalog.model.MessageTemplate.Kind;
import io.errorcatalog.model.MessageTemplate.Part;
import io.errorcatalog.model.MessageTemplate.Placeholder;
import io.errorcatalog.model.MessageTemplate.PluralNumber;
import io.errorcatalog.model.MessageTemplate.Text;

class MessageTemplateTest {

    private static Text text(String text) {
        return new Text(text);
    }

    private static List<Part> parts(String template) throws MessageTemplate.SyntaxException {
        return MessageTemplate.parse(template).parts();
    }

    @Test
    void placeholdersSplitTheTemplateIntoTextAndParameters() throws Exception {
        MessageTemplate template = MessageTemplate.parse("Field {field} must be shorter than {max} characters.");
        assertEquals(List.of(text("Field "), new Placeholder("field", 6), text(" must be shorter than "),
                new Placeholder("max", 35), text(" characters.")), template.parts());
        assertEquals(Set.of("field", "max"), template.parameterNames());
    }

    @Test
    void parameterNamesAreInOrderOfFirstUseAndOnce() throws Exception {
        assertEquals(List.of("b", "a"),
                List.copyOf(MessageTemplate.parse("{b}{a} and {b} again").parameterNames()));
    }

    @Test
    void adjacentPlaceholdersAndPlaceholdersAtTheEndsHaveNoEmptyText() throws Exception {
        assertEquals(List.of(new Placeholder("a", 0), new Placeholder("b2", 3), text("-"), new Placeholder("maxLength", 8)),
                parts("{a}{b2}-{maxLength}"));
    }

    @Test
    void doubledBracesAreLiteralBraces() throws Exception {
        MessageTemplate template = MessageTemplate.parse("Write {{name}} for a parameter, }} and {{ for braces.");
        assertEquals(List.of(text("Write {name} for a parameter, } and { for braces.")), template.parts());
        assertEquals(Set.of(), template.parameterNames());
    }

    @Test
    void bracesAroundAPlaceholderAreLiteral() throws Exception {
        assertEquals(List.of(text("{"), new Placeholder("name", 2), text("}")), parts("{{{name}}}"));
    }

    @Test
    void apostrophesHashesAndOtherSymbolsAreLiteralOutsideAPlural() throws Exception {
        assertEquals(List.of(text("Don't use '"), new Placeholder("value", 11), text("' here: #, ##, ', '' and \\ stay.")),
                parts("Don't use '{value}' here: #, ##, ', '' and \\ stay."));
    }

    @Test
    void emptyTemplateHasNoParts() throws Exception {
        assertEquals(List.of(), parts(""));
    }

    @Test
    void aPluralHasItsBranchesAndHashIsItsNumber() throws Exception {
        assertEquals(List.of(text("Found "), new Choice(Kind.PLURAL, "count", 6, List.of(
                new Branch("=0", 22, List.of(text("no file"))),
                new Branch("one", 35, List.of(new PluralNumber(40), text(" file"))),
                new Branch("other", 48, List.of(new PluralNumber(55), text(" files")))))),
                parts("Found {count, plural, =0 {no file} one {# file} other {# files}}"));
    }

    @Test
    void aSelectHasItsBranchesAndHashIsTextThere() throws Exception {
        assertEquals(List.of(new Choice(Kind.SELECT, "kind", 0, List.of(
                new Branch("card", 15, List.of(text("card #"))),
                new Branch("other", 29, List.of(new Placeholder("kind", 36)))))),
                parts("{kind, select, card {card #} other {{kind}}}"));
    }

    @Test
    void theBraceAfterASelectorAlwaysOpensTheBranch() throws Exception {
        Choice plural = (Choice) parts("{n, plural, one {{user} has # file} other {{user} has # files}}").get(0);
        assertEquals(List.of(new Placeholder("user", 17), text(" has "), new PluralNumber(28), text(" file")),
                plural.branch("one").parts());
    }

    @Test
    void literalBracesInABranchComeInPairs() throws Exception {
        Choice plural = (Choice) parts("{n, plural, other {write {{name}} or {{x}} and {{{n}}} here}}").get(0);
        assertEquals(List.of(text("write {name} or {x} and {"), new Placeholder("n", 49), text("} here")),
                plural.branch("other").parts());
        // An unpaired literal brace pairs with the brace meant to end the branch.
        assertEquals("the branch 'other' of the plural of {n} at character 1 is not closed; end it with '}' (in a"
                + " branch, a literal '}' is written '}}' after the '{{' it pairs with)", assertThrows(
                        MessageTemplate.SyntaxException.class, () -> parts("{n, plural, other {a {{ b}}")).getMessage());
    }

    @Test
    void aDoubledHashInAPluralIsALiteralHashEvenInANestedSelect() throws Exception {
        Choice plural = (Choice) parts("{n, plural, other {## #{k, select, other {##}}}}").get(0);
        Choice select = (Choice) plural.branch("other").parts().get(2);
        assertEquals(List.of(text("# "), new PluralNumber(22)), plural.branch("other").parts().subList(0, 2));
        assertEquals(List.of(text("#")), select.branch("other").parts());
    }

    @Test
    void whitespaceAndLineBreaksAroundTheStructureAreAllowed() throws Exception {
        assertEquals(MessageTemplate.parse("{n, plural, one {# x} other {# y}}").toString(),
                MessageTemplate.parse("{n ,\n  plural ,\tone\n {# x}\n  other {# y}\n}").toString());
    }

    @Test
    void nestedChoicesAndTheirParametersAreFoundInEveryBranch() throws Exception {
        MessageTemplate template = MessageTemplate.parse(
                "{kind, select, card {{n, plural, one {# card of {owner}} other {# cards}}} other {{n} items}}");
        assertEquals(List.of("kind", "n", "owner"), List.copyOf(template.parameterNames()));
        assertEquals(List.of("kind", "n"), template.choices().stream().map(Choice::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain {a} text", "{{lit}} {x} }}", "{n, plural, =0 {none} one {{u} has # file} other"
            + " {# files, ## and {{a}} {k, select, x {#} other {y}}}}", "# outside {s, select, a {#} other {}}"})
    void writingATemplateGivesItBack(String written) throws Exception {
        MessageTemplate template = MessageTemplate.parse(written);
        String rewritten = template.write(UnaryOperator.identity());
        assertEquals(stripOffsets(template), stripOffsets(MessageTemplate.parse(rewritten)), rewritten);
        assertEquals(rewritten, MessageTemplate.parse(rewritten).write(UnaryOperator.identity()));
    }

    /** The template's writing with names marked: what parse keeps apart from the offsets. */
    private static String stripOffsets(MessageTemplate template) {
        return template.write(name -> "<" + name + ">");
    }

    @Test
    void textCanBeReplacedInEveryBranchAndSurroundedAtTheTopOnly() throws Exception {
        MessageTemplate template = MessageTemplate.parse("a {n, plural, one {b #} other {c}} d");
        assertEquals("[A {n, plural, one {B #} other {C}} D!]",
                template.mapText(text -> text.toUpperCase(java.util.Locale.ROOT)).surround("[", "!]").toString());
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
        "{n, plural, one {#}} | 0 | the plural of {n} at character 1 has no 'other' branch; add other {...}, the text for every number the other branches do not take",
        "x {k, select, a {A}} | 2 | the select of {k} at character 3 has no 'other' branch; add other {...}, the text for every value the other branches do not take",
        "{n, plural, other {a} one {b} other {c}} | 30 | the plural of {n} at character 1 has the branch 'other' twice, at character 13 and 31; keep one",
        "{n, plural, =1 {a} =1.0 {b} other {c}} | 19 | the plural of {n} at character 1 has the branches '=1' and '=1.0', one number, at character 13 and 20; keep one",
        "{n, plural, =0.50 {a} =00.5 {b} other {c}} | 22 | the plural of {n} at character 1 has the branches '=0.50' and '=00.5', one number, at character 13 and 23; keep one",
        "{n, number}         | 4 | '{n, number...' at character 1 is no parameter: after '{n,' write plural or select, as in {n, plural, one {# item} other {# items}}",
        "{n, plural}         | 10 | the plural of {n} at character 1 has no branches; write them after a comma, as in {n, plural, one {# item} other {# items}}",
        "{n, plural, other {x} | 0 | the plural of {n} at character 1 is not closed; end it with '}'",
        "{n, plural, other {x | 12 | the branch 'other' of the plural of {n} at character 1 is not closed; end it with '}' (in a branch, a literal '}' is written '}}' after the '{{' it pairs with)",
        "{n, plural, single {x} other {y}} | 12 | the plural of {n} at character 1 has the branch 'single'; a plural's branches are zero, one, two, few, many, other and exact values such as =0",
        "{n, plural, offset:1 other {y}} | 12 | the plural of {n} at character 1 has the branch 'offset:1'; a plural's branches are zero, one, two, few, many, other and exact values such as =0 (offset is not supported)",
        "{n, plural, =1.5.2 {x} other {y}} | 12 | the plural of {n} at character 1 has the branch '=1.5.2'; a plural's branches are zero, one, two, few, many, other and exact values such as =0",
        "{k, select, =1 {x} other {y}} | 12 | the select of {k} at character 1 has the branch '=1'; a select's branches are values (letters, digits, '-' and '_'), such as card {...}",
        "{n, plural, one x other {y}} | 16 | the branch 'one' of the plural of {n} at character 1 needs its text in braces, as in one {...}",
        "{n, plural, {x} other {y}} | 12 | the plural of {n} at character 1 has '{' at character 13 where a branch, such as one {...}, or the '}' that ends it belongs",
        "{n, plural, other {{{x}}} | 0 | the plural of {n} at character 1 is not closed; end it with '}'",
    })
    void anUnparsableTemplateIsAnErrorAtItsCharacter(String template, int offset, String message) {
        MessageTemplate.SyntaxException error = assertThrows(MessageTemplate.SyntaxException.class,
                () -> MessageTemplate.parse(template.strip()));
        assertEquals(message, error.getMessage());
        assertEquals(offset, error.offset());
    }

    @Test
    void choicesNestAtMostMaxDepthDeep() throws Exception {
        String opening = "{k, select, other {";
        MessageTemplate.parse(opening.repeat(MessageTemplate.MAX_DEPTH) + "x" + "}}".repeat(MessageTemplate.MAX_DEPTH));
        String tooDeep = opening.repeat(MessageTemplate.MAX_DEPTH + 1) + "x" + "}}".repeat(MessageTemplate.MAX_DEPTH + 1);
        MessageTemplate.SyntaxException error = assertThrows(MessageTemplate.SyntaxException.class,
                () -> MessageTemplate.parse(tooDeep));
        assertEquals(opening.length() * MessageTemplate.MAX_DEPTH, error.offset());
        assertEquals("the select of {k} at character " + (opening.length() * MessageTemplate.MAX_DEPTH + 1)
                + " is nested in 8 plurals and selects; a message may nest at most 8 deep", error.getMessage());
    }

    @Test
    void hostileTemplatesFailOrParseInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            // As deep as a catalog text (16,384 characters) can nest, and unbalanced.
            String deep = "{k, select, other {".repeat(1_000);
            assertEquals(MessageTemplate.MAX_DEPTH * 19, assertThrows(MessageTemplate.SyntaxException.class,
                    () -> MessageTemplate.parse(deep)).offset());
            assertThrows(MessageTemplate.SyntaxException.class, () -> MessageTemplate.parse("{".repeat(16_383)));
            assertThrows(MessageTemplate.SyntaxException.class, () -> MessageTemplate.parse("}".repeat(16_383)));
            assertThrows(MessageTemplate.SyntaxException.class,
                    () -> MessageTemplate.parse("{n, plural, other {" + "{{".repeat(8_000) + "}"));
            // Thousands of branches are read once each; a duplicate among them is found at once.
            StringBuilder many = new StringBuilder("{k, select,");
            for (int i = 0; i < 3_000; i++) {
                many.append(" v").append(i).append(" {").append(i).append('}');
            }
            Choice select = (Choice) MessageTemplate.parse(many + " other {x}}").parts().get(0);
            assertEquals(3_001, select.branches().size());
            assertEquals("the select of {k} at character 1 has the branch 'v0' twice, at character 13 and "
                    + (many.length() + 2) + "; keep one", assertThrows(MessageTemplate.SyntaxException.class,
                            () -> MessageTemplate.parse(many + " v0 {again} other {x}}")).getMessage());
        });
    }

    @ParameterizedTest
    @CsvSource({"field, true", "maxLength, true", "a1, true", "Field, false", "1a, false", "'', false",
            "max_length, false", "max-length, false", "zähler, false"})
    void parameterNamesAreAsciiLettersAndDigitsStartingWithALowerCaseLetter(String name, boolean valid) {
        assertEquals(valid, MessageTemplate.isParameterName(name));
    }
}
