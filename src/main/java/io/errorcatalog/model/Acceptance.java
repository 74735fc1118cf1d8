package io.errorcatalog.model;

/**
 * A change against the released catalog that its author accepts, written beside the change
 * ({@code accept: {status-changed: "..."}}), so that the acceptance is reviewed with it.
 *
 * @param rule the id of the compatibility rule whose finding it accepts, as written
 * @param reason why the change is acceptable; never blank
 * @param location where the rule id is written
 */
public record Acceptance(String rule, String reason, SourceLocation location) {}
