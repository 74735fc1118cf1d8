package io.errorcatalog.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's plural rules, in the syntax of CLDR (Unicode TR35, "Language Plural Rules"): which plural
 * category ({@code zero}, {@code one}, {@code two}, {@code few}, {@code many}, else {@code other}) a number
 * takes. The plugin takes each catalog locale's rules from CLDR at build time and writes them into that
 * locale's bundle under {@link #BUNDLE_KEY}, as {@code one: i = 1 and v = 0; few: ...}; so no CLDR data and
 * no ICU library are needed at run time, and a text that falls back to another bundle is counted by the
 * rules of the language it is written in.
 */
@Generated
final class PluralRules {

    /** The bundle key of a bundle's plural rules; no error's key can be it, as constant names are upper case. */
    static final String BUNDLE_KEY = "@plural";

    /** The rules of a language that knows only {@code other}, and of a bundle that has none. */
    static final PluralRules OTHER_ONLY = new PluralRules(new String[0], new Relation[0][][]);

    /** Parsed rules by their text: a bundle's rules are parsed once, whichever thread asks first. */
    private static final ConcurrentHashMap<String, PluralRules> CACHE = new ConcurrentHashMap<String, PluralRules>();

    /** Integer parts and fraction digits from 10^18 on are kept as 10^18 plus their last 18 digits (see {@link Operands}). */
    private static final long LARGE = 1_000_000_000_000_000_000L;

    private final String[] categories;
    /** Per category: its condition, an "or" of "and"s of relations. */
    private final Relation[][][] conditions;

    private PluralRules(String[] categories, Relation[][][] conditions) {
        this.categories = categories;
        this.conditions = conditions;
    }

    /**
     * The rules a bundle carries.
     *
     * @param bundle a generated bundle
     * @return its rules, or {@link #OTHER_ONLY} where it carries none (its catalog has no plural)
     */
    static PluralRules of(ResourceBundle bundle) {
        return bundle.containsKey(BUNDLE_KEY) ? parse(bundle.getString(BUNDLE_KEY)) : OTHER_ONLY;
    }

    /**
     * Parses rules, or takes them from the cache.
     *
     * @param rules {@code category: condition} pairs separated by {@code ;}; samples ({@code @integer ...})
     *     and an {@code other} with no condition may be there and are ignored
     * @return the rules
     * @throws IllegalArgumentException if the text is not in CLDR's plural rule syntax
     */
    static PluralRules parse(String rules) {
        PluralRules parsed = CACHE.get(rules);
        if (parsed == null) {
            parsed = new Parser(rules).rules();
            PluralRules raced = CACHE.putIfAbsent(rules, parsed);
            return raced != null ? raced : parsed;
        }
        return parsed;
    }

    /**
     * The category of a number.
     *
     * @param number the number as it is shown: its digits, at most one {@code .}, no sign or grouping
     * @return the first category whose condition holds, else {@code other}
     * @throws IllegalArgumentException if {@code number} is not such digits
     */
    String select(String number) {
        return select(Operands.of(number));
    }

    String select(Operands operands) {
        for (int category = 0; category < categories.length; category++) {
            if (holds(conditions[category], operands)) {
                return categories[category];
            }
        }
        return "other";
    }

