package io.errorcatalog.generate;

import java.nio.file.Path;
import java.util.List;

import io.errorcatalog.write.GeneratedFile;

/**
 * What a run of {@link Docs#write} did.
 *
 * @param files every file of the references, changed or not
 * @param outputDirectory where they are
 */
public record DocsResult(int catalogs, List<GeneratedFile> files, int written, int unchanged, int deleted,
        Path outputDirectory, long millis) {

    public DocsResult {
        files = List.copyOf(files);
    }

    /** The one line a build log shows for a run. */
    public String summary() {
        return catalogs + " catalog(s): " + files.size() + " file(s), " + written + " written, " + unchanged
                + " unchanged, " + deleted + " removed, in " + millis + " ms";
    }

    /** Where a file of the references is, such as the index. */
    public Path resolve(String path) {
        return outputDirectory.resolve(path);
    }
}
