package io.errorcatalog.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.lang3.StringUtils;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.Tag;

/**
 * Parameter names are usable in Java, and the message of every locale is a valid template that uses
 * each declared parameter and no other.
 */
final class ParameterRules implements CatalogRule {

    /** The JVM's limit on a static method's parameters, in slots: the typed factory is one. */
    static final int MAX_PARAMETER_SLOTS = 255;

    /** How far apart a misspelt placeholder and the parameter it means may be. */
    private static final int MISSPELLING_DISTANCE = 2;

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        List<String> locales = catalog.localeTags();
        for (ErrorEntry error : catalog.errors()) {
            String what = "error " + error.name();
            Set<String> declared = new LinkedHashSet<>();
            for (Parameter param : error.params()) {
                if (!MessageTemplate.isParameterName(param.name()) || !JavaNames.isIdentifier(param.name())) {
                    out.accept(new Diagnostic(param.location(), Tag.INVALID_PARAMETER_NAME, "parameter '"
                            + param.name() + "' of " + what + " must be ASCII letters and digits starting with a"
                            + " lower-case letter, and no Java reserved word, such as 'field' or 'maxLength'"));
                }
                declared.add(param.name());
            }
            int slots = 0;
            for (Parameter param : error.params()) {
                slots += param.type().slots();
            }
            if (slots > MAX_PARAMETER_SLOTS) {
                out.accept(new Diagnostic(error.params().get(0).location(), Tag.TOO_MANY_PARAMETERS, what + " has "
                        + error.params().size() + " parameters, which take " + slots + " slots of a Java method's "
                        + MAX_PARAMETER_SLOTS + " (long and double take two); split the message, or pass related"
                        + " values as one string parameter"));
            }
            if (error.message() == null) {
                continue;
            }
            for (String locale : locales) {
                Located<String> text = error.message().byLocale().get(locale);
                if (text != null) {
                    checkTemplate(text, locale, declared, what, out);
                }
            }
        }
    }

    private static void checkTemplate(Located<String> text, String locale, Set<String> declared, String what,
            Consumer<Diagnostic> out) {
        MessageTemplate template;
        try {
            template = MessageTemplate.parse(text.value());
        } catch (MessageTemplate.SyntaxException e) {
            out.accept(new Diagnostic(text.location(), Tag.INVALID_MESSAGE, "the " + locale + " message of " + what
                    + " is not a valid template: " + e.getMessage()));
            return;
        }
        Set<String> used = template.parameterNames();
        for (String name : used) {
            if (!declared.contains(name)) {
                String fix = declared.stream()
                        .filter(known -> misspelt(known, name))
                        .findFirst()
                        .map(known -> "did you mean {" + known + "}?")
                        .orElse("declare it (params: {" + name + ": string}) or write '{{" + name + "}}' for"
                                + " literal braces");
                out.accept(new Diagnostic(text.location(), Tag.UNDECLARED_PARAMETER, "the " + locale + " message of "
                        + what + " uses {" + name + "}, which 'params' does not declare; " + fix));
            }
        }
        for (String name : declared) {
            // A misspelt placeholder is already reported with its "did you mean"; not again as unused.
            boolean misspelt = used.stream().anyMatch(other -> !declared.contains(other) && misspelt(name, other));
            if (!used.contains(name) && !misspelt) {
                out.accept(new Diagnostic(text.location(), Tag.UNUSED_PARAMETER, "the " + locale + " message of "
                        + what + " does not use the parameter {" + name + "}; every locale's message must use"
                        + " every declared parameter"));
            }
        }
    }

    private static boolean misspelt(String declared, String used) {
        return StringUtils.getLevenshteinDistance(declared, used) <= MISSPELLING_DISTANCE;
    }
}
