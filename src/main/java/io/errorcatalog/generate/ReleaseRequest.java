package io.errorcatalog.generate;

import java.nio.file.Path;

/**
 * What a build that may be released adds to generating: its baseline, from which each error's first release
 * ({@code since}) follows, and the archive of its catalogs that the release publishes.
 *
 * @param baseline the catalogs as last released, or null where there are none (a first release)
 * @param version the version this build releases ({@code 1.1} for {@code 1.1-SNAPSHOT}), or null where not
 *     known: new errors then get no {@code since}
 * @param archive where to write the catalogs and their history as the release publishes them, or null
 */
public record ReleaseRequest(BaselineSource baseline, String version, Path archive) {}