    private static boolean holds(Relation[][] condition, Operands operands) {
        for (Relation[] and : condition) {
            boolean all = true;
            for (Relation relation : and) {
                all &= relation.holds(operands);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int category = 0; category < categories.length; category++) {
            out.append(category == 0 ? "" : "; ").append(categories[category]).append(':');
            for (int or = 0; or < conditions[category].length; or++) {
                out.append(or == 0 ? "" : " or");
                for (int and = 0; and < conditions[category][or].length; and++) {
                    out.append(and == 0 ? " " : " and ").append(conditions[category][or][and]);
                }
            }
        }
        return out.toString();
    }

    /**
     * CLDR's operands of a number as shown, which rules test: {@code n} the absolute value, {@code i} its
     * integer digits, {@code v} how many fraction digits are shown and {@code w} how many without trailing
     * zeros, {@code f} and {@code t} those digits as a number (with and without trailing zeros), {@code e}
     * (and {@code c}) the exponent of compact notation, which is 0 here. So {@code 1.50} has i = 1, v = 2,
     * w = 1, f = 50, t = 5. Rules only test integer digits modulo powers of ten up to a million and against
     * small numbers, so from 10^18 on a number keeps 10^18 plus its last 18 digits: exact for every rule.
     */
    static final class Operands {
        final long integer;
        final int visible;
        final long fraction;
        final int trimmedVisible;
        final long trimmed;

        private Operands(long integer, int visible, long fraction, int trimmedVisible, long trimmed) {
            this.integer = integer;
            this.visible = visible;
            this.fraction = fraction;
            this.trimmedVisible = trimmedVisible;
            this.trimmed = trimmed;
        }

        static Operands of(String number) {
            int point = number.indexOf('.');
            String integerDigits = point < 0 ? number : number.substring(0, point);
            String fractionDigits = point < 0 ? "" : number.substring(point + 1);
            if (integerDigits.isEmpty() || !digits(integerDigits) || !digits(fractionDigits)) {
                throw new IllegalArgumentException("not a number as shown: " + number);
            }
            int end = fractionDigits.length();
            while (end > 0 && fractionDigits.charAt(end - 1) == '0') {
                end--;
            }
            String trimmedDigits = fractionDigits.substring(0, end);
            return new Operands(value(integerDigits), fractionDigits.length(), value(fractionDigits),
                    trimmedDigits.length(), value(trimmedDigits));
        }

        private static boolean digits(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static long value(String digits) {
            if (digits.length() <= 18) {
                return digits.isEmpty() ? 0 : Long.parseLong(digits);
            }
            String last = digits.substring(digits.length() - 18);
            // Leading zeros do not make a number large.
            return digits.substring(0, digits.length() - 18).replace("0", "").isEmpty() ? Long.parseLong(last)
                    : LARGE + Long.parseLong(last);
        }

        /** An operand's value; of {@code n}, its integer part. */
        long value(char operand) {
            if (operand == 'n' || operand == 'i') {
                return integer;
            } else if (operand == 'v') {
                return visible;
            } else if (operand == 'w') {
                return trimmedVisible;
            } else if (operand == 'f') {
                return fraction;
            } else if (operand == 't') {
                return trimmed;
            }
            return 0; // e and c: the exponent, 0 without compact notation
        }

        /** Whether the number has no fraction: {@code n} is then an integer ({@code 1.0} is one, as CLDR says). */
        boolean integral() {
            return trimmed == 0;
        }
    }

    /** {@code operand [mod m] [not] in|within|=|!= ranges}: one test of an operand. */
    private static final class Relation {
        private final char operand;
        /** The modulus, or 0 for none. */
        private final long modulus;
        private final boolean negated;
        /** {@code within} tests the value as a real number, {@code in} and {@code =} only integers. */
        private final boolean within;
        /** Pairs of bounds, each inclusive: a single value is a range of one. */
        private final long[] ranges;

        Relation(char operand, long modulus, boolean negated, boolean within, long[] ranges) {
            this.operand = operand;
            this.modulus = modulus;
            this.negated = negated;
            this.within = within;
            this.ranges = ranges;
        }

        boolean holds(Operands operands) {
            // Only n has a fraction: the rest are integers.
            boolean fraction = operand == 'n' && !operands.integral();
            long whole = operands.value(operand);
            if (modulus != 0) {
                whole %= modulus;
            }
            return contains(whole, fraction) != negated;
        }

        /** Whether {@code whole} (plus a fraction strictly between 0 and 1 where {@code fraction}) is in the ranges. */
        private boolean contains(long whole, boolean fraction) {
            for (int i = 0; i < ranges.length; i += 2) {
                long low = ranges[i];
                long high = ranges[i + 1];
                if (!fraction ? low <= whole && whole <= high : within && low <= whole && whole < high) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder().append(operand);
            if (modulus != 0) {
                out.append(" % ").append(modulus);
            }
            out.append(within ? (negated ? " not within " : " within ") : (negated ? " != " : " = "));
            for (int i = 0; i < ranges.length; i += 2) {
                out.append(i == 0 ? "" : ",").append(ranges[i]);
                if (ranges[i + 1] != ranges[i]) {
                    out.append("..").append(ranges[i + 1]);
                }
            }
            return out.toString();
        }
    }

    /** Reads the rules: TR35's grammar, its older words ({@code is}, {@code in}, {@code within}, {@code mod}) included. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        PluralRules rules() {
            List<String> categories = new ArrayList<String>();
            List<Relation[][]> conditions = new ArrayList<Relation[][]>();
            for (String rule : text.split(";", -1)) {
                int samples = rule.indexOf('@');
                String body = samples < 0 ? rule : rule.substring(0, samples);
                if (body.trim().isEmpty()) {
                    continue;
                }
                int colon = body.indexOf(':');
                String category = colon < 0 ? "" : body.substring(0, colon).trim();
                if (!isWord(category)) {
                    throw fail("a rule must start with its category and ':', not '" + body.trim() + "'");
                }
                if (categories.contains(category)) {
                    throw fail("the category " + category + " has two rules");
                }
                Parser condition = new Parser(body.substring(colon + 1));
                Relation[][] parsed = condition.condition();
                if (category.equals("other")) {
                    if (parsed.length != 0) {
                        throw fail("'other' takes what the other categories do not; it has no condition");
                    }
                    continue;
                }
                if (parsed.length == 0) {
                    throw fail("the category " + category + " has no condition");
                }
                categories.add(category);
                conditions.add(parsed);
            }
            return new PluralRules(categories.toArray(new String[0]), conditions.toArray(new Relation[0][][]));
        }

        private Relation[][] condition() {
            List<Relation[]> or = new ArrayList<Relation[]>();
            if (word().isEmpty()) {
                return new Relation[0][];
            }
            do {
                List<Relation> and = new ArrayList<Relation>();
                do {
                    and.add(relation());
                } while (accept("and"));
                or.add(and.toArray(new Relation[0]));
            } while (accept("or"));
            if (!word().isEmpty()) {
                throw fail("unexpected '" + word() + "'");
            }
            return or.toArray(new Relation[0][]);
        }

        private Relation relation() {
            String operand = word();
            if (operand.length() != 1 || "nivwftce".indexOf(operand.charAt(0)) < 0) {
                throw fail("expected an operand (n, i, v, w, f, t, c, e), not '" + operand + "'");
            }
            position = skipSpace() + 1;
            long modulus = 0;
            if (accept("mod") || accept("%")) {
                modulus = number();
                if (modulus == 0) {
                    throw fail("a modulus of 0");
                }
            }
            boolean negated;
            boolean within = false;
            if (accept("is")) {
                negated = accept("not");
                long value = number();
                return new Relation(operand.charAt(0), modulus, negated, false, new long[] {value, value});
            } else if (accept("!=")) {
                negated = true;
            } else if (accept("=")) {
                negated = false;
            } else {
                negated = accept("not");
                within = accept("within");
                if (!within && !accept("in")) {
                    throw fail("expected =, !=, is, in or within, not '" + word() + "'");
                }
            }
            List<Long> ranges = new ArrayList<Long>();
            do {
                long low = number();
                long high = accept("..") ? number() : low;
                if (high < low) {
                    throw fail("the range " + low + ".." + high + " is empty");
                }
                ranges.add(low);
                ranges.add(high);
            } while (accept(","));
            long[] bounds = new long[ranges.size()];
            for (int i = 0; i < bounds.length; i++) {
                bounds[i] = ranges.get(i);
            }
            return new Relation(operand.charAt(0), modulus, negated, within, bounds);
        }

        private int skipSpace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return position;
        }

        /** The next token without taking it: a word, a number, or one of the symbols. */
        private String word() {
            int start = skipSpace();
            if (start >= text.length()) {
                return "";
            }
            char first = text.charAt(start);
            if (text.startsWith("!=", start) || text.startsWith("..", start)) {
                return text.substring(start, start + 2);
            }
            if (!Character.isLetterOrDigit(first)) {
                return String.valueOf(first);
            }
            int end = start;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                    && Character.isDigit(text.charAt(end)) == Character.isDigit(first)) {
                end++;
            }
            return text.substring(start, end);
        }

        private boolean accept(String token) {
            if (word().equals(token)) {
                position = skipSpace() + token.length();
                return true;
            }
            return false;
        }

        private long number() {
            String digits = word();
            if (digits.isEmpty() || !Operands.digits(digits) || digits.length() > 18) {
                throw fail("expected a number, not '" + digits + "'");
            }
            position = skipSpace() + digits.length();
            return Long.parseLong(digits);
        }

        private static boolean isWord(String word) {
            if (word.isEmpty()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                    return false;
                }
            }
            return true;
        }

        private IllegalArgumentException fail(String problem) {
            return new IllegalArgumentException("plural rules '" + text.trim() + "' at " + position + ": " + problem);
        }
    }
}
