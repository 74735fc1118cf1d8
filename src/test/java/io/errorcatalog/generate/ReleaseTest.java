package io.errorcatalog.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.errorcatalog.compat.CompatReport;
import io.errorcatalog.compat.HistoryJson;
import io.errorcatalog.model.RuntimeTypes;
import io.errorcatalog.render.GeneratedMarker;
import io.errorcatalog.runtime.ErrorCatalog;
import io.errorcatalog.testing.JavaCompilation;

/**
 * A build that may be released: each error's first release from the baseline, the archive of the catalogs
 * that the release publishes, tombstones in the generated code, and the gate reading its baseline back.
 */
class ReleaseTest {

    private static final String SHOP = """
            id: shop
            title: Shop
            package: com.example.shop
            locales: [en]
            errors:
              OUT_OF_STOCK: {code: out_of_stock, status: 409, title: Out of stock, message: Out of stock.}
              ORDER_NOT_FOUND: {code: order_not_found, status: 404, title: Order not found, message: No such order.}
            """;
    private static final String ADDED = "  PAYMENT_DECLINED: {code: payment_declined, status: 402, title: Declined,"
            + " message: Declined.}\n";
    private static final String ENUM = "java/com/example/shop/ShopError.java";

    @TempDir
    Path work;

    private Path catalogs(String name, String yaml) throws IOException {
        Path directory = Files.createDirectories(work.resolve(name));
        Files.writeString(directory.resolve("shop.yaml"), yaml);
        return directory;
    }

    private static GenerationRequest request(Path catalogs, Path output, ReleaseRequest release) {
        return new GenerationRequest(catalogs, List.of("**/*.yaml"), List.of(), output.resolve("java"),
                output.resolve("resources"), "", null, output.resolve("state"), Set.of(), RuntimeTypes.SOURCE_PACKAGE,
                false, GeneratedMarker.JAVA_8).withRelease(release);
    }

    /** The constant's Javadoc block, from its first line to the constant. */
    private static String javadocOf(Path output, String constant) throws IOException {
        String source = Files.readString(output.resolve(ENUM));
        int at = source.indexOf("\n    " + constant + ",\n");
        return source.substring(source.lastIndexOf("/**", at), at);
    }

    /** The archive's entries, each of which has no extra field (an extended time would be in the JVM's zone). */
    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(null, entry.getExtra(), entry.getName());
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void eachReleaseGivesErrorsTheirFirstReleaseAndPublishesItsCatalogsWithTheirHistory() throws Exception {
        Path released = work.resolve("shop-1.0-error-catalog.zip");
        new Generator().generate(request(catalogs("v1", SHOP), work.resolve("out1"), new ReleaseRequest(null, "1.0",
                released)));
        assertTrue(javadocOf(work.resolve("out1"), "OUT_OF_STOCK").contains("\n     * @since 1.0\n"));
        assertEquals(List.of("META-INF/error-catalog/history.json", "shop.yaml"), entries(released));

        new Generator().generate(request(catalogs("v2", SHOP + ADDED), work.resolve("out2"),
                new ReleaseRequest(new BaselineSource(released, "1.0"), "1.1", work.resolve("next.zip"))));
        assertTrue(javadocOf(work.resolve("out2"), "OUT_OF_STOCK").contains("\n     * @since 1.0\n"));
        assertTrue(javadocOf(work.resolve("out2"), "PAYMENT_DECLINED").contains("\n     * @since 1.1\n"));
        try (var zip = java.nio.file.FileSystems.newFileSystem(work.resolve("next.zip"))) {
            assertEquals(Map.of("OUT_OF_STOCK", "1.0", "ORDER_NOT_FOUND", "1.0", "PAYMENT_DECLINED", "1.1"),
                    HistoryJson.read(Files.readAllBytes(zip.getPath(HistoryJson.PATH)), "next").of("shop").since());
        }
    }

    @Test
    void withoutAReleaseNothingHasASince() throws Exception {
        new Generator().generate(request(catalogs("v1", SHOP), work.resolve("out"), null));
        assertFalse(Files.readString(work.resolve("out").resolve(ENUM)).contains("@since"));
    }

