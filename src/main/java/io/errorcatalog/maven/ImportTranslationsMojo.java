package io.errorcatalog.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.translate.TranslationImport;

/**
 * Reads translated XLIFF files back ({@code mvn error-catalog:import-translations}, {@code -Dlocale=de} for one
 * locale) into the file of translations beside each catalog, {@code orders.de.yaml} beside {@code orders.yaml}:
 * it creates or rewrites that file, never the catalog's own. A translation whose placeholders differ from its
 * source's, a unit of an unknown error, a file of an unknown catalog or locale, and hostile XML fail the goal,
 * which then writes nothing.
 */
@Mojo(name = "import-translations", threadSafe = true)
public class ImportTranslationsMojo extends AbstractTranslationMojo {

    @Override
    void translate(CatalogSet catalogs) throws CatalogException, InvalidRequestException, IOException {
        List<Path> files = TranslationImport.xliffFiles(translationDirectory.toPath());
        getLog().info("Importing " + files.size() + " XLIFF file(s) from " + translationDirectory);
        TranslationImport.Result result = new TranslationImport().importFiles(catalogs, new TranslationImport.Request(
                catalogDirectory.toPath(), includes, excludes(), files, locale));
        for (TranslationImport.Written file : result.files()) {
            getLog().info(file.summary(catalogDirectory.toPath()));
        }
    }
}
