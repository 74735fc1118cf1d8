package io.errorcatalog.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/**
 * Every type the catalogs generate (each one's enum, base exception and group exceptions) is a file of
 * its own. Fully qualified names are compared ignoring case, as macOS and Windows compare file names:
 * {@code SHOPERROR} and {@code ShopError} of one package overwrite each other there. Two types of one
 * catalog, or a type of two catalogs, are reported at both places where a name is written (the catalog's
 * id where it is derived), each naming the other's place. A
 * catalog whose chain of {@code extends} is broken is left out: {@link ExtendsRule} reports that first.
 */
final class OutputConflictRule implements CatalogSetRule {

    /**
     * A type a catalog would generate.
     *
     * @param kind how a diagnostic names it: "enum", "exception", "group exception"
     * @param location where the catalog writes its name, or the catalog's id where it derives it
     */
    private record Type(Catalog catalog, String kind, String qualifiedName, SourceLocation location) {}

    @Override
    public void check(CatalogSet set, Consumer<Diagnostic> out) {
        Map<String, Type> byFile = new HashMap<>();
        for (Catalog catalog : set.catalogs()) {
            if (!ExtendsRule.lineageComplete(set, catalog)) {
                continue;
            }
            for (Type type : typesOf(set.resolve(catalog))) {
                Type first = byFile.putIfAbsent(type.qualifiedName().toLowerCase(Locale.ROOT), type);
                if (first == null) {
                    continue;
                }
                if (first.catalog() == catalog) {
                    // At each place that names one of the two, once where both are derived from the id.
                    out.accept(duplicate(type, first));
                    if (!first.location().equals(type.location())) {
                        out.accept(duplicate(first, type));
                    }
                } else {
                    out.accept(conflict(type, first));
                    out.accept(conflict(first, type));
                }
            }
        }
    }

    /** Two types of one catalog: reported at {@code type}'s place, naming {@code other}'s. */
    private static Diagnostic duplicate(Type type, Type other) {
        Catalog catalog = type.catalog();
        String where = type.location().equals(other.location()) ? "" : " (the " + other.kind() + " at "
                + other.location() + ")";
        return new Diagnostic(type.location(), Tag.DUPLICATE_TYPE, "catalog '" + catalog.id().value()
                + "' would generate two types named " + bothNames(type, other) + where
                + "; set 'exception' of a group or of the catalog to tell them apart");
    }

    /** Reported at {@code type}'s place, naming {@code other}'s. */
    private static Diagnostic conflict(Type type, Type other) {
        String caseNote = type.qualifiedName().equals(other.qualifiedName()) ? ""
                : ", as macOS and Windows ignore case in file names";
        return new Diagnostic(type.location(), Tag.OUTPUT_CONFLICT, "this catalog's " + type.kind() + " "
                + type.qualifiedName() + " and the " + other.kind() + " " + other.qualifiedName() + " of catalog '"
                + other.catalog().id().value() + "' at " + other.location() + " would be one file" + caseNote
                + "; give one of them another 'package', 'enum' or 'exception'");
    }

    private static String bothNames(Type first, Type second) {
        String name = simpleName(first);
        return name.equals(simpleName(second)) ? name
                : name + " and " + simpleName(second) + " (one file on macOS and Windows, which ignore case)";
    }

    private static String simpleName(Type type) {
        return type.qualifiedName().substring(type.qualifiedName().lastIndexOf('.') + 1);
    }

    private static List<Type> typesOf(ResolvedCatalog resolved) {
        Catalog catalog = resolved.catalog();
        List<Type> types = new ArrayList<>();
        types.add(type(resolved, "enum", resolved.enumName(), catalog.enumName()));
        types.add(type(resolved, "exception", resolved.exceptionName(), catalog.exceptionName()));
        for (ResolvedCatalog.ResolvedGroup group : resolved.groups()) {
            // The group's own 'exception' names the class only where this catalog declares the group.
            boolean declaredHere = catalog.groups().get(group.group().id()) == group.group();
            types.add(type(resolved, "group exception", group.exceptionName(),
                    declaredHere ? group.group().exceptionName() : null));
        }
        if (resolved.isSplit()) {
            resolved.parts().forEach(part -> types.add(type(resolved, "enum of a part", part.enumName(), null)));
            types.add(type(resolved, "catalog holder", resolved.holderName(), null));
        }
        return types;
    }

    /** @param written the name as the catalog writes it, or null where it is derived */
    private static Type type(ResolvedCatalog resolved, String kind, String simpleName, Located<String> written) {
        SourceLocation at = written != null ? written.location() : resolved.catalog().id().location();
        return new Type(resolved.catalog(), kind, resolved.qualified(simpleName), at);
    }
}
