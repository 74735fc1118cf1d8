package io.errorcatalog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.validate.CatalogValidator;

/**
 * Loads catalogs written inline in tests (as text blocks) the way the generator does, and shows the
 * diagnostics as users see them: {@code file:line:column: [tag] message}, sorted by place.
 */
public final class CatalogTexts {

    private CatalogTexts() {}

    /** What loading one file gave. */
    public record Loaded(Optional<Catalog> catalog, List<String> diagnostics) {}

    public static Loaded load(String file, String yaml) {
        return load(file, yaml.getBytes(StandardCharsets.UTF_8));
    }

    public static Loaded load(String file, byte[] content) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Catalog> catalog = new CatalogLoader().load(file, content, diagnostics);
        return new Loaded(catalog, render(diagnostics));
    }

    /** The loader's diagnostics for {@code yaml}. */
    public static List<String> loadProblems(String file, String yaml) {
        return load(file, yaml).diagnostics();
    }

    /** A catalog the loader reads without a single diagnostic. */
    public static Catalog loadClean(String file, String yaml) {
        Loaded loaded = load(file, yaml);
        assertEquals(List.of(), loaded.diagnostics(), "the loader should accept " + file);
        return loaded.catalog().orElseThrow();
    }

    /** The validator's diagnostics for catalogs that each load cleanly; arguments alternate file name and text. */
    public static List<String> validationProblems(String... filesAndTexts) {
        List<Catalog> catalogs = new ArrayList<>();
        files(filesAndTexts).forEach((file, yaml) -> catalogs.add(loadClean(file, yaml)));
        Diagnostics diagnostics = new Diagnostics();
        new CatalogValidator().validate(new CatalogSet(catalogs, "com.example"), diagnostics);
        return render(diagnostics);
    }

    /**
     * Everything a run of the generator reports for these files, loader and validator together, as the
     * generator collects them; arguments alternate file name and text.
     */
    public static List<String> allProblems(String... filesAndTexts) {
        Diagnostics diagnostics = new Diagnostics();
        List<Catalog> catalogs = new ArrayList<>();
        files(filesAndTexts).forEach((file, yaml) -> new CatalogLoader()
                .load(file, yaml.getBytes(StandardCharsets.UTF_8), diagnostics).ifPresent(catalogs::add));
        new CatalogValidator().validate(new CatalogSet(catalogs, "com.example"), diagnostics);
        return render(diagnostics);
    }

    private static Map<String, String> files(String... filesAndTexts) {
        if (filesAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("give a file name and a text for each catalog");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < filesAndTexts.length; i += 2) {
            files.put(filesAndTexts[i], filesAndTexts[i + 1]);
        }
        return files;
    }

    private static List<String> render(Diagnostics diagnostics) {
        return diagnostics.kept().stream().map(Diagnostic::toString).toList();
    }
}
