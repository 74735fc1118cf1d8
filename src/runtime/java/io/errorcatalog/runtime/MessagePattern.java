package io.errorcatalog.runtime;

import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message as a bundle holds it, parsed once: literal text and arguments by position, with plurals and
 * selects. The syntax is that of {@code java.text.MessageFormat} for text and simple arguments, so a
 * message without plurals reads the same as before and is formatted the same, and ICU's for plurals:
 * <ul>
 * <li>{@code {0}} the first argument, formatted as {@code MessageFormat} formats it (a number by the
 * locale's {@code NumberFormat}, a date by its short date and time, anything else by {@code toString});
 * {@code {0,plain}} a number in plain digits instead (no grouping, ASCII digits, {@code .} before a
 * fraction: {@code 12345}, {@code 1.5});
 * <li>{@code {0,plural,=0{none}one{# file}other{# files}}} the branch of the argument's exact value, else
 * of its plural category (by the rules of the bundle's language), else {@code other}; {@code #} in it is
 * the number, formatted as {@code {0}} (or as {@code {0,plain}} after {@code plural,plain,});
 * <li>{@code {0,select,a{...}other{...}}} the branch named by the argument's text ({@code true} or
 * {@code false} for a boolean), else {@code other};
 * <li>{@code '} quotes: {@code ''} is an apostrophe, and text between single apostrophes is literal, braces
 * and {@code #} included; a {@code #} outside any plural, and a {@code }} that closes nothing, are literal.
 * </ul>
 * The plugin writes every bundle's messages so; it has checked them, so a pattern that does not parse
 * is a bug (or a hand-edited bundle) and fails with an {@code IllegalArgumentException}.
 */
@Generated
final class MessagePattern {

    /** How deep plurals and selects may nest; the plugin allows far fewer. Bounds the parser's recursion. */
    private static final int MAX_DEPTH = 32;

    /** Parsed patterns by their text: each bundle message is parsed once, whichever thread asks first. */
    private static final ConcurrentHashMap<String, MessagePattern> CACHE =
            new ConcurrentHashMap<String, MessagePattern>();

    /**
     * Each locale's number format, made once: {@code NumberFormat.getInstance} builds one from its pattern
     * on every call. Never used to format (a {@code NumberFormat} is not safe for several threads), only
     * cloned; bounded, since the locale is whatever a caller asks for.
     */
    private static final BoundedCache<Locale, NumberFormat> NUMBER_FORMATS = new BoundedCache<Locale, NumberFormat>(64);

    private final Node[] nodes;

    private MessagePattern(Node[] nodes) {
        this.nodes = nodes;
    }

    /**
     * Parses a pattern, or takes it from the cache.
     *
     * @param pattern a bundle's message
     * @return the parsed pattern, the same object for the same text
     * @throws IllegalArgumentException if the text is no such pattern
     */
    static MessagePattern of(String pattern) {
        MessagePattern parsed = CACHE.get(pattern);
        if (parsed == null) {
            parsed = new MessagePattern(new Parser(pattern).pattern());
            MessagePattern raced = CACHE.putIfAbsent(pattern, parsed);
            return raced != null ? raced : parsed;
        }
        return parsed;
    }

    /**
     * The message with its arguments.
     *
     * @param arguments by position; a position with no argument is written as it stands ({@code {3}})
     * @param rules the plural rules of the language the pattern is written in: those of the bundle it came from
     * @param locale the locale numbers and dates are formatted for: the one asked for
     * @return the text
     */
    String format(Object[] arguments, PluralRules rules, Locale locale) {
        StringBuilder out = new StringBuilder();
        Formatting formatting = new Formatting(arguments, rules, locale);
        for (Node node : nodes) {
            node.appendTo(out, formatting);
        }
        return out.toString();
    }

    /** What one formatting needs, its number formats made once and only where used. */
    private static final class Formatting {
        final Object[] arguments;
        final PluralRules rules;
        final Locale locale;
        private NumberFormat numbers;
        private NumberFormat digits;

        Formatting(Object[] arguments, PluralRules rules, Locale locale) {
            this.arguments = arguments;
            this.rules = rules;
            this.locale = locale;
        }

        /** Whether there is an argument at {@code index}: a pattern may name more than it is given. */
        boolean has(int index) {
            return arguments != null && index < arguments.length;
        }

        /** The argument at {@code index}, or null where there is none. */
        Object argument(int index) {
            return has(index) ? arguments[index] : null;
        }

        /** The locale's number format, as {@code MessageFormat} uses it. */
        NumberFormat numbers() {
            if (numbers == null) {
                NumberFormat prototype = NUMBER_FORMATS.get(locale);
                if (prototype == null) {
                    prototype = NUMBER_FORMATS.keep(locale, NumberFormat.getInstance(locale), false);
                }
                numbers = (NumberFormat) prototype.clone();
            }
            return numbers;
        }

        /**
         * The locale's number format with plain digits and no grouping: what it shows, in digits plural rules
         * read ({@code 1.5} for German {@code 1,5}, rounded as the locale rounds); null where it is no
         * {@code DecimalFormat}.
         */
        NumberFormat digits() {
            if (digits == null && numbers() instanceof DecimalFormat) {
                DecimalFormat plain = (DecimalFormat) numbers().clone();
                plain.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(Locale.ROOT));
                plain.setGroupingUsed(false);
                digits = plain;
            }
            return digits;
        }
    }

    /** A piece of a pattern. */
    private abstract static class Node {
        abstract void appendTo(StringBuilder out, Formatting formatting);

        static void appendAll(Node[] nodes, StringBuilder out, Formatting formatting) {
            for (Node node : nodes) {
                node.appendTo(out, formatting);
            }
        }
    }

    private static final class Text extends Node {
        private final String text;

        Text(String text) {
            this.text = text;
        }

        @Override
        void appendTo(StringBuilder out, Formatting formatting) {
            out.append(text);
        }
    }

    /** {@code {0}}, {@code {0,plain}}, and {@code #} in a plural of argument 0. */
    private static final class Argument extends Node {
        private final int index;
        private final boolean plain;

        Argument(int index, boolean plain) {
            this.index = index;
            this.plain = plain;
        }

        @Override
        void appendTo(StringBuilder out, Formatting formatting) {
            if (!formatting.has(index)) {
                out.append('{').append(index).append('}');
                return;
            }
            Object argument = formatting.argument(index);
            Number number = number(argument);
            out.append(plain && number != null ? plain(number) : format(argument, formatting));
        }

        /** As {@code MessageFormat} formats an argument with no format of its own. */
        private static String format(Object argument, Formatting formatting) {
            if (argument == null) {
                return "null";
            }
            if (argument instanceof Number) {
                return formatting.numbers().format(argument);
            }
            if (argument instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, formatting.locale)
                        .format(argument);
            }
            // String.valueOf: a toString() that returns null reads "null", as MessageFormat has it.
            return String.valueOf(argument.toString());
        }
    }

    /** The argument where it is a number, else null. */
    // Error Prone's PatternMatchingInstanceof (where the consumer compiles for Java 16 or later) asks for
    // "instanceof Number n", which Java 8, the language of the runtime, does not have.
    @SuppressWarnings("PatternMatchingInstanceof")
    private static Number number(Object argument) {
        return argument instanceof Number ? (Number) argument : null;
    }

    /**
     * A number in plain digits: its decimal digits, a {@code .} and the fewest fraction digits that keep its
     * value where it has a fraction; not a number and infinities as Java writes them.
     */
    static String plain(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return number.toString();
            }
            // Float's own shortest digits: 0.1f is 0.1, not the double 0.10000000149011612.
            BigDecimal decimal = number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(value);
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        // A BigDecimal's own toString may have an exponent (1E+3); its digits are those of its plain string.
        return number instanceof BigDecimal ? new BigDecimal(number.toString()).toPlainString() : number.toString();
    }

    /** {@code {0,plural,...}}: a branch by exact value, else by plural category, else {@code other}. */
    private static final class Plural extends Node {
        private final int index;
        private final boolean plain;
        private final BigDecimal[] exactValues;
        private final Node[][] exactBranches;
        private final Map<String, Node[]> categories;
        private final Node[] other;

        Plural(int index, boolean plain, BigDecimal[] exactValues, Node[][] exactBranches,
                Map<String, Node[]> categories, Node[] other) {
            this.index = index;
            this.plain = plain;
            this.exactValues = exactValues;
            this.exactBranches = exactBranches;
            this.categories = categories;
            this.other = other;
        }

        @Override
        void appendTo(StringBuilder out, Formatting formatting) {
            Number number = number(formatting.argument(index));
            Node.appendAll(number != null ? branch(number, formatting) : other, out, formatting);
        }

        private Node[] branch(Number number, Formatting formatting) {
            BigDecimal exact = exact(number);
            for (int i = 0; exact != null && i < exactValues.length; i++) {
                if (exactValues[i].compareTo(exact) == 0) {
                    return exactBranches[i];
                }
            }
            String shown = shown(number, formatting);
            if (shown == null) {
                return other;
            }
            Node[] branch = categories.get(formatting.rules.select(shown));
            return branch != null ? branch : other;
        }

        /** The number's value, or null where it has none (not a number, infinite, of an unknown kind). */
        private static BigDecimal exact(Number number) {
            String digits = plain(number);
            return isShownNumber(digits.startsWith("-") ? digits.substring(1) : digits) ? new BigDecimal(digits) : null;
        }

        /** The digits of the number as {@code #} shows it, without sign, as plural rules read them; or null. */
        private String shown(Number number, Formatting formatting) {
            String shown;
            if (plain || number instanceof Integer || number instanceof Long || number instanceof Short
                    || number instanceof Byte || formatting.digits() == null) {
                shown = plain(number);
            } else {
                shown = formatting.digits().format(number);
            }
            if (shown.startsWith("-")) {
                shown = shown.substring(1);
            }
            return isShownNumber(shown) ? shown : null;
        }
    }

    /** Digits, and at most one {@code .} followed by digits. */
    private static boolean isShownNumber(String text) {
        int point = text.indexOf('.');
        if (text.isEmpty() || point == 0 || point == text.length() - 1 || text.indexOf('.', point + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && i != point) {
                return false;
            }
        }
        return true;
    }

    /** {@code {0,select,...}}: the branch of the argument's text, else {@code other}. */
    private static final class Select extends Node {
        private final int index;
        private final Map<String, Node[]> branches;
        private final Node[] other;

        Select(int index, Map<String, Node[]> branches, Node[] other) {
            this.index = index;
            this.branches = branches;
            this.other = other;
        }

        @Override
        void appendTo(StringBuilder out, Formatting formatting) {
            Object argument = formatting.argument(index);
            Node[] branch = argument == null ? null : branches.get(argument.toString());
            Node.appendAll(branch != null ? branch : other, out, formatting);
        }
    }

    private static final class Parser {
        private final String pattern;
        private int position;

        Parser(String pattern) {
            this.pattern = pattern;
        }

        Node[] pattern() {
            return nodes(0, -1, false, false);
        }

        /**
         * Text and arguments up to the end, or in a branch up to its closing brace.
         *
         * @param plural the argument of the nearest plural around, whose number {@code #} is; -1 for none
         */
        private Node[] nodes(int depth, int plural, boolean plain, boolean inBranch) {
            List<Node> nodes = new ArrayList<Node>();
            StringBuilder text = new StringBuilder();
            boolean quoted = false;
            while (position < pattern.length()) {
                char c = pattern.charAt(position);
                if (c == '\'') {
                    if (position + 1 < pattern.length() && pattern.charAt(position + 1) == '\'') {
                        text.append('\'');
                        position += 2;
                    } else {
                        quoted = !quoted;
                        position++;
                    }
                } else if (quoted || (c == '}' && !inBranch) || (c == '#' && plural < 0)) {
                    text.append(c);
                    position++;
                } else if (c == '}') {
                    break;
                } else if (c == '{' || c == '#') {
                    if (text.length() > 0) {
                        nodes.add(new Text(text.toString()));
                        text.setLength(0);
                    }
                    if (c == '#') {
                        nodes.add(new Argument(plural, plain));
                        position++;
                    } else {
                        nodes.add(argument(depth));
                    }
                } else {
                    text.append(c);
                    position++;
                }
            }
            if (text.length() > 0) {
                nodes.add(new Text(text.toString()));
            }
            return nodes.toArray(new Node[0]);
        }

        private Node argument(int depth) {
            int start = position++;
            int index = index();
            if (take('}')) {
                return new Argument(index, false);
            }
            expect(',');
            String kind = word();
            if (kind.equals("plain")) {
                expect('}');
                return new Argument(index, true);
            }
            if (!kind.equals("plural") && !kind.equals("select")) {
                throw fail("'" + kind + "' is no argument kind (plain, plural, select)");
            }
            if (depth >= MAX_DEPTH) {
                throw fail("plurals and selects nest more than " + MAX_DEPTH + " deep");
            }
            expect(',');
            boolean plural = kind.equals("plural");
            boolean plain = plural && pattern.startsWith("plain,", position);
            if (plain) {
                position += "plain,".length();
            }
            List<BigDecimal> exactValues = new ArrayList<BigDecimal>();
            List<Node[]> exactBranches = new ArrayList<Node[]>();
            Map<String, Node[]> named = new HashMap<String, Node[]>();
            while (!take('}')) {
                int selectorStart = position;
                String selector = selector();
                expect('{');
                Node[] branch = nodes(depth + 1, plural ? index : -1, plain, true);
                expect('}');
                if (plural && selector.startsWith("=")) {
                    exactValues.add(exactValue(selector, selectorStart));
                    exactBranches.add(branch);
                } else if (named.put(selector, branch) != null) {
                    position = selectorStart;
                    throw fail("the branch '" + selector + "' is there twice");
                }
            }
            Node[] other = named.remove("other");
            if (other == null) {
                position = start;
                throw fail("a " + kind + " without an 'other' branch");
            }
            return plural ? new Plural(index, plain, exactValues.toArray(new BigDecimal[0]),
                    exactBranches.toArray(new Node[0][]), named, other) : new Select(index, named, other);
        }

        private int index() {
            int start = position;
            while (position < pattern.length() && position - start < 9 && pattern.charAt(position) >= '0'
                    && pattern.charAt(position) <= '9') {
                position++;
            }
            if (position == start) {
                throw fail("an argument must start with its index, such as {0}");
            }
            return Integer.parseInt(pattern.substring(start, position));
        }

        private String word() {
            int start = position;
            while (position < pattern.length() && pattern.charAt(position) >= 'a' && pattern.charAt(position) <= 'z') {
                position++;
            }
            return pattern.substring(start, position);
        }

        private String selector() {
            int start = position;
            while (position < pattern.length() && "{}'#,".indexOf(pattern.charAt(position)) < 0) {
                position++;
            }
            if (position == start || position >= pattern.length()) {
                position = start;
                throw fail("expected a branch, such as one{...}, or the '}' that ends the argument");
            }
            return pattern.substring(start, position);
        }

        private BigDecimal exactValue(String selector, int start) {
            String value = selector.substring(1);
            if (!isShownNumber(value)) {
                position = start;
                throw fail("'" + selector + "' is no exact value such as =0 or =1.5");
            }
            return new BigDecimal(value);
        }

        private boolean take(char c) {
            if (position < pattern.length() && pattern.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) {
                throw fail("expected '" + c + "'");
            }
        }

        private IllegalArgumentException fail(String problem) {
            return new IllegalArgumentException("the message pattern \"" + pattern + "\" is malformed at "
                    + position + ": " + problem);
        }
    }
}
