package io.errorcatalog.model;

/** A value together with the place it was written. */
public record Located<T>(T value, SourceLocation location) {}
