package io.errorcatalog.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import io.errorcatalog.model.Catalog;
import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.LocalizedText;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.SourceHash;
import io.errorcatalog.translate.TextKey.Field;

/**
 * A catalog's own texts (inherited ones are exported with their catalog) as translation units into one locale:
 * each title, message, cause and solution in the default locale, its translation where the catalog has one,
 * its state, and what a translator needs to know of it.
 */
final class CatalogUnits {

    private CatalogUnits() {}

    /** The file of units of {@code catalog} into {@code locale}, one of its locales but the default. */
    static XliffFile of(Catalog catalog, String locale) {
        List<XliffFile.Unit> units = new ArrayList<>();
        for (ErrorEntry error : catalog.errors()) {
            String about = "Error " + error.name() + " ("
                    + (error.code().value() == null ? "no code" : "code " + error.code().value()) + "): ";
            text(units, catalog, locale, error, Field.TITLE, error.title(), about + "its title.");
            text(units, catalog, locale, error, Field.MESSAGE, error.message(), about + "its message." + params(error));
            list(units, catalog, locale, error, Field.CAUSES, error.causes(), about);
            list(units, catalog, locale, error, Field.SOLUTIONS, error.solutions(), about);
        }
        return new XliffFile(catalog.id().value(), catalog.defaultLocale(), locale, null, units);
    }

    private static void text(List<XliffFile.Unit> units, Catalog catalog, String locale, ErrorEntry error, Field field,
            LocalizedText text, String note) {
        String source = text.get(catalog.defaultLocale());
        if (source == null) {
            return;
        }
        String target = text.get(locale);
        XliffFile.State state = target == null ? XliffFile.State.NEW
                : stale(text.sources().get(locale), SourceHash.of(source)) ? XliffFile.State.NEEDS_REVIEW
                : XliffFile.State.TRANSLATED;
        units.add(new XliffFile.Unit(new TextKey(error.name(), field, 0).id(), source, target, state.value(), note,
                null, null));
    }

    /**
     * One unit per item of the default locale's list. A translation of another length than its source cannot be
     * laid over it item by item, so its units need review: whatever they hold on import becomes the list.
     */
    private static void list(List<XliffFile.Unit> units, Catalog catalog, String locale, ErrorEntry error, Field field,
            LocalizedList list, String about) {
        List<String> sources = list.get(catalog.defaultLocale());
        boolean translated = list.byLocale().containsKey(locale);
        List<String> targets = list.get(locale);
        boolean review = translated && (targets.size() != sources.size()
                || stale(list.sources().get(locale), SourceHash.of(sources)));
        String name = field == Field.CAUSES ? "cause" : "solution";
        for (int i = 0; i < sources.size(); i++) {
            String note = about + name + " " + (i + 1) + " of " + sources.size() + "."
                    + (translated && targets.size() != sources.size() ? " The " + locale + " list has "
                            + targets.size() + " item(s) for these " + sources.size()
                            + ": on import, the items of these units become the list." : "");
            XliffFile.State state = !translated ? XliffFile.State.NEW
                    : review ? XliffFile.State.NEEDS_REVIEW : XliffFile.State.TRANSLATED;
            units.add(new XliffFile.Unit(new TextKey(error.name(), field, i + 1).id(), sources.get(i),
                    i < targets.size() ? targets.get(i) : null, state.value(), note, null, null));
        }
    }

    /** A translation that records no source is taken as current, as the build's summary takes it. */
    private static boolean stale(String recorded, String current) {
        return recorded != null && !recorded.equals(current);
    }

    /** The parameters a message's placeholders stand for, with their types. */
    private static String params(ErrorEntry error) {
        if (error.params().isEmpty()) {
            return "";
        }
        StringJoiner all = new StringJoiner(", ", " Parameters: ", "; keep each placeholder as it is.");
        for (Parameter param : error.params()) {
            all.add("{" + param.name() + "} (" + param.type().keyword() + ")");
        }
        return all.toString();
    }
}
