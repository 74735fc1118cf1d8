package io.errorcatalog.render;

import java.util.List;

import io.errorcatalog.write.GeneratedFile;

/**
 * One kind of generated output: what it renders, and where each file goes. The renderer runs every
 * output the request switches on, so a new kind of output (a reference page, an export) is one class
 * and its template.
 */
public interface Output {

    /**
     * Renders this output for a run.
     *
     * @param run the catalogs of the run and how they are rendered
     * @return the files, each with the root it belongs in
     */
    List<GeneratedFile> render(RenderContext run);
}
