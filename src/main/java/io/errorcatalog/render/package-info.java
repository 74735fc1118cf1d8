/**
 * Render: the model to text. {@link io.errorcatalog.render.CatalogRenderer} computes every value a
 * template shows in Java view objects, already escaped for where it goes by
 * {@link io.errorcatalog.render.Escapes}; the Mustache templates only arrange them, and print them raw.
 */
package io.errorcatalog.render;
