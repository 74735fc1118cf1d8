/**
 * Load: catalog files to the {@link io.errorcatalog.model model}. {@link io.errorcatalog.load.YamlReader}
 * turns YAML into a tree that remembers where each node was written and refuses the YAML features a
 * catalog has no use for; {@link io.errorcatalog.load.CatalogLoader} maps that tree onto the model,
 * reporting every unknown key, missing key and wrong type it meets.
 */
package io.errorcatalog.load;
