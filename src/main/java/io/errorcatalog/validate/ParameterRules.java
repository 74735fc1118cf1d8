package io.errorcatalog.validate;

import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.Tag;

/**
 * Parameter names are usable in Java, and an error's parameters fit a Java method; {@link MessageRules}
 * checks how the messages use them.
 */
final class ParameterRules implements CatalogRule {

    /** The JVM's limit on a static method's parameters, in slots: the typed factory is one. */
    static final int MAX_PARAMETER_SLOTS = 255;

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        for (ErrorEntry error : catalog.errors()) {
            for (Parameter param : error.params()) {
                if (!MessageTemplate.isParameterName(param.name()) || !JavaNames.isIdentifier(param.name())) {
                    out.accept(new Diagnostic(param.location(), Tag.INVALID_PARAMETER_NAME, "parameter '"
                            + param.name() + "' of error " + error.name() + " must be ASCII letters and digits starting"
                            + " with a lower-case letter, and no Java reserved word, such as 'field' or 'maxLength'"));
                }
            }
            int slots = 0;
            for (Parameter param : error.params()) {
                slots += param.type().slots();
            }
            if (slots > MAX_PARAMETER_SLOTS) {
                out.accept(new Diagnostic(error.params().get(0).location(), Tag.TOO_MANY_PARAMETERS, "error "
                        + error.name() + " has "
                        + error.params().size() + " parameters, which take " + slots + " slots of a Java method's "
                        + MAX_PARAMETER_SLOTS + " (long and double take two); split the message, or pass related"
                        + " values as one string parameter"));
            }
        }
    }
}
