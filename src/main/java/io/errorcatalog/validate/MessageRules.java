package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Nearest;
import io.errorcatalog.model.ParamType;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.PluralLanguage;
import io.errorcatalog.model.Tag;

/**
 * The message of every locale is a valid template that uses each declared parameter, in some branch, and
 * no other; a plural counts a number and has a branch for each plural category of its locale's language
 * (CLDR) and for no other; a select chooses by a string or a boolean. Problems inside a message are
 * reported at the character they are at.
 */
final class MessageRules implements CatalogRule {

    /** How far apart a misspelt placeholder and the parameter it means may be. */
    private static final int MISSPELLING_DISTANCE = 2;

    private static final Set<String> BOOLEAN_BRANCHES = Set.of("true", "false", "other");

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        List<String> locales = catalog.localeTags();
        for (ErrorEntry error : catalog.errors()) {
            if (error.message() == null) {
                continue;
            }
            Map<String, Parameter> declared = declared(error.params());
            for (String locale : locales) {
                Located<String> text = error.message().byLocale().get(locale);
                if (text != null) {
                    new Message(text, error.name(), locale, declared, out).check();
                }
            }
        }
    }

    private static Map<String, Parameter> declared(List<Parameter> params) {
        if (params.isEmpty()) {
            return Map.of();
        }
        Map<String, Parameter> declared = new LinkedHashMap<>();
        for (Parameter param : params) {
            declared.putIfAbsent(param.name(), param);
        }
        return declared;
    }

    /** One locale's message of one error. */
    private record Message(Located<String> text, String errorName, String locale, Map<String, Parameter> declared,
            Consumer<Diagnostic> out) {

        /** How diagnostics name this message: made only for one, as every message of a catalog is checked. */
        private String what() {
            return "the " + locale + " message of error " + errorName;
        }

        void check() {
            MessageTemplate template;
            try {
                template = MessageTemplate.parse(text.value());
            } catch (MessageTemplate.SyntaxException e) {
                report(e.offset(), Tag.INVALID_MESSAGE, what() + " is not a valid template: " + e.getMessage());
                return;
            }
            Map<String, Integer> used = template.uses();
            List<String> undeclared = new ArrayList<>();
            for (String name : used.keySet()) {
                if (!declared.containsKey(name)) {
                    undeclared.add(name);
                }
            }
            List<String> unused = new ArrayList<>();
            for (String name : declared.keySet()) {
                if (!used.containsKey(name)) {
                    unused.add(name);
                }
            }
            // One placeholder renamed (a translator's {id} for {orderId}): one mistake, reported once.
            String renamed = undeclared.size() == 1 && unused.size() == 1 ? unused.get(0) : null;
            for (String name : undeclared) {
                reportUndeclared(name, used.get(name), unused, renamed);
            }
            for (String name : unused) {
                // A misspelt or renamed placeholder is already reported with its fix; not again as unused.
                if (!name.equals(renamed) && !(!undeclared.isEmpty() && misspeltIn(name, used.keySet()))) {
                    out.accept(new Diagnostic(text.location(), Tag.UNUSED_PARAMETER, what() + " does not use the"
                            + " parameter {" + name + "}; every locale's message must use every declared parameter"));
                }
            }
            for (MessageTemplate.Choice choice : template.choices()) {
                Parameter param = declared.get(choice.name());
                if (choice.kind() == MessageTemplate.Kind.PLURAL) {
                    checkPlural(choice, param);
                } else {
                    checkSelect(choice, param);
                }
            }
        }

        /**
         * @param unused the declared parameters the message leaves out: what a misspelt name most likely meant
         * @param renamed the one of them, where this is the message's one undeclared name
         */
        private void reportUndeclared(String name, int offset, List<String> unused, String renamed) {
            String declareIt = "declare it (params: {" + name + ": string}) or write '{{" + name + "}}' for literal"
                    + " braces";
            Optional<String> meant = nearest(name, unused);
            if (meant.isEmpty() && renamed == null) {
                meant = nearest(name, declared.keySet()); // a name used rightly elsewhere in the message
            }
            String fix = meant.map(known -> "did you mean {" + known + "}?")
                    .orElse(renamed == null ? declareIt : "if it stands for {" + renamed + "}, which the message leaves"
                            + " out, write {" + renamed + "}; else " + declareIt);
            report(offset, Tag.UNDECLARED_PARAMETER, what() + " uses {" + name + "}, which 'params' does not"
                    + " declare; " + fix);
        }

        private static Optional<String> nearest(String name, Collection<String> known) {
            return Nearest.within(name, known, MISSPELLING_DISTANCE);
        }

        /** Whether an undeclared name among {@code used} looks like a misspelling of {@code name}. */
        private boolean misspeltIn(String name, Set<String> used) {
            for (String other : used) {
                if (!declared.containsKey(other) && misspelt(name, other)) {
                    return true;
                }
            }
            return false;
        }

        private void checkPlural(MessageTemplate.Choice plural, Parameter param) {
            String of = "the plural of {" + plural.name() + "}";
            if (param != null && !param.type().isNumber()) {
                report(plural.offset(), Tag.WRONG_PARAMETER_TYPE, what() + ": " + of + " counts " + article(param)
                        + "; a plural counts a number: declare {" + plural.name() + "} int, long or double,"
                        + " or use a select");
            }
            PluralLanguage language = PluralLanguage.of(locale);
            String name = language.inCldr() ? Locale.forLanguageTag(locale).getDisplayName(Locale.ENGLISH)
                    : "'" + locale + "', whose language CLDR has no plural rules for,";
            boolean whole = param != null && (param.type() == ParamType.INT || param.type() == ParamType.LONG);
            for (MessageTemplate.Branch branch : plural.branches()) {
                if (whole && branch.exactValue() != null && branch.exactValue().scale() > 0) {
                    report(branch.offset(), Tag.INVALID_MESSAGE, what() + ": " + of + " has a '" + branch.selector()
                            + "' branch, but {" + plural.name() + "} is " + article(param) + ", which is never "
                            + branch.selector().substring(1) + "; remove the branch, or declare {" + plural.name()
                            + "} double");
                }
                if (!branch.selector().startsWith("=") && !language.categories().contains(branch.selector())) {
                    report(branch.offset(), Tag.UNKNOWN_PLURAL_CATEGORY, what() + ": " + of + " has a '"
                            + branch.selector() + "' branch, but " + name + " has no such plural category (it has "
                            + String.join(", ", language.categories()) + "); remove the branch, or write an exact"
                            + " value such as =2 for one number");
                }
            }
            // An undeclared or non-numeric parameter is reported above; its branches are checked as a double's.
            ParamType counted = param != null && param.type().isNumber() ? param.type() : ParamType.DOUBLE;
            List<String> missing = language.needed(counted).stream()
                    .filter(category -> plural.branch(category) == null).toList();
            if (!missing.isEmpty()) {
                report(plural.offset(), Tag.MISSING_PLURAL_CATEGORY, what() + ": " + of + " has no branch for "
                        + String.join(" and ", missing.stream().map(category -> "'" + category + "' ("
                                + language.examples().get(category) + ")").toList())
                        + ", plural categories " + name + " has for " + (counted == ParamType.DOUBLE ? "numbers"
                        : "integers") + " (by CLDR); add " + String.join(" and ", missing.stream()
                                .map(category -> category + " {...}").toList()));
            }
        }

        private void checkSelect(MessageTemplate.Choice select, Parameter param) {
            String of = "the select of {" + select.name() + "}";
            if (param == null) {
                return;
            }
            if (param.type() != ParamType.STRING && param.type() != ParamType.BOOLEAN) {
                report(select.offset(), Tag.WRONG_PARAMETER_TYPE, what() + ": " + of + " chooses by " + article(param)
                        + "; a select chooses by a string or a boolean: declare {" + select.name() + "} so, or count"
                        + " it in a plural");
            } else if (param.type() == ParamType.BOOLEAN) {
                for (MessageTemplate.Branch branch : select.branches()) {
                    if (!BOOLEAN_BRANCHES.contains(branch.selector())) {
                        report(branch.offset(), Tag.WRONG_PARAMETER_TYPE, what() + ": " + of + " has a '"
                                + branch.selector() + "' branch, but {" + select.name() + "} is a boolean, whose"
                                + " branches are true, false and other");
                    }
                }
            }
        }

        private static String article(Parameter param) {
            return param.type() == ParamType.INT ? "an int" : "a " + param.type().keyword();
        }

        private void report(int offset, Tag tag, String message) {
            out.accept(new Diagnostic(text.locationAt(offset), tag, message));
        }
    }

    private static boolean misspelt(String declared, String used) {
        return StringUtils.getLevenshteinDistance(declared, used) <= MISSPELLING_DISTANCE;
    }
}
