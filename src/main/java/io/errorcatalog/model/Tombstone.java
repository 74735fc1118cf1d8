package io.errorcatalog.model;

/**
 * What is left of an error the API no longer sends ({@code removed: {version: ..., reason: ...}}): the
 * error stays in the catalog, so that decoding still recognises its code, no other error can take that
 * code, and the generated constant stays, deprecated, for the clients that name it.
 *
 * @param version the release that removed it, as the catalog writes it
 * @param reason why, and what clients see instead; never blank
 * @param location where {@code removed} is written
 */
public record Tombstone(Located<String> version, String reason, SourceLocation location) {}
