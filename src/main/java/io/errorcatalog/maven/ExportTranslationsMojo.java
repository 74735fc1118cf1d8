package io.errorcatalog.maven;

import java.io.IOException;

import org.apache.maven.plugins.annotations.Mojo;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.translate.TranslationExport;

/**
 * Writes each catalog's texts for translation as XLIFF 1.2, one file per catalog and locale but the default
 * ({@code orders.de.xlf}), for a translator or a translation platform: {@code mvn error-catalog:export-translations}
 * ({@code -Dlocale=de} for one locale). {@code import-translations} reads them back.
 */
@Mojo(name = "export-translations", threadSafe = true)
public class ExportTranslationsMojo extends AbstractTranslationMojo {

    @Override
    void translate(CatalogSet catalogs) throws CatalogException, InvalidRequestException, IOException {
        TranslationExport.Result result = new TranslationExport().export(catalogs,
                new TranslationExport.Request(translationDirectory.toPath(), locale));
        for (TranslationExport.Exported file : result.files()) {
            getLog().info(file.summary());
        }
    }
}
