package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.write.GeneratedFile;

/** Each catalog's message bundles: one per locale, and the default locale's again as the base bundle. */
final class BundleOutput extends CatalogOutput {

    static final String TEMPLATE = "messages.properties.mustache";

    /** The title of the enum's UNKNOWN constant, by language; English for the others. */
    private static final Map<String, String> UNKNOWN_TITLES = Map.ofEntries(Map.entry("en", "Unknown error"),
            Map.entry("de", "Unbekannter Fehler"), Map.entry("fr", "Erreur inconnue"), Map.entry("es", "Error desconocido"),
            Map.entry("it", "Errore sconosciuto"), Map.entry("pt", "Erro desconhecido"), Map.entry("nl", "Onbekende fout"),
            Map.entry("ja", "\u4e0d\u660e\u306a\u30a8\u30e9\u30fc"), Map.entry("zh", "\u672a\u77e5\u9519\u8bef"),
            Map.entry("ko", "\uc54c \uc218 \uc5c6\ub294 \uc624\ub958"), Map.entry("tr", "Bilinmeyen hata"),
            Map.entry("pl", "Nieznany b\u0142\u0105d"));

    @Override
    List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run) {
        List<GeneratedFile> files = new ArrayList<>();
        // The default locale's texts are also the base bundle, which every other locale falls back to; they
        // keep a file of their own too, or a listed parent locale (en beside en-US) would answer for them.
        files.add(bundle(catalog, catalog.catalog().defaultLocale(), Locale.ROOT, run));
        for (String locale : catalog.catalog().localeTags()) {
            files.add(bundle(catalog, locale, Locale.forLanguageTag(locale), run));
        }
        return files;
    }

    private static GeneratedFile bundle(ResolvedCatalog catalog, String locale, Locale bundleLocale, RenderContext run) {
        String origin = catalog.catalog().file();
        String bundleName = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                .toBundleName(catalog.bundleBaseName(), bundleLocale);
        return new GeneratedFile(GeneratedFile.Kind.RESOURCE, bundleName.replace('.', '/') + ".properties",
                run.templates().render(TEMPLATE, new Views.BundleView(RenderContext.header(origin), locale,
                        entries(catalog, locale))), origin);
    }

    private static List<Views.BundleEntry> entries(ResolvedCatalog catalog, String locale) {
        List<ErrorEntry> errors = catalog.errors();
        List<Views.BundleEntry> entries = new ArrayList<>(errors.size() * 2 + 2);
        // Only the texts translated into the locale: the runtime looks each missing one up in the next
        // bundle of the locale's chain, and last in the default locale's, which has every text.
        for (ErrorEntry error : errors) {
            if (error.title().get(locale) != null) {
                entries.add(new Views.BundleEntry(error.name() + ".title",
                        Escapes.propertiesValue(error.title().get(locale))));
            }
            if (error.message().get(locale) != null) {
                entries.add(new Views.BundleEntry(error.name() + ".message",
                        Escapes.propertiesValue(messageFormatPattern(error, locale))));
            }
            addList(entries, error.name() + ".causes", error.causes(), locale);
            addList(entries, error.name() + ".solutions", error.solutions(), locale);
        }
        // UNKNOWN's message is the text a response gave, as it gave it.
        String language = Locale.forLanguageTag(locale).getLanguage();
        entries.add(new Views.BundleEntry("UNKNOWN.title",
                Escapes.propertiesValue(UNKNOWN_TITLES.getOrDefault(language, UNKNOWN_TITLES.get("en")))));
        entries.add(new Views.BundleEntry("UNKNOWN.message", "{0}"));
        return entries;
    }

    private static void addList(List<Views.BundleEntry> entries, String key, LocalizedList list, String locale) {
        List<String> items = list.get(locale);
        if (items.isEmpty()) {
            return;
        }
        entries.add(new Views.BundleEntry(key, Integer.toString(items.size())));
        for (int i = 0; i < items.size(); i++) {
            entries.add(new Views.BundleEntry(key + "." + (i + 1), Escapes.propertiesValue(items.get(i))));
        }
    }

    private static String messageFormatPattern(ErrorEntry error, String locale) {
        List<Parameter> params = error.params();
        Map<String, Integer> index = params.isEmpty() ? Map.of() : new HashMap<>(params.size() * 2);
        for (Parameter param : params) {
            index.put(param.name(), index.size());
        }
        return Escapes.messageFormatPattern(parseValidated(error.message().get(locale)), index);
    }

    /** Parses a template the validator has accepted; failing here is a bug of the plugin. */
    static MessageTemplate parseValidated(String template) {
        try {
            return MessageTemplate.parse(template);
        } catch (MessageTemplate.SyntaxException e) {
            throw new IllegalStateException("a validated message failed to parse: " + e.getMessage(), e);
        }
    }
}
