package io.errorcatalog.model;

/**
 * An exception group: errors that applications catch together, generated as one subclass of the
 * catalog's base exception.
 *
 * @param exceptionName the class name the catalog gives, or null to derive it from the id
 * @param location where the group's id is written
 */
public record Group(String id, Located<String> exceptionName, String description, SourceLocation location) {}
