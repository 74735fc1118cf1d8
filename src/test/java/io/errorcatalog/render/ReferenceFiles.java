package io.errorcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.errorcatalog.generate.Docs;
import io.errorcatalog.generate.DocsRequest;
import io.errorcatalog.generate.GenerationRequest;
import io.errorcatalog.generate.Generator;
import io.errorcatalog.load.CatalogTexts;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.ReleaseHistory;
import io.errorcatalog.write.GeneratedFile;

/** The references of catalogs, rendered as the docs goal renders them, by path: for the reference's tests. */
final class ReferenceFiles {

    /** The bundled catalogs of the repository. */
    static final Path BUNDLED = Path.of("catalog");

    private ReferenceFiles() {}

    /** Every reference file of a checked set, by its path under the documentation directory. */
    static Map<String, String> of(CatalogSet set) throws Exception {
        return of(set, ReleaseHistory.NONE);
    }

    /** Every reference file of a checked set whose releases before tell {@code history}. */
    static Map<String, String> of(CatalogSet set, ReleaseHistory history) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (GeneratedFile file : Docs.render(set, new DocsRequest(Path.of("docs"), Path.of("state"),
                EnumSet.allOf(DocsFormat.class), null, "2.0.0", history))) {
            files.put(file.path(), file.content());
        }
        return files;
    }

    /** The bundled catalogs, loaded and checked as the goal does. */
    static CatalogSet bundled() throws Exception {
        return new Generator().check(new GenerationRequest(BUNDLED, List.of("**/*.yaml"), List.of(), Path.of("unused"),
                Path.of("unused"), "", null, Path.of("target/reference-state"), java.util.Set.of(), "unused", false,
                GeneratedMarker.NONE));
    }

    /** Catalogs written inline, each of which the loader and the validator accept. */
    static CatalogSet valid(String... filesAndTexts) {
        assertEquals(List.of(), CatalogTexts.validationProblems(filesAndTexts));
        List<Catalog> catalogs = new java.util.ArrayList<>();
        for (int i = 0; i < filesAndTexts.length; i += 2) {
            catalogs.add(CatalogTexts.loadClean(filesAndTexts[i], filesAndTexts[i + 1]));
        }
        return new CatalogSet(catalogs, "com.example");
    }
}
