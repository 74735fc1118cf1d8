package io.errorcatalog.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A parsed message template: literal text, {@code {name}} placeholders, and ICU-style plurals and selects.
 * <ul>
 * <li>{@code {{} and {@code }}} are literal braces; apostrophes and everything else are text.
 * <li>{@code {count, plural, =0 {no file} one {# file} other {# files}}} takes the branch of an exact value
 * ({@code =0}), else of the number's plural category in the message's language ({@code zero}, {@code one},
 * {@code two}, {@code few}, {@code many}), else {@code other}, which every plural must have. In a branch,
 * {@code #} is the number and {@code ##} a literal {@code #}.
 * <li>{@code {kind, select, card {...} other {...}}} takes the branch named by the parameter's text, else
 * {@code other}, which every select must have.
 * <li>The brace after a branch's selector always opens the branch, so {@code one {{user} has # file}}
 * starts with a placeholder. In a branch, {@code }} ends it, except that {@code }}} after a literal
 * {@code {{} of the same branch is the literal brace that pairs with it: literal braces in a branch come in
 * pairs, as in {@code other {write {{name}} here}}.
 * </ul>
 * Branches nest up to {@link #MAX_DEPTH} deep. Every part keeps its offset in the template, so a
 * diagnostic can point at it.
 */
public final class MessageTemplate {

    /** How deep plurals and selects may nest: real messages need two, and parsing recurses once per level. */
    public static final int MAX_DEPTH = 8;

    /** A piece of a template. */
    public sealed interface Part permits Text, Placeholder, PluralNumber, Choice {}

    /** Literal text, braces and {@code #} already unescaped. */
    public record Text(String text) implements Part {}

    /** {@code {name}}; {@code offset} is where its brace is in the template. */
    public record Placeholder(String name, int offset) implements Part {}

    /** {@code #} in a branch of a plural: that plural's number. */
    public record PluralNumber(int offset) implements Part {}

    /** The two kinds of choice among branches. */
    public enum Kind {
        PLURAL("plural"), SELECT("select");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The word a template uses, as in {@code {count, plural, ...}}. */
        public String keyword() {
            return keyword;
        }
    }

    /** A plural or a select of parameter {@code name}; {@code offset} is where its brace is. */
    public record Choice(Kind kind, String name, int offset, List<Branch> branches) implements Part {
        public Choice {
            branches = List.copyOf(branches);
        }

        /** The branch a selector names, or null. */
        public Branch branch(String selector) {
            return branches.stream().filter(branch -> branch.selector().equals(selector)).findFirst().orElse(null);
        }
    }

    /**
     * One branch: its selector ({@code one}, {@code =0}, {@code card}, {@code other}) at {@code offset}, and
     * its text.
     */
    public record Branch(String selector, int offset, List<Part> parts) {
        public Branch {
            parts = List.copyOf(parts);
        }

        /** The number of an exact value's branch ({@code =1.50} is 1.5), or null for a category's. */
        public BigDecimal exactValue() {
            return MessageTemplate.exactValue(selector);
        }
    }

    /** The number a selector such as {@code =1.50} stands for, without trailing zeros; null for any other. */
    private static BigDecimal exactValue(String selector) {
        return selector.startsWith("=") ? new BigDecimal(selector.substring(1)).stripTrailingZeros() : null;
    }

    /** Why a template could not be parsed, and at which character (0-based) of it. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    /** The plural categories of CLDR, in its order. */
    public static final List<String> PLURAL_CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private final List<Part> parts;

    private MessageTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static MessageTemplate parse(String template) throws SyntaxException {
        if (template.indexOf('{') < 0 && template.indexOf('}') < 0) {
            return new MessageTemplate(template.isEmpty() ? List.of() : List.of(new Text(template)));
        }
        Parser parser = new Parser(template);
        List<Part> parts = parser.parts(0, false, false);
        return new MessageTemplate(parts);
    }

    /**
     * Parameter names are ASCII letters and digits starting with a lower-case letter, as in
     * {@code {maxLength}}: they become Java parameter names, and cannot then shadow a constant or a type.
     */
    public static boolean isParameterName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!isAsciiLetter(ch) && !isAsciiDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    private static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** The top level's parts, adjacent texts joined. */
    public List<Part> parts() {
        return parts;
    }

    /** The parameter names this template uses, in any branch, in order of first use. */
    public Set<String> parameterNames() {
        return uses().keySet();
    }

    /**
     * Each parameter this template uses, in any branch, in order of first use, with the offset of that use:
     * a placeholder, a plural or a select.
     */
    public Map<String, Integer> uses() {
        Map<String, Integer> uses = new LinkedHashMap<>();
        collectUses(parts, uses);
        return uses;
    }

    private static void collectUses(List<Part> parts, Map<String, Integer> uses) {
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                uses.putIfAbsent(placeholder.name(), placeholder.offset());
            } else if (part instanceof Choice choice) {
                uses.putIfAbsent(choice.name(), choice.offset());
                choice.branches().forEach(branch -> collectUses(branch.parts(), uses));
            }
        }
    }

    /** Every plural and select, nested ones included, outer ones first. */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        collectChoices(parts, choices);
        return choices;
    }

    private static void collectChoices(List<Part> parts, List<Choice> choices) {
        for (Part part : parts) {
            if (part instanceof Choice choice) {
                choices.add(choice);
                choice.branches().forEach(branch -> collectChoices(branch.parts(), choices));
            }
        }
    }

    /** This template with every literal text, in every branch, replaced by {@code text}'s result for it. */
    public MessageTemplate mapText(UnaryOperator<String> text) {
        return new MessageTemplate(mapLeaves(parts, part -> part instanceof Text literal
                ? new Text(text.apply(literal.text())) : part));
    }

    /** This template with each placeholder of {@code names}, in every branch, written as the literal {@code shown}. */
    public MessageTemplate withPlaceholdersShownAs(Set<String> names, String shown) {
        return new MessageTemplate(mapLeaves(parts, part -> part instanceof Placeholder placeholder
                && names.contains(placeholder.name()) ? new Text(shown) : part));
    }

    /** The parts with each one that is no choice mapped, in every branch. */
    private static List<Part> mapLeaves(List<Part> parts, UnaryOperator<Part> leaf) {
        List<Part> mapped = new ArrayList<>(parts.size());
        for (Part part : parts) {
            if (part instanceof Choice choice) {
                mapped.add(new Choice(choice.kind(), choice.name(), choice.offset(), choice.branches().stream()
                        .map(branch -> new Branch(branch.selector(), branch.offset(), mapLeaves(branch.parts(), leaf)))
                        .toList()));
            } else {
                mapped.add(leaf.apply(part));
            }
        }
        return mapped;
    }

    /** This template with literal text before and after its top level. */
    public MessageTemplate surround(String before, String after) {
        List<Part> surrounded = new ArrayList<>();
        surrounded.add(new Text(before));
        surrounded.addAll(parts);
        surrounded.add(new Text(after));
        return new MessageTemplate(joinTexts(surrounded));
    }

    private static List<Part> joinTexts(List<Part> parts) {
        List<Part> joined = new ArrayList<>(parts.size());
        for (Part part : parts) {
            if (part instanceof Text text && !joined.isEmpty() && joined.get(joined.size() - 1) instanceof Text last) {
                joined.set(joined.size() - 1, new Text(last.text() + text.text()));
            } else if (!(part instanceof Text text && text.text().isEmpty())) {
                joined.add(part);
            }
        }
        return joined;
    }

    /**
     * A parameter's name with the type {@code params} declares for it, {@code max: int}, as readers are shown it;
     * {@code password: string, sensitive} for one whose value is never shown.
     */
    public static String withType(String name, List<Parameter> params) {
        for (Parameter param : params) {
            if (param.name().equals(name)) {
                return name + ": " + param.type().keyword() + (param.sensitive() ? ", sensitive" : "");
            }
        }
        return name;
    }

    /** One part of a template in the template's syntax, as {@link #write} writes it at the top level. */
    public static String written(Part part, UnaryOperator<String> name) {
        StringBuilder out = new StringBuilder();
        write(List.of(part), false, name, out);
        return out.toString();
    }

    /**
     * The template in its own syntax, each parameter's name shown as {@code name} maps it (for a reader:
     * {@code {max: int}}); {@code parse(write(n -> n))} gives this template again.
     */
    public String write(UnaryOperator<String> name) {
        StringBuilder out = new StringBuilder();
        write(parts, false, name, out);
        return out.toString();
    }

    private static void write(List<Part> parts, boolean inPlural, UnaryOperator<String> name, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Text text) {
                for (int i = 0; i < text.text().length(); i++) {
                    char c = text.text().charAt(i);
                    out.append(c == '{' || c == '}' || (c == '#' && inPlural) ? String.valueOf(c).repeat(2) : c);
                }
            } else if (part instanceof Placeholder placeholder) {
                out.append('{').append(name.apply(placeholder.name())).append('}');
            } else if (part instanceof PluralNumber) {
                out.append('#');
            } else if (part instanceof Choice choice) {
                out.append('{').append(name.apply(choice.name())).append(", ").append(choice.kind().keyword())
                        .append(',');
                for (Branch branch : choice.branches()) {
                    out.append(' ').append(branch.selector()).append(" {");
                    write(branch.parts(), inPlural || choice.kind() == Kind.PLURAL, name, out);
                    out.append('}');
                }
                out.append('}');
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate template && template.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return write(UnaryOperator.identity());
    }

    /** One pass over a template; recursion goes one level per nested plural or select, at most MAX_DEPTH. */
    private static final class Parser {
        private final String template;
        private int position;

        Parser(String template) {
            this.template = template;
        }

        private boolean at(int index, char c) {
            return index < template.length() && template.charAt(index) == c;
        }

        /**
         * Text and placeholders up to the end of the template or, in a branch, up to the brace that ends
         * it (not taken).
         */
        List<Part> parts(int depth, boolean inPlural, boolean inBranch) throws SyntaxException {
            List<Part> parts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int literalBraces = 0;
            while (position < template.length()) {
                char c = template.charAt(position);
                if (c == '{' && at(position + 1, '{')) {
                    text.append('{');
                    position += 2;
                    literalBraces++;
                } else if (c == '}' && at(position + 1, '}') && (!inBranch || literalBraces > 0)) {
                    text.append('}');
                    position += 2;
                    literalBraces--;
                } else if (c == '}' && inBranch) {
                    break;
                } else if (c == '}') {
                    throw new SyntaxException("a lone '}' at character " + (position + 1)
                            + "; write '}}' for a literal brace", position);
                } else if (c == '#' && inPlural && at(position + 1, '#')) {
                    text.append('#');
                    position += 2;
                } else if (c == '{' || (c == '#' && inPlural)) {
                    if (text.length() > 0) {
                        parts.add(new Text(text.toString()));
                        text.setLength(0);
                    }
                    if (c == '#') {
                        parts.add(new PluralNumber(position++));
                    } else {
                        parts.add(placeholder(depth, inPlural));
                    }
                } else {
                    text.append(c);
                    position++;
                }
            }
            if (text.length() > 0) {
                parts.add(new Text(text.toString()));
            }
            return parts;
        }

        /** {@code {name}}, or a plural or select: at its opening brace. */
        private Part placeholder(int depth, boolean inPlural) throws SyntaxException {
            int start = position;
            int end = start + 1;
            while (end < template.length() && (isAsciiLetter(template.charAt(end)) || isAsciiDigit(template.charAt(end)))) {
                end++;
            }
            String name = template.substring(start + 1, end);
            int afterName = skipSpace(end);
            boolean simple = at(end, '}');
            if (!isParameterName(name) || !(simple || at(afterName, ','))) {
                throw new SyntaxException("'{' at character " + (start + 1) + " starts no parameter like"
                        + " '{field}'; write '{{' for a literal brace", start);
            }
            if (simple) {
                position = end + 1;
                return new Placeholder(name, start);
            }
            int kindStart = skipSpace(afterName + 1);
            int kindEnd = kindStart;
            while (kindEnd < template.length() && isAsciiLetter(template.charAt(kindEnd))) {
                kindEnd++;
            }
            String keyword = template.substring(kindStart, kindEnd);
            Kind kind = keyword.equals("plural") ? Kind.PLURAL : keyword.equals("select") ? Kind.SELECT : null;
            if (kind == null) {
                throw new SyntaxException("'{" + name + ", " + keyword + "...' at character " + (start + 1) + " is no"
                        + " parameter: after '{" + name + ",' write plural or select, as in {" + name + ", plural,"
                        + " one {# item} other {# items}}", kindStart);
            }
            String what = "the " + keyword + " of {" + name + "} at character " + (start + 1);
            if (depth >= MAX_DEPTH) {
                throw new SyntaxException(what + " is nested in " + MAX_DEPTH + " plurals and selects; a message"
                        + " may nest at most " + MAX_DEPTH + " deep", start);
            }
            position = skipSpace(kindEnd);
            if (!at(position, ',')) {
                throw new SyntaxException(what + " has no branches; write them after a comma, as in {" + name
                        + ", " + keyword + ", " + (kind == Kind.PLURAL ? "one {# item} other {# items}" : "a {...} other {...}")
                        + "}", position);
            }
            position++;
            List<Branch> branches = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (true) {
                position = skipSpace(position);
                if (position >= template.length()) {
                    throw new SyntaxException(what + " is not closed; end it with '}'", start);
                }
                if (at(position, '}')) {
                    position++;
                    break;
                }
                int selectorStart = position;
                String selector = selector(kind, what);
                // =1, =1.0 and =01 are one exact value: the runtime would take the first, the others never.
                Integer earlier = seen.putIfAbsent(isExactValue(selector)
                        ? "=" + exactValue(selector).toPlainString() : selector, selectorStart);
                if (earlier != null) {
                    String first = template.substring(earlier, selectorEnd(earlier));
                    throw new SyntaxException(what + " has " + (first.equals(selector) ? "the branch '" + selector
                            + "' twice," : "the branches '" + first + "' and '" + selector + "', one number,")
                            + " at character " + (earlier + 1) + " and " + (selectorStart + 1) + "; keep one",
                            selectorStart);
                }
                position = skipSpace(position);
                if (!at(position, '{')) {
                    throw new SyntaxException("the branch '" + selector + "' of " + what + " needs its text in braces,"
                            + " as in " + selector + " {...}", position);
                }
                position++;
                List<Part> parts = parts(depth + 1, inPlural || kind == Kind.PLURAL, true);
                if (!at(position, '}')) {
                    throw new SyntaxException("the branch '" + selector + "' of " + what + " is not closed; end it"
                            + " with '}' (in a branch, a literal '}' is written '}}' after the '{{' it pairs with)",
                            selectorStart);
                }
                position++;
                branches.add(new Branch(selector, selectorStart, parts));
            }
            if (!seen.containsKey("other")) {
                throw new SyntaxException(what + " has no 'other' branch; add other {...}, the text for every "
                        + (kind == Kind.PLURAL ? "number" : "value") + " the other branches do not take", start);
            }
            return new Choice(kind, name, start, branches);
        }

        /** A branch's selector, taken: a plural category or {@code =N}, or a select's value. */
        private String selector(Kind kind, String what) throws SyntaxException {
            int start = position;
            int end = selectorEnd(start);
            String selector = template.substring(start, end);
            if (selector.isEmpty()) {
                throw new SyntaxException(what + " has '" + template.charAt(start) + "' at character " + (start + 1)
                        + " where a branch, such as " + (kind == Kind.PLURAL ? "one {...}" : "a {...}")
                        + ", or the '}' that ends it belongs", start);
            }
            if (kind == Kind.PLURAL && !PLURAL_CATEGORIES.contains(selector) && !isExactValue(selector)) {
                throw new SyntaxException(what + " has the branch '" + selector + "'; a plural's branches are "
                        + String.join(", ", PLURAL_CATEGORIES) + " and exact values such as =0"
                        + (selector.startsWith("offset") ? " (offset is not supported)" : ""), start);
            }
            if (kind == Kind.SELECT && !selector.matches("[A-Za-z0-9_-]+")) {
                throw new SyntaxException(what + " has the branch '" + selector + "'; a select's branches are"
                        + " values (letters, digits, '-' and '_'), such as card {...}", start);
            }
            position = end;
            return selector;
        }

        /** Where the selector that starts at {@code start} ends. */
        private int selectorEnd(int start) {
            int end = start;
            while (end < template.length() && isSelectorCharacter(template.charAt(end))) {
                end++;
            }
            return end;
        }

        private static boolean isSelectorCharacter(char c) {
            return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '-' || c == '=' || c == '.' || c == ':';
        }

        /** {@code =} and a number: digits, and a fraction of digits after {@code .}. */
        private static boolean isExactValue(String selector) {
            return selector.matches("=[0-9]{1,18}(\\.[0-9]{1,18})?");
        }

        private int skipSpace(int from) {
            int index = from;
            while (index < template.length() && " \t\n\r".indexOf(template.charAt(index)) >= 0) {
                index++;
            }
            return index;
        }
    }
}
