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

    private static final ResourceBundle.Control NAMES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Hebrew, Indonesian and Yiddish as the JDK named them before Java 17 ({@code java.util.Locale}'s Javadoc):
     * there, {@code ResourceBundle} and the runtime look for {@code _iw}, {@code _in} and {@code _ji} files.
     */
    private static final Map<String, String> PRE_JAVA_17_LANGUAGES = Map.of("he", "iw", "id", "in", "yi", "ji");

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
        List<String> locales = catalog.catalog().localeTags();
        boolean plurals = hasPlurals(catalog);
        PerError keys = new PerError(catalog.errors());
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < locales.size(); i++) {
            String locale = locales.get(i);
            String content = content(catalog, keys, locale, locale, false, plurals, run);
            if (i == 0) {
                // The default locale's texts are also the base bundle, which every other locale falls back to;
                // they keep a file of their own too, or a listed parent locale (en beside en-US) would answer
                // for them. One text, written twice.
                files.add(file(catalog, "", content));
            }
            addFiles(files, catalog, Locale.forLanguageTag(locale), content);
        }
        if (run.pseudoLocale() != null) {
            String defaultLocale = catalog.catalog().defaultLocale();
            addFiles(files, catalog, Locale.forLanguageTag(run.pseudoLocale()),
                    content(catalog, keys, defaultLocale, run.pseudoLocale(), true, plurals, run));
        }
        return files;
    }

    /**
     * The locale's bundle, and for a language that Java 8 to 16 name otherwise, the same bundle under that
     * name too: a generated library runs on those, and there a {@code _he} file would never be found.
     */
    private static void addFiles(List<GeneratedFile> files, ResolvedCatalog catalog, Locale bundleLocale,
            String content) {
        String suffix = NAMES.toBundleName("", bundleLocale);
        files.add(file(catalog, suffix, content));
        String language = bundleLocale.getLanguage();
        String before17 = PRE_JAVA_17_LANGUAGES.get(language);
        if (before17 != null) {
            files.add(file(catalog, "_" + before17 + suffix.substring(1 + language.length()), content));
        }
    }

    /** @param suffix what follows the base name, such as {@code _de_CH}; empty for the base bundle */
    private static GeneratedFile file(ResolvedCatalog catalog, String suffix, String content) {
        return new GeneratedFile(GeneratedFile.Kind.RESOURCE,
                (catalog.bundleBaseName() + suffix).replace('.', '/') + ".properties", content, catalog.catalog().file());
    }

    /**
     * One bundle's text: only the texts translated into its locale, as the runtime looks each missing one up
     * in the next bundle of the locale's chain, and last in the default locale's, which has every text.
     *
     * @param locale whose texts it holds, and whose plural rules (the pseudo-locale's are the default locale's)
     * @param label the locale its header names
     * @param pseudo whether the texts are pseudo-localised
     */
    private static String content(ResolvedCatalog catalog, PerError keys, String locale, String label,
            boolean pseudo, boolean plurals, RenderContext run) {
        UnaryOperator<String> text = pseudo ? PseudoLocalization::text : UnaryOperator.identity();
        List<ErrorEntry> errors = catalog.errors();
        List<Views.BundleEntry> entries = new ArrayList<>(errors.size() * 2 + 3);
        if (plurals) {
            // Each bundle carries the plural rules of its texts' language, so a text that falls back to
            // another bundle is counted by the rules it is written for.
            entries.add(new Views.BundleEntry(PLURAL_RULES_KEY,
                    Escapes.propertiesValue(PluralLanguage.of(locale).bundleRules())));
        }
        for (int i = 0; i < errors.size(); i++) {
            ErrorEntry error = errors.get(i);
            String title = error.title().get(locale);
            if (title != null) {
                entries.add(new Views.BundleEntry(keys.title(i), Escapes.propertiesValue(text.apply(title))));
            }
            String message = error.message().get(locale);
            if (message != null) {
                entries.add(new Views.BundleEntry(keys.message(i),
                        Escapes.propertiesValue(keys.placeholders(i).bundlePattern(message, pseudo))));
            }
            addList(entries, error.name(), ".causes", error.causes(), locale, text);
            addList(entries, error.name(), ".solutions", error.solutions(), locale, text);
        }
        // UNKNOWN's message is the text a response gave, as it gave it.
        String language = Locale.forLanguageTag(locale).getLanguage();
        entries.add(new Views.BundleEntry("UNKNOWN.title", Escapes.propertiesValue(
                text.apply(UNKNOWN_TITLES.getOrDefault(language, UNKNOWN_TITLES.get("en"))))));
        entries.add(new Views.BundleEntry("UNKNOWN.message", "{0}"));
        return run.templates().render(TEMPLATE, new Views.BundleView(RenderContext.header(catalog.catalog().file()),
                label, entries));
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

    private static void addList(List<Views.BundleEntry> entries, String name, String suffix, LocalizedList list,
            String locale, UnaryOperator<String> text) {
        List<String> items = list.get(locale);
        if (items.isEmpty()) {
            return;
        }
        String key = name + suffix;
        entries.add(new Views.BundleEntry(key, Integer.toString(items.size())));
        for (int i = 0; i < items.size(); i++) {
            entries.add(new Views.BundleEntry(key + "." + (i + 1), Escapes.propertiesValue(text.apply(items.get(i)))));
        }
    }

    /**
     * What every bundle of a catalog needs of each error, by its index, worked out once for all bundles: the
     * keys of its title and message, and how its message's placeholders are numbered (when a bundle first
     * needs it).
     */
    private static final class PerError {
        private final List<ErrorEntry> errors;
        private final String[] titles;
        private final String[] messages;
        private final Placeholders[] placeholders;

        PerError(List<ErrorEntry> errors) {
            this.errors = errors;
            titles = new String[errors.size()];
            messages = new String[errors.size()];
            placeholders = new Placeholders[errors.size()];
            for (int i = 0; i < errors.size(); i++) {
                titles[i] = errors.get(i).name() + ".title";
                messages[i] = errors.get(i).name() + ".message";
            }
        }

        String title(int error) {
            return titles[error];
        }

        String message(int error) {
            return messages[error];
        }

        Placeholders placeholders(int error) {
            if (placeholders[error] == null) {
                placeholders[error] = new Placeholders(errors.get(error).params());
            }
            return placeholders[error];
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
