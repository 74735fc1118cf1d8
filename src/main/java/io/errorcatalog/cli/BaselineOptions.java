package io.errorcatalog.cli;

import java.nio.file.Path;

import io.errorcatalog.generate.BaselineSource;
import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.ReleaseRequest;
import picocli.CommandLine.Option;

/**
 * The baseline as a command line names it, for {@code generate}, {@code docs} and {@code compat}: it resolves
 * no released artifact, so the catalogs as last released are a directory or an {@code error-catalog} zip.
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

    /**
     * {@code request} with the baseline as its release, whose history gives each error that was in it its first
     * release; unchanged where none is named. A command line knows no project version, so errors new since the
     * baseline get no first release, and no archive is written.
     */
    GenerationRequest release(GenerationRequest request) {
        return source() == null ? request : request.withRelease(new ReleaseRequest(source(), null, null));
    }
}
