package io.errorcatalog.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.errorcatalog.generate.CatalogException;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.CatalogSet;
import io.errorcatalog.model.Diagnostic;
import io.errorcatalog.model.Diagnostics;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.SourceLocation;
import io.errorcatalog.model.Tag;
import io.errorcatalog.write.OutputWriter;

/**
 * Writes each catalog's texts for translation: one XLIFF 1.2 file per catalog and target locale,
 * {@code <catalog id>.<locale>.xlf}, with every text of the default locale, its translation where there is one,
 * and its state. A file whose content did not change is not touched.
 */
public final class TranslationExport {

    /**
     * @param outputDirectory where the files go
     * @param locale the one target locale to export, a BCP 47 tag; null for every locale but each catalog's default
     */
    public record Request(Path outputDirectory, String locale) {}

    /**
     * One file exported.
     *
     * @param untranslated units of state {@code new}
     * @param needsReview units of state {@code needs-review-translation}: stale translations
     * @param translated units of state {@code translated}
     * @param changed whether the file was written; false where it was as it would be written
     */
    public record Exported(Path file, String catalog, String locale, int untranslated, int needsReview, int translated,
            boolean changed) {

        /** The line a run prints for the file. */
        public String summary() {
            // Units, not the build summary's texts: each item of a list of causes or solutions is one.
            return "Exported " + catalog + " for translation into " + locale + ": " + file + " ("
                    + (untranslated + needsReview + translated) + " units: " + untranslated + " new, " + needsReview
                    + " to review, " + translated + " translated" + (changed ? "" : "; unchanged") + ")";
        }
    }

    /** The files, in catalog and locale order. */
    public record Result(List<Exported> files) {

        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * @param catalogs the catalogs, loaded and checked ({@code Generator.check})
     * @throws InvalidRequestException if no catalog has the locale asked for
     * @throws CatalogException if a text cannot be written as XML; nothing is written then
     * @throws IOException if a file cannot be written
     */
    public Result export(CatalogSet catalogs, Request request) throws InvalidRequestException, CatalogException,
            IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<XliffFile> files = new ArrayList<>();
        for (Catalog catalog : catalogs.catalogs()) {
            List<String> locales = targetLocales(catalog, request.locale());
            for (String locale : locales) {
                files.add(CatalogUnits.of(catalog, locale));
            }
            if (!locales.isEmpty()) {
                Set<String> exported = new LinkedHashSet<>(locales);
                exported.add(catalog.defaultLocale());
                refuseNonXmlText(catalog, exported, diagnostics);
            }
        }
        if (request.locale() != null && files.isEmpty()) {
            throw new InvalidRequestException("no catalog has the locale '" + request.locale() + "' besides its default"
                    + " one; the catalogs' other locales are " + otherLocales(catalogs), null);
        }
        if (!diagnostics.isEmpty()) {
            throw new CatalogException(diagnostics, null);
        }
        List<Exported> exported = new ArrayList<>();
        for (XliffFile file : files) {
            Path target = request.outputDirectory().resolve(file.original() + "." + file.targetLanguage() + ".xlf");
            byte[] content = XliffWriter.write(file).getBytes(StandardCharsets.UTF_8);
            boolean changed = !Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), content);
            if (changed) {
                OutputWriter.writeAtomically(target, content);
            }
            exported.add(new Exported(target, file.original(), file.targetLanguage(), count(file, XliffFile.State.NEW),
                    count(file, XliffFile.State.NEEDS_REVIEW), count(file, XliffFile.State.TRANSLATED), changed));
        }
        return new Result(exported);
    }

    private static int count(XliffFile file, XliffFile.State state) {
        return (int) file.units().stream().filter(unit -> unit.state().equals(state.value())).count();
    }

    /** The catalog's locales but the default, or the one asked for where the catalog has it. */
    private static List<String> targetLocales(Catalog catalog, String requested) {
        List<String> others = catalog.localeTags().subList(1, catalog.localeTags().size());
        if (requested == null) {
            return others;
        }
        return others.stream().filter(tag -> Locales.same(tag, requested)).toList();
    }

    private static String otherLocales(CatalogSet catalogs) {
        Set<String> all = new LinkedHashSet<>();
        for (Catalog catalog : catalogs.catalogs()) {
            all.addAll(catalog.localeTags().subList(1, catalog.localeTags().size()));
        }
        return all.isEmpty() ? "none" : String.join(", ", all);
    }

    /** A text of the exported locales that XML cannot carry is reported at its place. */
    private static void refuseNonXmlText(Catalog catalog, Set<String> locales, Diagnostics diagnostics) {
        for (ErrorEntry error : catalog.errors()) {
            for (LocalizedText text : List.of(error.title(), error.message())) {
                text.byLocale().forEach((locale, value) -> {
                    if (locales.contains(locale)) {
                        refuseNonXmlText(value, diagnostics);
                    }
                });
            }
            for (LocalizedList list : List.of(error.causes(), error.solutions())) {
                list.byLocale().forEach((locale, items) -> {
                    if (locales.contains(locale)) {
                        items.value().forEach(item -> refuseNonXmlText(item, diagnostics));
                    }
                });
            }
        }
    }

    private static void refuseNonXmlText(Located<String> text, Diagnostics diagnostics) {
        int at = XliffWriter.firstNonXmlCharacter(text.value());
        if (at >= 0) {
            SourceLocation where = text.location();
            diagnostics.add(new Diagnostic(where, Tag.NOT_XML_CHARACTER, "this text holds the control character U+"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) text.value().charAt(at)) + " at character "
                    + (at + 1) + ", which XML 1.0 cannot carry, so the text cannot be exported for translation;"
                    + " remove it"));
        }
    }
}
