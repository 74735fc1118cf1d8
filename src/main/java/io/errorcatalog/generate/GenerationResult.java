package io.errorcatalog.generate;

import java.nio.file.Path;
import java.util.List;

import io.errorcatalog.write.GeneratedFile;

/**
 * What a run did.
 *
 * @param catalogs how many catalogs there are (for an up-to-date run: how many catalog files)
 * @param errors how many errors the catalogs declare (an inherited error counts once, in its own catalog)
 * @param locales how many distinct locales the bundles cover
 * @param files every file generated, changed or not; none for an up-to-date run
 * @param written the files this run wrote (new or changed), absolute: all an IDE needs to refresh, with
 *     {@code deleted}
 * @param unchanged how many generated files were already as generated, and left untouched
 * @param deleted the files of an earlier run that this one no longer generates and removed, absolute
 * @param kept how many catalogs were read from the same files as in the last run, which left their outputs as
 *     they are: this run neither rendered nor wrote them, and {@code files} holds none of them
 * @param upToDate whether the inputs were those of the last run and its outputs untouched, so nothing was done
 * @param translations one line per catalog of several locales: how far each locale is translated
 *     ({@link Generator#translationSummary}); none for an up-to-date run
 */
public record GenerationResult(int catalogs, int errors, int locales, List<GeneratedFile> files, List<Path> written,
        int unchanged, List<Path> deleted, int kept, long millis, boolean upToDate, List<String> translations) {

    /** A run that found its inputs and outputs as the last run left them. */
    static GenerationResult upToDate(int catalogFiles, long millis) {
        return new GenerationResult(catalogFiles, 0, 0, List.of(), List.of(), 0, List.of(), 0, millis, true, List.of());
    }

    public GenerationResult {
        files = List.copyOf(files);
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
        translations = List.copyOf(translations);
    }

    /** The one line a build log shows for a run. */
    public String summary() {
        if (upToDate) {
            return catalogs + " catalog file(s) up to date: nothing read or written, in " + millis + " ms";
        }
        return catalogs + " catalog(s), " + errors + " error(s), " + locales + " locale(s): " + files.size()
                + " file(s), " + written.size() + " written, " + unchanged + " unchanged, " + deleted.size()
                + " removed" + (kept == 0 ? "" : ", " + kept + " catalog(s) as the last run left them") + ", in "
                + millis + " ms";
    }
}
