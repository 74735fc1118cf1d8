package io.errorcatalog.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Catalogs of many errors in five locales, for the test that proves a large catalog works and for the
 * benchmarks that time it: up to 5,000 errors one file; above, the catalog file with the first error
 * and one {@code partOf} file per group of 5,000. Error {@code i} is named {@link #name(int)}, has code
 * {@code "i"}, one {@code int} parameter, German texts "Titel i" and "Meldung i: {n} Zeilen", the others
 * "Title i" and "Message i: {n} lines". The peer comparison gives the same names, codes and English titles
 * to the other generators, and to this plugin too, in one locale ({@link #writeAsPeers}).
 */
public final class LargeCatalogs {

    public static final List<String> LOCALES = List.of("en", "de", "fr", "es", "ja");
    public static final int PER_PART = 5_000;

    private LargeCatalogs() {}

    /**
     * Writes catalog {@code id} (package {@code com.example.<id>}) of {@code n} errors.
     *
     * @return how many files
     */
    public static int write(Path directory, String id, int n) throws IOException {
        return write(directory, id, n, "{format: code-message}");
    }

    /**
     * As {@link #write(Path, String, int)}, in another wire format.
     *
     * @param wire the catalog's {@code wire} as a YAML flow mapping ({@code {format: problem, typeBase: ...}})
     * @return how many files
     */
    public static int write(Path directory, String id, int n, String wire) throws IOException {
        return write(directory, id, n, LOCALES, wire, LargeCatalogs::error);
    }

    /**
     * Catalog {@code id} of {@code n} errors with what the peers' inputs hold and no more: one locale, English,
     * and per error its name, its code and its English title, as its message (an error needs one; its title
     * is optional), no wire format, laid out in files as {@link #write(Path, String, int)} does.
     *
     * @return how many files
     */
    public static int writeAsPeers(Path directory, String id, int n) throws IOException {
        return write(directory, id, n, List.of("en"), null, (yaml, i) -> yaml.append("  ")
                .append(name(i)).append(": {code: \"").append(i).append("\", message: \"").append(title("en", i))
                .append("\"}\n"));
    }

    /** Appends error {@code i} to a catalog's {@code errors}. */
    @FunctionalInterface
    private interface ErrorWriter {
        void append(StringBuilder yaml, int i);
    }

    /** @param wire the catalog's {@code wire}, or null for none */
    private static int write(Path directory, String id, int n, List<String> locales, String wire, ErrorWriter error)
            throws IOException {
        int groups = Math.max(1, (n + PER_PART - 1) / PER_PART);
        StringBuilder main = new StringBuilder("id: " + id + "\ntitle: " + id + "\npackage: com.example." + id
                + "\nlocales: ").append(locales).append(wire == null ? "" : "\nwire: " + wire).append("\ngroups:\n");
        for (int g = 0; g < groups; g++) {
            main.append("  g").append(g).append(": {}\n");
        }
        main.append("defaults: {group: g0}\nerrors:\n");
        if (groups == 1) {
            for (int i = 0; i < n; i++) {
                error.append(main, i);
            }
            Files.writeString(directory.resolve(id + ".yaml"), main);
            return 1;
        }
        error.append(main, 0);
        Files.writeString(directory.resolve(id + ".yaml"), main);
        for (int g = 0; g < groups; g++) {
            StringBuilder part = new StringBuilder("partOf: " + id + "\ndefaults: {group: g" + g + "}\nerrors:\n");
            for (int i = Math.max(1, g * PER_PART); i < Math.min(n, (g + 1) * PER_PART); i++) {
                error.append(part, i);
            }
            Files.writeString(directory.resolve(String.format(Locale.ROOT, "%s-g%02d.yaml", id, g)), part);
        }
        return groups + 1;
    }

    /** Error {@code i}'s constant name. */
    public static String name(int i) {
        return "E" + i;
    }

    /** Error {@code i}'s title in {@code locale}. */
    public static String title(String locale, int i) {
        return (locale.equals("de") ? "Titel " : "Title ") + i;
    }

    private static void error(StringBuilder yaml, int i) {
        yaml.append("  ").append(name(i)).append(":\n    code: \"").append(i).append("\"\n    status: ")
                .append(400 + i % 100).append("\n    params: {n: int}\n    title: {");
        for (String locale : LOCALES) {
            yaml.append(locale).append(": \"").append(title(locale, i)).append("\", ");
        }
        yaml.setLength(yaml.length() - 2);
        yaml.append("}\n    message: {");
        for (String locale : LOCALES) {
            yaml.append(locale).append(": \"").append(locale.equals("de") ? "Meldung " : "Message ").append(i)
                    .append(": {n} ").append(locale.equals("de") ? "Zeilen" : "lines").append("\", ");
        }
        yaml.setLength(yaml.length() - 2);
        yaml.append("}\n");
    }
}
