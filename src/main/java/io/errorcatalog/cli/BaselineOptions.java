package io.errorcatalog.cli;

import java.nio.file.Path;

import io.errorcatalog.generate.BaselineSource;
import picocli.CommandLine.Option;

/**
 * The baseline as a command line names it, for {@code generate} and {@code compat}: it resolves no released
 * artifact, so the catalogs as last released are a directory or an {@code error-catalog} zip.
 */
final class BaselineOptions {

    @Option(names = "--baseline-version", paramLabel = "<version>", defaultValue = "previous",
            description = "The release the baseline is, as @since and the report name it; previous and none name none.")
    private String baselineVersion;

    @Option(names = "--baseline-directory", paramLabel = "<dir|zip>",
            description = "The catalogs as last released: a directory of catalogs, or an error-catalog zip.")
    private Path baselineDirectory;

    /** The baseline, or null where none is named. */
    BaselineSource source() {
        return baselineDirectory == null ? null : BaselineSource.named(baselineDirectory, baselineVersion);
    }
}
