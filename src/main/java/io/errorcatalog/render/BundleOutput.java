package io.errorcatalog.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.errorcatalog.model.ErrorEntry;
import io.errorcatalog.model.LocalizedList;
import io.errorcatalog.model.Located;
import io.errorcatalog.model.MessageTemplate;
import io.errorcatalog.model.ParamFormat;
import io.errorcatalog.model.Parameter;
import io.errorcatalog.model.PluralLanguage;
import io.errorcatalog.model.ResolvedCatalog;
import io.errorcatalog.write.GeneratedFile;

/**
 * Each catalog's message bundles: one per locale, the default locale's again as the base bundle, and, where
 * the run asks for one, a pseudo-locale's made from the default locale's.
 */
final class BundleOutput extends CatalogOutput {

    static final String TEMPLATE = "messages.properties.mustache";

    /** The key of a bundle's plural rules, as the runtime's {@code PluralRules.BUNDLE_KEY} reads it. */
    static final String PLURAL_RULES_KEY = "@plural";

    /** The title of the enum's UNKNOWN constant, by language; English for the others. */
    private static final Map<String, String> UNKNOWN_TITLES = Map.ofEntries(Map.entry("en", "Unknown error"),
            Map.entry("de", "Unbekannter Fehler"), Map.entry("fr", "Erreur inconnue"), Map.entry("es", "Error desconocido"),
            Map.entry("it", "Errore sconosciuto"), Map.entry("pt", "Erro desconhecido"), Map.entry("nl", "Onbekende fout"),
            Map.entry("ja", "\u4e0d\u660e\u306a\u30a8\u30e9\u30fc"), Map.entry("zh", "\u672a\u77e5\u9519\u8bef"),
            Map.entry("ko", "\uc54c \uc218 \uc5c6\ub294 \uc624\ub958"), Map.entry("tr", "Bilinmeyen hata"),
            Map.entry("pl", "Nieznany b\u0142\u0105d"));

