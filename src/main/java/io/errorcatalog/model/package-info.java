/**
 * The immutable catalog model. Every node keeps the {@link io.errorcatalog.model.SourceLocation} it was
 * read from, so that any later stage can point a diagnostic at the exact file, line and column.
 */
package io.errorcatalog.model;
