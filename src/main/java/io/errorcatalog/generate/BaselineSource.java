package io.errorcatalog.generate;

import java.nio.file.Path;

/**
 * Where the catalogs as last released are: an {@code error-catalog} artifact (a zip), or a directory of
 * catalog files (with or without the history an artifact carries).
 *
 * @param version the release they are, or null where not known
 */
public record BaselineSource(Path location, String version) {}
