package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.errorcatalog.render.GeneratedMarker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run after a change renders only the catalogs read from a changed file: its own, a part, a file of
 * translations, or a catalog it extends. The others' files stay as they were, not even rewritten.
 */
class IncrementalGenerationTest {

    @TempDir
    Path work;

    private Path catalogs;

    @BeforeEach
    void catalogs() throws IOException {
        catalogs = Files.createDirectories(work.resolve("catalogs"));
        write("base.yaml", "id: base\ntitle: Base\npackage: p.base\nlocales: [en, de]\n"
                + "errors:\n  BASE_FAILED: {code: base-failed, status: 500, title: {en: Failed, de: Fehlgeschlagen},"
                + " message: {en: It failed., de: Es schlug fehl.}}\n");
        write("child.yaml", "id: child\ntitle: Child\npackage: p.child\nlocales: [en, de]\nextends: base\n"
                + "errors:\n  CHILD_FAILED: {code: child-failed, status: 400, title: {en: Child failed}, message:"
                + " {en: The child failed.}}\n");
        write("shop.yaml", "id: shop\ntitle: Shop\npackage: p.shop\nlocales: [en, de]\n"
                + "errors:\n  OUT_OF_STOCK: {code: out-of-stock, status: 409, title: {en: Out of stock}, message:"
                + " {en: Out of stock.}}\n");
        write("shop-more.yaml", "partOf: shop\nerrors:\n  SOLD_OUT: {code: sold-out, status: 409, title: {en: Sold"
                + " out}, message: {en: Sold out.}}\n");
        write("shop.de.yaml", "translationOf: shop\nlocale: de\nerrors:\n  OUT_OF_STOCK: {title: Ausverkauft}\n");
        write("solo.yaml", "id: solo\ntitle: Solo\npackage: p.solo\nlocales: [en]\n"
                + "errors:\n  SOLO_FAILED: {code: solo-failed, status: 500, title: Solo failed, message: It failed.}\n");
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(catalogs.resolve(file), text);
    }

    private GenerationResult generate() throws Exception {
        return new Generator().generate(new GenerationRequest(catalogs, List.of("*.yaml"), List.of(),
                work.resolve("out/java"), work.resolve("out/resources"), "", null, work.resolve("state"), Set.of(),
                "com.example.errorcatalog", true, GeneratedMarker.JAVA_9));
    }

    /** Each output's identity on disk (its inode), by its path under {@code out/}, as the last snapshot saw it. */
    private Map<String, Object> snapshot = Map.of();

    /** Every output file now: a file written again since is a new file, moved into place, with a new identity. */
    private Map<String, Object> outputs() throws IOException {
        Map<String, Object> identities = new TreeMap<>();
        try (Stream<Path> files = Files.walk(work.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                assertNotNull(key, "the file system tells files apart");
                identities.put(work.resolve("out").relativize(file).toString(), key);
            }
        }
        return identities;
    }

    private void remember() throws IOException {
        snapshot = outputs();
    }

    /** The package directories ({@code p/shop}, the runtime's) with a file written since {@link #remember}. */
    private Set<String> rewrittenPackages() throws IOException {
        Set<String> packages = new TreeSet<>();
        outputs().forEach((path, key) -> {
            if (!key.equals(snapshot.get(path))) {
                String directory = Path.of(path).getParent().toString();
                packages.add(directory.substring(directory.indexOf('/') + 1));
            }
        });
        return packages;
    }

    /** Changes a catalog file's text, keeping what it means, so that only a fresh render rewrites its outputs. */
    private void touchWithNewText(String file, String from, String to) throws IOException {
        String text = Files.readString(catalogs.resolve(file));
        assertTrue(text.contains(from), file + " has " + from);
        write(file, text.replace(from, to));
    }

    @Test
    void aChangedCatalogRendersOnlyThatCatalog() throws Exception {
        generate();
        remember();
        touchWithNewText("solo.yaml", "It failed.", "It failed at once.");

        GenerationResult result = generate();

        assertFalse(result.upToDate());
        assertEquals(3, result.kept(), result.summary());
        assertEquals(Set.of("p/solo"), rewrittenPackages());
        assertTrue(result.summary().contains(", 3 catalog(s) as the last run left them, in "), result.summary());
        assertTrue(result.files().stream().allMatch(file -> file.origin().equals("solo.yaml")),
                "neither the runtime nor another catalog was rendered");
        assertTrue(generate().upToDate(), "and the record is whole again");
    }

