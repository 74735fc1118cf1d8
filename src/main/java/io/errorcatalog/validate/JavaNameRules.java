package io.errorcatalog.validate;

import java.util.function.Consumer;
import java.util.function.Predicate;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Group;
import io.errorcatalog.model.JavaNames;
import io.errorcatalog.model.NameAllocator;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.Tag;

/**
 * Every name that ends up in generated Java is usable there and hides nothing the generated code uses:
 * those the catalog writes (package, enum, exceptions, constants), the plugin's default package, and
 * those derived from the catalog's id, its enum name or a group id.
 */
final class JavaNameRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        checkWritten(catalog.javaPackage(), JavaNames::isPackageName, "package name",
                "dot-separated Java identifiers, such as com.example.errors", out);
        checkWritten(catalog.enumName(), JavaNames::isTypeName, "enum name", "a Java type name such as PaymentError",
                out);
        checkWritten(catalog.exceptionName(), JavaNames::isTypeName, "exception name",
                "a Java type name such as PaymentException", out);
        for (Group group : catalog.groups().values()) {
            checkWritten(group.exceptionName(), JavaNames::isTypeName, "exception name",
                    "a Java type name such as PaymentValidationException", out);
        }
        ResolvedCatalog resolved = set.resolve(catalog);
        if (catalog.javaPackage() == null && JavaNames.tooLongPart(resolved.javaPackage()) != null) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.NAME_TOO_LONG, "catalog '" + catalog.id().value()
                    + "' names no 'package', and a segment of the plugin's defaultPackage is longer than the "
                    + JavaNames.MAX_FILE_NAME_PART + " characters a directory name of the output may have; shorten"
                    + " defaultPackage or give the catalog a 'package'"));
        } else if (catalog.javaPackage() == null && !JavaNames.isPackageName(resolved.javaPackage())) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.INVALID_JAVA_NAME, "catalog '"
                    + catalog.id().value() + "' names no 'package', and the plugin's defaultPackage '"
                    + resolved.javaPackage() + "' is not a Java package name; fix defaultPackage (dot-separated"
                    + " identifiers) or give the catalog a 'package'"));
        }
        if (JavaNames.isPackageName(resolved.javaPackage()) && JavaNames.isJdkPackage(resolved.javaPackage())) {
            out.accept(new Diagnostic(catalog.javaPackage() != null ? catalog.javaPackage().location()
                    : catalog.id().location(), Tag.INVALID_JAVA_NAME, "package '" + resolved.javaPackage() + "' of"
                    + " catalog '" + catalog.id().value() + "' is in the JDK's own namespace 'java', where no class"
                    + " loader loads other code; choose a package of your own, such as com.example.errors"));
        }
        if (ExtendsRule.lineageComplete(set, catalog)) {
            checkDerived(catalog, resolved, out);
        }
        for (ErrorEntry error : catalog.errors()) {
            if (!JavaNames.isConstantName(error.name())) {
                out.accept(new Diagnostic(error.location(), Tag.INVALID_JAVA_NAME, "the constant name " + error.name()
                        + " must be upper-case ASCII letters, digits and '_', starting with a letter, such as"
                        + " NOT_FOUND"));
            } else if (NameAllocator.RESERVED_CONSTANTS.contains(error.name())) {
                out.accept(new Diagnostic(error.location(), Tag.RESERVED_JAVA_NAME, "the constant name "
                        + error.name() + " is taken by the generated enum itself; choose another"));
            }
        }
    }

    private static void checkWritten(Located<String> name, Predicate<String> rule, String what, String expected,
            Consumer<Diagnostic> out) {
        if (name != null && JavaNames.tooLongPart(name.value()) != null) {
            out.accept(new Diagnostic(name.location(), Tag.NAME_TOO_LONG, what + " '"
                    + abbreviated(JavaNames.tooLongPart(name.value())) + "' is longer than the "
                    + JavaNames.MAX_FILE_NAME_PART + " characters a file or directory name of the output may have;"
                    + " shorten it"));
        } else if (name != null && !rule.test(name.value())) {
            out.accept(new Diagnostic(name.location(), Tag.INVALID_JAVA_NAME, what + " '" + name.value() + "' is not"
                    + " usable in Java (it must be " + expected + ", in ASCII, and no reserved word); rename it"));
        } else if (name != null && NameAllocator.RESERVED_TYPES.contains(name.value())) {
            out.accept(new Diagnostic(name.location(), Tag.RESERVED_JAVA_NAME, what + " '" + name.value()
                    + "' would hide the type of that name the generated code uses; choose another"));
        }
    }

    /** The type names the catalog does not write: its enum, its exception, and groups it names no exception for. */
    private static void checkDerived(Catalog catalog, ResolvedCatalog resolved, Consumer<Diagnostic> out) {
        if (catalog.enumName() == null) {
            checkDerivedName(catalog, resolved.enumName(), out);
        }
        if (catalog.exceptionName() == null) {
            checkDerivedName(catalog, resolved.exceptionName(), out);
        }
        for (ResolvedCatalog.ResolvedGroup group : resolved.groups()) {
            if (group.group().exceptionName() == null || catalog.groups().get(group.group().id()) != group.group()) {
                checkDerivedName(catalog, group.exceptionName(), out);
            }
        }
        if (resolved.isSplit()) {
            resolved.parts().forEach(part -> checkDerivedName(catalog, part.enumName(), out));
            checkDerivedName(catalog, resolved.holderName(), out);
        }
    }

    /** Not where an id or a written name is already reported, as the derived name follows from it. */
    private static void checkDerivedName(Catalog catalog, String type, Consumer<Diagnostic> out) {
        boolean sourcesFine = IdRules.isId(catalog.id().value())
                && (catalog.enumName() == null || usableTypeName(catalog.enumName().value())
                        && JavaNames.tooLongPart(catalog.enumName().value()) == null)
                && (catalog.exceptionName() == null || usableTypeName(catalog.exceptionName().value())
                        && JavaNames.tooLongPart(catalog.exceptionName().value()) == null);
        if (sourcesFine && JavaNames.tooLongPart(type) != null) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.NAME_TOO_LONG, "catalog '"
                    + abbreviated(catalog.id().value()) + "' would generate a type named " + abbreviated(type)
                    + ", longer than the " + JavaNames.MAX_FILE_NAME_PART + " characters a file name of the output"
                    + " may have; set 'enum', 'exception' or a group's 'exception' to a shorter name"));
        } else if (sourcesFine && !usableTypeName(type)) {
            out.accept(new Diagnostic(catalog.id().location(), Tag.INVALID_JAVA_NAME, "catalog '"
                    + catalog.id().value() + "' would generate a type named " + type + ", which Java or the"
                    + " generated code cannot use; set 'enum', 'exception' or a group's 'exception' to a name of"
                    + " your own"));
        }
    }

    /** A long name, cut for a readable message. */
    private static String abbreviated(String name) {
        return org.apache.commons.lang3.StringUtils.abbreviateMiddle(name, "...", 60);
    }

    private static boolean usableTypeName(String type) {
        return NameAllocator.isFreeTypeName(type);
    }
}
