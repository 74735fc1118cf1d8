package io.errorcatalog.model;

import java.util.List;
import java.util.Map;

/**
 * The groups and errors of one more file of a catalog ({@code partOf}): a catalog too large for one file is
 * written as several.
 *
 * @param catalogId the id of the catalog it is part of
 * @param file the part's file, whose path orders the parts
 */
public record CatalogPart(String catalogId, String file, Map<String, Group> groups, List<ErrorEntry> errors) {

    public CatalogPart {
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        errors = List.copyOf(errors);
    }
}
