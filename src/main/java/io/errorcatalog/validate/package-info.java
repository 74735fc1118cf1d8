/**
 * Check: the rules that relate one value of a catalog to another, and catalogs to each other. Each rule
 * is a small class, a {@code CatalogRule} (one catalog at a time) or a {@code CatalogSetRule} (all of a
 * run together), and {@link io.errorcatalog.validate.CatalogValidator} runs every one from one list. A
 * rule adds {@link io.errorcatalog.model.Diagnostic}s; all are collected before the build stops, so a
 * catalog author sees every problem of a run at once.
 */
package io.errorcatalog.validate;
