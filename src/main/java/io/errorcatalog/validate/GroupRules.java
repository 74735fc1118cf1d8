package io.errorcatalog.validate;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Group;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;

/** Group ids are well-formed, and an error's group is one the catalog declares or inherits. */
final class GroupRules implements CatalogRule {

    @Override
    public void check(CatalogSet set, Catalog catalog, Consumer<Diagnostic> out) {
        for (Group group : catalog.groups().values()) {
            if (!IdRules.isId(group.id())) {
                out.accept(new Diagnostic(group.location(), Tag.INVALID_ID, "group id '" + group.id() + "' must be"
                        + " lower-case letters and digits in words joined by '-', starting with a letter, such as"
                        + " 'validation'"));
            }
        }
        Set<String> groupIds = new HashSet<>();
        set.resolve(catalog).groups().forEach(group -> groupIds.add(group.group().id()));
        // An unknown group in 'defaults' is one mistake, however many errors take it: reported once.
        Set<SourceLocation> reported = new HashSet<>();
        for (ErrorEntry error : catalog.errors()) {
            if (error.group() != null && !groupIds.contains(error.group().value())
                    && reported.add(error.group().location())) {
                out.accept(new Diagnostic(error.group().location(), Tag.UNKNOWN_GROUP, "error " + error.name()
                        + " is in group '" + error.group().value() + "', which the catalog does not declare;"
                        + " declare it under 'groups' or use one of " + new TreeSet<>(groupIds)));
            }
        }
    }
}
