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
 * @param parts the enums the errors are generated in: one, named {@code enumName}, for a catalog of at
 *     most {@link NameAllocator#ERRORS_PER_ENUM} errors; else one per group (or part of one) behind the
 *     catalog's interface {@code enumName}
 */
public record ResolvedCatalog(
        Catalog catalog,
        List<Catalog> lineage,
        String javaPackage,
        String enumName,
        String exceptionName,
        List<ErrorEntry> errors,
        List<ResolvedGroup> groups,
        Map<ErrorEntry, Catalog> declaredIn,
        List<Part> parts) {

    /** A group with the exception class it is generated as. */
    public record ResolvedGroup(Group group, String exceptionName) {}

    /**
     * One enum of the catalog's errors.
     *
     * @param first the number of its first error in the catalog, from 0
     */
    public record Part(String enumName, int first, List<ErrorEntry> errors) {

        public Part {
            errors = List.copyOf(errors);
        }
    }

    public ResolvedCatalog {
        lineage = List.copyOf(lineage);
        errors = List.copyOf(errors);
        groups = List.copyOf(groups);
        declaredIn = Collections.unmodifiableMap(new IdentityHashMap<>(declaredIn));
        parts = List.copyOf(parts);
    }

    /** Whether the catalog is too large for one enum: an interface, a holder and the enums of its parts. */
    public boolean isSplit() {
        return !(parts.size() == 1 && parts.get(0).enumName().equals(enumName));
    }

    /** The class that builds a split catalog and makes its exceptions. */
    public String holderName() {
        return enumName + "Catalog";
    }

    /** The {@code ResourceBundle} base name of the messages, such as {@code com.example.PayErrorMessages}. */
    public String bundleBaseName() {
        return qualified(enumName + "Messages");
    }

    /** {@code simpleName} in this catalog's package. */
    public String qualified(String simpleName) {
        return javaPackage.isEmpty() ? simpleName : javaPackage + "." + simpleName;
    }

    /** The documentation URL of an error, or null: an inherited error keeps its own catalog's docs base. */
    public String documentationUrl(ErrorEntry error) {
        if (error.docs() == null) {
            return null;
        }
        Located<String> base = declaringCatalog(error).docsBase();
        return base == null ? error.docs().value()
                : java.net.URI.create(base.value()).resolve(error.docs().value()).toString();
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
