package io.errorcatalog.generate;

import java.util.List;

import io.errorcatalog.write.GeneratedFile;

/**
 * What a run did.
 *
 * @param catalogs how many catalogs were compiled
 * @param errors how many errors the catalogs declare (an inherited error counts once, in its own catalog)
 * @param locales how many distinct locales the bundles cover
 * @param files every file generated, changed or not
 */
public record GenerationResult(int catalogs, int errors, int locales, List<GeneratedFile> files, int written,
        int unchanged, int deleted, long millis) {

    public GenerationResult {
        files = List.copyOf(files);
    }

    /** The one line a build log shows for a run. */
    public String summary() {
        return catalogs + " catalog(s), " + errors + " error(s), " + locales + " locale(s): " + files.size()
                + " file(s), " + written + " written, " + unchanged + " unchanged, " + deleted + " removed, in "
                + millis + " ms";
    }
}
