/**
 * Check: the rules that relate one value of a catalog to another, and catalogs to each other. Each rule
 * adds {@link io.errorcatalog.model.Diagnostic}s; all are collected before the build stops, so a
 * catalog author sees every problem of a run at once.
 */
package io.errorcatalog.validate;
