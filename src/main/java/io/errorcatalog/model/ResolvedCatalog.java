package io.errorcatalog.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog with everything the generator needs settled: its Java names, and the errors and groups
 * it inherits through {@code extends} ahead of its own.
 *
 * @param lineage the catalogs this one extends, farthest first, then this one
 * @param errors inherited errors first, in the parent's order, then the catalog's own
 * @param groups inherited groups first, then the catalog's own, each with its exception class name
 * @param declaredIn the catalog of the lineage that declares each error, by identity
 */
public record ResolvedCatalog(
        Catalog catalog,
        List<Catalog> lineage,
        String javaPackage,
        String enumName,
        String exceptionName,
        List<ErrorEntry> errors,
        List<ResolvedGroup> groups,
        Map<ErrorEntry, Catalog> declaredIn) {

    /** A group with the exception class it is generated as. */
    public record ResolvedGroup(Group group, String exceptionName) {}

    public ResolvedCatalog {
        lineage = List.copyOf(lineage);
        errors = List.copyOf(errors);
        groups = List.copyOf(groups);
        declaredIn = Collections.unmodifiableMap(new IdentityHashMap<>(declaredIn));
    }

    /** The {@code ResourceBundle} base name of the messages, such as {@code com.example.PayErrorMessages}. */
    public String bundleBaseName() {
        return qualified(enumName + "Messages");
    }

    /** {@code simpleName} in this catalog's package. */
    public String qualified(String simpleName) {
        return javaPackage.isEmpty() ? simpleName : javaPackage + "." + simpleName;
    }

    /** The catalog that declares {@code error}: inherited errors keep their own catalog's docs base. */
    public Catalog declaringCatalog(ErrorEntry error) {
        Catalog declaring = declaredIn.get(error);
        if (declaring == null) {
            throw new IllegalArgumentException(error.name() + " is not an error of " + catalog.id().value());
        }
        return declaring;
    }

    /** The index of {@code groupId} in {@link #groups()}, or -1 for none (the base exception). */
    public int groupIndex(String groupId) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).group().id().equals(groupId)) {
                return i;
            }
        }
        return -1;
    }
}
