package io.errorcatalog.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The catalogs as a release publishes them (the {@code error-catalog} artifact): a zip of the catalog files
 * the goals read, at their paths relative to the catalog directory, and the history beside them. The same
 * files give the same bytes: entries sorted, one fixed time, no extra fields.
 */
public final class CatalogArchive {

    /**
     * Every entry's time, a DOS time of no time zone. Not 1980-01-01 00:00: the JDK takes that for "before
     * 1980" and adds an extended timestamp in the JVM's time zone.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private CatalogArchive() {}

    /**
     * Writes the archive, atomically, unless it holds these bytes already.
     *
     * @param files the catalog files, relative to {@code catalogDirectory} with {@code /} separators
     * @param extra further entries by path, such as the history
     * @return whether the file was written
     */
    public static boolean write(Path archive, Path catalogDirectory, List<String> files, Map<String, String> extra)
            throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        for (String file : files) {
            entries.put(file, Files.readAllBytes(catalogDirectory.resolve(file)));
        }
        extra.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        byte[] content = bytes.toByteArray();
        if (Files.isRegularFile(archive) && Arrays.equals(Files.readAllBytes(archive), content)) {
            return false;
        }
        OutputWriter.writeAtomically(archive, content);
        return true;
    }
}