    @Test
    void theArchiveIsTheSameBytesEachTimeAndARepeatedRunLeavesItAlone() throws Exception {
        Path directory = catalogs("v1", SHOP);
        Path first = work.resolve("first.zip");
        new Generator().generate(request(directory, work.resolve("out1"), new ReleaseRequest(null, "1.0", first)));
        Path second = work.resolve("second.zip");
        new Generator().generate(request(directory, work.resolve("out2"), new ReleaseRequest(null, "1.0", second)));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        GenerationResult again = new Generator().generate(request(directory, work.resolve("out1"),
                new ReleaseRequest(null, "1.0", first)));
        assertTrue(again.upToDate());
        Files.delete(first);
        GenerationResult rebuilt = new Generator().generate(request(directory, work.resolve("out1"),
                new ReleaseRequest(null, "1.0", first)));
        assertFalse(rebuilt.upToDate(), "a missing archive is an output to write again");
        assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(first));
    }

    @Test
    void aTombstoneIsADeprecatedConstantThatDecodingStillRecognises() throws Exception {
        Path output = work.resolve("out");
        new Generator().generate(request(catalogs("v1", SHOP.replace("message: Out of stock.}",
                "message: Out of stock., removed: {version: 1.1, reason: Items are back-ordered now.}}")), output, null));
        String removed = "\n     * @deprecated Removed in 1.1 (the API no longer sends it; decoding still recognises its"
                + " code): Items are back-ordered now.\n";
        assertTrue(javadocOf(output, "OUT_OF_STOCK").contains(removed));
        String source = Files.readString(output.resolve(ENUM));
        int factory = source.indexOf(" outOfStock() {");
        assertTrue(source.substring(source.lastIndexOf("/**", factory), factory).contains(removed),
                "the factory says why as its constant does");
        try (URLClassLoader loader = JavaCompilation.compileAndLoad(output.resolve("java"), output.resolve("resources"),
                output.resolve("classes"))) {
            Class<?> shop = loader.loadClass("com.example.shop.ShopError");
            assertTrue(shop.getField("OUT_OF_STOCK").isAnnotationPresent(Deprecated.class));
            assertTrue(shop.getMethod("outOfStock").isAnnotationPresent(Deprecated.class));
            assertFalse(shop.getField("ORDER_NOT_FOUND").isAnnotationPresent(Deprecated.class));
            ErrorCatalog<?, ?> catalog = (ErrorCatalog<?, ?>) shop.getField("CATALOG").get(null);
            assertSame(shop.getField("OUT_OF_STOCK").get(null), catalog.byCode("out_of_stock").orElseThrow());
        }
    }

    @Test
    void theGateReadsItsBaselineFromTheArchiveOrFromADirectory() throws Exception {
        Path v1 = catalogs("v1", SHOP);
        Path released = work.resolve("released.zip");
        new Generator().generate(request(v1, work.resolve("out1"), new ReleaseRequest(null, "1.0", released)));
        Path v2 = catalogs("v2", SHOP + ADDED);
        CompatReport fromArchive = new Generator().compare(request(v2, work.resolve("out2"), null),
                new BaselineSource(released, "1.0"), "1.1-SNAPSHOT", List.of(), 2);
        assertEquals(List.of("shop.yaml:8:3: [error-added] PAYMENT_DECLINED (code 'payment_declined') is new since 1.0"),
                fromArchive.outcomes().stream().map(Object::toString).toList());
        CompatReport fromDirectory = new Generator().compare(request(v2, work.resolve("out2"), null),
                new BaselineSource(v1, null), "1.1-SNAPSHOT", List.of(), 2);
        assertEquals(List.of("shop.yaml:8:3: [error-added] PAYMENT_DECLINED (code 'payment_declined') is new since"
                + " the baseline"), fromDirectory.outcomes().stream().map(Object::toString).toList());
    }

    @Test
    void aBaselineThatThisVersionFindsFaultWithIsComparedAllTheSame() throws Exception {
        Path old = catalogs("old", SHOP.replace("title: Shop\n", "title: Shop\ncolour: blue\n"));
        CompatReport report = new Generator().compare(request(catalogs("v2", SHOP), work.resolve("out"), null),
                new BaselineSource(old, "0.9"), "1.0", List.of(), 2);
        assertEquals(List.of(), report.outcomes());
        assertEquals(1, report.baselineProblems().size());
        assertTrue(report.baselineProblems().get(0).startsWith("shop.yaml:3:1: [unknown-key] unknown key 'colour' in"
                + " the catalog"), report.baselineProblems().toString());
    }

    @Test
    void aKeepOfNoReleasesIsAWrongRequest() throws Exception {
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> new Generator().compare(request(catalogs("v2", SHOP), work.resolve("out"), null),
                        new BaselineSource(work, "1.0"), "1.1", List.of(), 0));
        assertEquals("keepTombstones is 0; a tombstone ships in at least the release that removes its error, so write 1"
                + " or more", e.getMessage());
    }

    @Test
    void aBaselineThatIsNeitherADirectoryNorAZipIsSaidToBeSo() throws Exception {
        Path text = Files.writeString(work.resolve("not.zip"), "text", StandardCharsets.UTF_8);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new Generator().compare(
                request(catalogs("v2", SHOP), work.resolve("out"), null), new BaselineSource(text, "1.0"), "1.1",
                List.of(), 2));
        assertEquals("the baseline " + text + " is neither a directory nor a zip", e.getMessage());
    }
}