    @Override
    List<GeneratedFile> render(ResolvedCatalog catalog, RenderContext run) {
        String origin = catalog.catalog().file();
        String defaultLocale = catalog.catalog().defaultLocale();
        List<String> locales = catalog.catalog().localeTags();
        boolean plurals = hasPlurals(catalog);
        List<List<Views.BundleEntry>> entries = entries(catalog, locales, false);
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < locales.size(); i++) {
            String locale = locales.get(i);
            String content = content(locale, locale, entries.get(i), plurals, origin, run);
            if (locale.equals(defaultLocale)) {
                // The default locale's texts are also the base bundle, which every other locale falls back to;
                // they keep a file of their own too, or a listed parent locale (en beside en-US) would answer
                // for them. One text, written twice.
                files.add(0, file(catalog, Locale.ROOT, content, origin));
            }
            files.add(file(catalog, Locale.forLanguageTag(locale), content, origin));
        }
        if (run.pseudoLocale() != null) {
            List<Views.BundleEntry> pseudo = entries(catalog, List.of(defaultLocale), true).get(0);
            files.add(file(catalog, Locale.forLanguageTag(run.pseudoLocale()),
                    content(defaultLocale, run.pseudoLocale(), pseudo, plurals, origin, run), origin));
        }
        return files;
    }

    private static GeneratedFile file(ResolvedCatalog catalog, Locale bundleLocale, String content, String origin) {
        String bundleName = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                .toBundleName(catalog.bundleBaseName(), bundleLocale);
        return new GeneratedFile(GeneratedFile.Kind.RESOURCE, bundleName.replace('.', '/') + ".properties", content,
                origin);
    }

    /**
     * One bundle's text.
     *
     * @param locale whose texts it holds, and whose plural rules (the pseudo-locale's are the default locale's)
     * @param label the locale its header names
     */
    private static String content(String locale, String label, List<Views.BundleEntry> texts, boolean plurals,
            String origin, RenderContext run) {
        List<Views.BundleEntry> entries = texts;
        if (plurals) {
            // Each bundle carries the plural rules of its texts' language, so a text that falls back to
            // another bundle is counted by the rules it is written for.
            entries = new ArrayList<>(texts.size() + 1);
            entries.add(new Views.BundleEntry(PLURAL_RULES_KEY,
                    Escapes.propertiesValue(PluralLanguage.of(locale).bundleRules())));
            entries.addAll(texts);
        }
        return run.templates().render(TEMPLATE, new Views.BundleView(RenderContext.header(origin), label, entries));
    }

    /** Whether a message of the catalog, in any locale, has a plural: then its bundles carry plural rules. */
    private static boolean hasPlurals(ResolvedCatalog catalog) {
        for (ErrorEntry error : catalog.errors()) {
            for (Located<String> text : error.message().byLocale().values()) {
                // Only a text that says "plural" can have one: the others are not parsed twice.
                if (text.value().contains("plural") && parseValidated(text.value()).choices().stream()
                        .anyMatch(choice -> choice.kind() == MessageTemplate.Kind.PLURAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The entries of each locale's bundle, in the order of {@code locales}: only the texts translated into
     * it, as the runtime looks each missing one up in the next bundle of the locale's chain, and last in the
     * default locale's, which has every text. One pass over the errors for all locales, each error's keys
     * and parameters worked out once.
     */
    private static List<List<Views.BundleEntry>> entries(ResolvedCatalog catalog, List<String> locales,
            boolean pseudo) {
        UnaryOperator<String> text = pseudo ? PseudoLocalization::text : UnaryOperator.identity();
        List<ErrorEntry> errors = catalog.errors();
        List<List<Views.BundleEntry>> byLocale = new ArrayList<>(locales.size());
        for (int i = 0; i < locales.size(); i++) {
            byLocale.add(new ArrayList<>(errors.size() * 2 + 2));
        }
        for (ErrorEntry error : errors) {
            String titleKey = error.name() + ".title";
            String messageKey = error.name() + ".message";
            Placeholders placeholders = null;
            for (int i = 0; i < locales.size(); i++) {
                String locale = locales.get(i);
                List<Views.BundleEntry> entries = byLocale.get(i);
                String title = error.title().get(locale);
                if (title != null) {
                    entries.add(new Views.BundleEntry(titleKey, Escapes.propertiesValue(text.apply(title))));
                }
                String message = error.message().get(locale);
                if (message != null) {
                    if (placeholders == null) {
                        placeholders = new Placeholders(error.params());
                    }
                    entries.add(new Views.BundleEntry(messageKey,
                            Escapes.propertiesValue(placeholders.bundlePattern(message, pseudo))));
                }
                addList(entries, error.name() + ".causes", error.causes(), locale, text);
                addList(entries, error.name() + ".solutions", error.solutions(), locale, text);
            }
        }
        for (int i = 0; i < locales.size(); i++) {
            // UNKNOWN's message is the text a response gave, as it gave it.
            String language = Locale.forLanguageTag(locales.get(i)).getLanguage();
            byLocale.get(i).add(new Views.BundleEntry("UNKNOWN.title", Escapes.propertiesValue(
                    text.apply(UNKNOWN_TITLES.getOrDefault(language, UNKNOWN_TITLES.get("en"))))));
            byLocale.get(i).add(new Views.BundleEntry("UNKNOWN.message", "{0}"));
        }
        return byLocale;
    }

    private static void addList(List<Views.BundleEntry> entries, String key, LocalizedList list, String locale,
            UnaryOperator<String> text) {
        List<String> items = list.get(locale);
        if (items.isEmpty()) {
            return;
        }
        entries.add(new Views.BundleEntry(key, Integer.toString(items.size())));
        for (int i = 0; i < items.size(); i++) {
            entries.add(new Views.BundleEntry(key + "." + (i + 1), Escapes.propertiesValue(text.apply(items.get(i)))));
        }
    }

    /** An error's parameters as its bundle patterns number them: by position, and which are shown plain. */
    private static final class Placeholders {
        private final Map<String, Integer> index;
        private final Set<String> plain = new HashSet<>();

        Placeholders(List<Parameter> params) {
            index = params.isEmpty() ? Map.of() : new HashMap<>(params.size() * 2);
            for (Parameter param : params) {
                index.put(param.name(), index.size());
                if (param.format() == ParamFormat.PLAIN) {
                    plain.add(param.name());
                }
            }
        }

        String bundlePattern(String written, boolean pseudo) {
            MessageTemplate template = parseValidated(written);
            return Escapes.bundlePattern(pseudo ? PseudoLocalization.message(template, written) : template, index,
                    plain);
        }
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
