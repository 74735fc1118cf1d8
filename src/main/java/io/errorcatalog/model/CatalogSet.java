package io.errorcatalog.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All catalogs of one run, in a stable order (by file), and what follows from them together: which
 * catalog an id names, and each catalog's inherited errors and derived Java names.
 */
public final class CatalogSet {

    private final List<Catalog> catalogs;
    private final Map<String, Catalog> byId = new LinkedHashMap<>();
    private final String defaultPackage;

    /**
     * @param defaultPackage the package of catalogs that name none; may be empty (the unnamed package)
     */
    public CatalogSet(List<Catalog> catalogs, String defaultPackage) {
        this.catalogs = catalogs.stream().sorted(Comparator.comparing(Catalog::file)).toList();
        this.defaultPackage = defaultPackage == null ? "" : defaultPackage;
        for (Catalog catalog : this.catalogs) {
            byId.putIfAbsent(catalog.id().value(), catalog);
        }
    }

    public List<Catalog> catalogs() {
        return catalogs;
    }

    public Optional<Catalog> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The chain of catalogs {@code catalog} extends, nearest first; stops at a cycle or a missing id. */
    public List<Catalog> ancestors(Catalog catalog) {
        List<Catalog> chain = new ArrayList<>();
        Catalog current = catalog;
        while (current.extendsId() != null) {
            Catalog parent = byId.get(current.extendsId().value());
            if (parent == null || parent == catalog || chain.contains(parent)) {
                break;
            }
            chain.add(parent);
            current = parent;
        }
        return chain;
    }

    /** Each catalog resolved once: the validator and the generator both ask. */
    private final Map<Catalog, ResolvedCatalog> resolved = new java.util.IdentityHashMap<>();

    public ResolvedCatalog resolve(Catalog catalog) {
        return resolved.computeIfAbsent(catalog, this::resolveOnce);
    }

    private ResolvedCatalog resolveOnce(Catalog catalog) {
        List<Catalog> lineage = new ArrayList<>(ancestors(catalog));
        java.util.Collections.reverse(lineage);
        lineage.add(catalog);

        List<ErrorEntry> errors = new ArrayList<>();
        // A group keeps its place where first declared; a catalog may declare an inherited group again,
        // to describe or name its own exception class.
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<ErrorEntry, Catalog> declaredIn = new java.util.IdentityHashMap<>();
        for (Catalog each : lineage) {
            errors.addAll(each.errors());
            groups.putAll(each.groups());
            each.errors().forEach(error -> declaredIn.put(error, each));
        }

        String enumName = catalog.enumName() != null
                ? catalog.enumName().value()
                : NameAllocator.enumName(catalog.id().value());
        String exceptionName = catalog.exceptionName() != null
                ? catalog.exceptionName().value()
                : NameAllocator.exceptionName(enumName);
        // A name the catalog itself gives is used; an inherited group is named after this catalog's
        // exception, as the parent's explicit name is the parent's class.
        List<ResolvedCatalog.ResolvedGroup> resolvedGroups = groups.values().stream()
                .map(group -> new ResolvedCatalog.ResolvedGroup(group,
                        group.exceptionName() != null && catalog.groups().get(group.id()) == group
                                ? group.exceptionName().value()
                                : NameAllocator.groupExceptionName(exceptionName, group.id())))
                .toList();
        String javaPackage = catalog.javaPackage() != null ? catalog.javaPackage().value() : defaultPackage;
        return new ResolvedCatalog(catalog, lineage, javaPackage, enumName, exceptionName, errors, resolvedGroups,
                declaredIn, NameAllocator.parts(enumName, errors, resolvedGroups));
    }
}
