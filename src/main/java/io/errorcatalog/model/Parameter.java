package io.errorcatalog.model;

/** A named, typed parameter of a message template. */
public record Parameter(String name, ParamType type, SourceLocation location) {}