    @Test
    void aChangedPartOrFileOfTranslationsRendersItsCatalog() throws Exception {
        generate();
        remember();
        touchWithNewText("shop-more.yaml", "Sold out.", "Sold out at last.");
        generate();
        assertEquals(Set.of("p/shop"), rewrittenPackages());
        assertTrue(Files.readString(work.resolve("out/resources/p/shop/ShopErrorMessages.properties"))
                .contains("Sold out at last."));

        remember();
        touchWithNewText("shop.de.yaml", "Ausverkauft", "Nicht vorrätig");
        generate();
        assertEquals(Set.of("p/shop"), rewrittenPackages());
    }

    @Test
    void aChangedParentRendersTheCatalogsThatExtendIt() throws Exception {
        generate();
        remember();
        touchWithNewText("base.yaml", "Es schlug fehl.", "Es ging schief.");
        GenerationResult result = generate();
        assertEquals(Set.of("p/base", "p/child"), rewrittenPackages());
        assertEquals(2, result.kept());
    }

    @Test
    void anAddedOrRemovedCatalogLeavesTheOthersAlone() throws Exception {
        generate();
        remember();
        write("extra.yaml", "id: extra\ntitle: Extra\npackage: p.extra\nlocales: [en]\n"
                + "errors:\n  EXTRA_FAILED: {code: extra-failed, status: 500, title: T, message: M}\n");
        generate();
        assertEquals(Set.of("p/extra"), rewrittenPackages());

        Files.delete(catalogs.resolve("extra.yaml"));
        GenerationResult result = generate();
        assertFalse(Files.exists(work.resolve("out/java/p/extra")) && Files.list(work.resolve("out/java/p/extra"))
                .findAny().isPresent(), "the removed catalog's files are removed");
        assertEquals(4, result.kept());
        assertEquals(Set.of(), rewrittenPackages());
    }

    @Test
    void aNewPartOfACatalogRendersThatCatalog() throws Exception {
        generate();
        remember();
        write("solo-more.yaml", "partOf: solo\nerrors:\n  SOLO_AGAIN: {code: solo-again, status: 500, title: T,"
                + " message: M}\n");
        generate();
        assertEquals(Set.of("p/solo"), rewrittenPackages());
        assertTrue(Files.readString(work.resolve("out/java/p/solo/SoloError.java")).contains("SOLO_AGAIN"));
    }

    @Test
    void aDeletedOrEditedOutputRendersItsCatalogAgain() throws Exception {
        generate();
        remember();
        Files.delete(work.resolve("out/java/p/shop/ShopError.java"));
        GenerationResult result = generate();
        assertTrue(Files.isRegularFile(work.resolve("out/java/p/shop/ShopError.java")));
        assertEquals(3, result.kept(), result.summary());

        Path runtime = work.resolve("out/java/com/example/errorcatalog/CatalogError.java");
        Files.writeString(runtime, Files.readString(runtime) + "// edited\n");
        generate();
        assertFalse(Files.readString(runtime).contains("// edited"), "the runtime is written again");
    }

    @Test
    void aProblemInOneCatalogWritesNothingAndLeavesNoRecordToTrust() throws Exception {
        generate();
        remember();
        String good = Files.readString(catalogs.resolve("solo.yaml"));
        write("solo.yaml", good.replace("title: Solo failed", "titel: Solo failed"));
        assertThrows(CatalogException.class, this::generate);
        assertEquals(Set.of(), rewrittenPackages(), "a run with a problem writes nothing");

        write("solo.yaml", good);
        GenerationResult result = generate();
        assertEquals(0, result.kept(), "checked, not trusted: " + result.summary());
    }

    @Test
    void aFileTouchedOrCheckedOutAgainWithItsBytesIsUpToDateAndOneOfOtherBytesIsNot() throws Exception {
        generate();
        Path solo = catalogs.resolve("solo.yaml");
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(solo).toMillis() + 60_000);
        Files.setLastModifiedTime(solo, later);
        GenerationResult touched = generate();
        assertTrue(touched.upToDate(), touched.summary());
        Path record;
        try (Stream<Path> state = Files.list(work.resolve("state"))) {
            record = state.filter(file -> file.getFileName().toString().startsWith("inputs-")).findFirst()
                    .orElseThrow();
        }
        assertTrue(Files.readString(record).contains(" " + later.to(java.util.concurrent.TimeUnit.NANOSECONDS) + " "),
                "the record keeps the file's new facts, so the next run need not read it again");

        remember();
        // The same size, other bytes and a new modification time: the bytes' hash tells it from a touch.
        write("solo.yaml", Files.readString(solo).replace("It failed.", "It faded."));
        Files.setLastModifiedTime(solo, FileTime.fromMillis(later.toMillis() + 60_000));
        GenerationResult edited = generate();
        assertFalse(edited.upToDate());
        assertEquals(Set.of("p/solo"), rewrittenPackages());
    }
}
