package io.errorcatalog.model;

import java.util.List;
import java.util.Map;

/**
 * One catalog file as written: its own errors only. {@link CatalogSet} adds what it inherits through
 * {@code extends}.
 *
 * @param file the catalog file, relative to the catalog directory
 * @param javaPackage null where the catalog names none (the plugin's default package applies)
 * @param enumName null where the catalog names none (derived from the id)
 * @param exceptionName null where the catalog names none (derived from the enum name)
 * @param locales the locale tags as written; the first is the default
 * @param docsBase null, or the documentation base URL as written
 * @param extendsId null, or the id of the catalog this one extends
 * @param errorsLocation where the map of errors starts; null where it, or one of its errors, could not
 *     be read (a diagnostic says why), so that no rule reports what follows from that
 * @param wire null, or how the catalog's errors travel (each error's own may differ)
 * @param translations which translation gaps of this catalog fail a build ({@code translations} of the file)
 * @param accepted the changes of the catalog itself (not of one error) against the released catalog that
 *     it accepts
 */
public record Catalog(
        String file,
        Located<String> id,
        String title,
        String description,
        Located<String> javaPackage,
        Located<String> enumName,
        Located<String> exceptionName,
        List<Located<String>> locales,
        Located<String> docsBase,
        Located<String> extendsId,
        Map<String, Group> groups,
        List<ErrorEntry> errors,
        SourceLocation errorsLocation,
        WireFormat wire,
        TranslationPolicy translations,
        List<Acceptance> accepted) {


    public Catalog {
        locales = List.copyOf(locales);
        accepted = List.copyOf(accepted);
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        errors = List.copyOf(errors);
    }

    /**
     * This catalog with the errors and groups of its other files ({@code partOf}) after its own, in the order
     * given: all at once, so that a catalog of many parts is put together in time linear in its errors.
     */
    public Catalog withParts(List<CatalogPart> parts) {
        Map<String, Group> allGroups = new java.util.LinkedHashMap<>(groups);
        List<ErrorEntry> allErrors = new java.util.ArrayList<>(errors);
        for (CatalogPart part : parts) {
            part.groups().forEach(allGroups::putIfAbsent);
            allErrors.addAll(part.errors());
        }
        return new Catalog(file, id, title, description, javaPackage, enumName, exceptionName, locales, docsBase,
                extendsId, allGroups, allErrors, errorsLocation, wire, translations, accepted);
    }

    /** This catalog with other errors, such as its own with more translations. */
    public Catalog withErrors(List<ErrorEntry> otherErrors) {
        return new Catalog(file, id, title, description, javaPackage, enumName, exceptionName, locales, docsBase,
                extendsId, groups, otherErrors, errorsLocation, wire, translations, accepted);
    }

    /** The default (and fallback) locale's tag. */
    public String defaultLocale() {
        return locales.get(0).value();
    }

    public List<String> localeTags() {
        return locales.stream().map(Located::value).toList();
    }
}
