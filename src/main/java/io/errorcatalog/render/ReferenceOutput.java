package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.List;

import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.write.GeneratedFile;

/** Each catalog's reference page in each of its locales, in one page format. */
final class ReferenceOutput extends DocumentedCatalogOutput {

    private final PageFormat format;

    /** @param version the version the pages document, or null */
    ReferenceOutput(PageFormat format, String version) {
        super(version);
        this.format = format;
    }

    @Override
    List<GeneratedFile> render(DocumentedCatalog documented, RenderContext run) {
        ResolvedCatalog catalog = documented.catalog();
        List<GeneratedFile> files = new ArrayList<>();
        for (String locale : documented.locales()) {
            files.add(new GeneratedFile(GeneratedFile.Kind.DOCUMENT,
                    format.files().path(catalog.catalog().id().value(), locale),
                    run.templates().render(format.template(), ReferencePages.page(documented, locale, format, version)),
                    catalog.catalog().file()));
        }
        return files;
    }
}
