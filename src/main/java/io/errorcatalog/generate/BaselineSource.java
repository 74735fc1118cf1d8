package io.errorcatalog.generate;

import java.nio.file.Path;

/**
 * Where the catalogs as last released are: an {@code error-catalog} artifact (a zip), or a directory of
 * catalog files (with or without the history an artifact carries).
 *
 * @param version the release they are, or null where not known
 */
public record BaselineSource(Path location, String version) {

    /**
     * A baseline the user names by its place, with the version a {@code baselineVersion} gives: a version, or
     * {@code previous} or {@code none}, which name no version of a directory.
     */
    public static BaselineSource named(Path location, String baselineVersion) {
        String version = baselineVersion == null ? null : baselineVersion.strip();
        return new BaselineSource(location, version == null || version.equals("previous") || version.equals("none")
                ? null : version);
    }
}
