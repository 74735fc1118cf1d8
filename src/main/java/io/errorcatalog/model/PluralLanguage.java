package io.errorcatalog.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One locale's plural rules, as CLDR gives them: its categories, each one's condition in CLDR's syntax, and
 * example numbers. The generated bundles carry the conditions ({@link #bundleRules()}) to the runtime, which
 * evaluates them itself.
 *
 * <p>The rules are ICU4J's, kept as a snapshot in {@value #SNAPSHOT} beside this class: the test
 * {@code CldrPluralSnapshotTest} writes it from ICU4J and holds it to ICU4J's answers, tag by tag. Reading
 * ICU4J itself cost every build with a plural some 200 ms, and put ICU4J's 15 MB on the plugin's class path.
 *
 * @param tag the locale as the catalog writes it
 * @param inCldr whether CLDR has plural rules for the locale's language; without them it has {@code other} only
 * @param categories the language's categories in CLDR's order, {@code other} last
 * @param conditions each category's condition but {@code other}'s: {@code one} of English is {@code i = 1 and v = 0}
 * @param integerCategories the categories that some integer takes: all an {@code int} parameter needs
 * @param examples each category's first example numbers, for diagnostics ({@code 2, 3, 4, 22, 1.5})
 */
public record PluralLanguage(String tag, boolean inCldr, List<String> categories, Map<String, String> conditions,
        Set<String> integerCategories, Map<String, String> examples) {

    /**
     * The snapshot: for each locale CLDR has rules for, by ICU's id ({@code pt_PT}), the locale it shares its
     * rules with, and under that locale's id its {@code .categories}, {@code .integer} categories, and each
     * category's condition ({@code .one}) and {@code .one.examples}. {@value #NO_RULES} is what a locale
     * without rules has. Last come the aliases of ICU's own table that change a locale's rules:
     * {@value #ALIAS}{@code mo} is the language ICU reads {@code mo} as, {@value #ALIAS}{@code hy_arevmda} that
     * of {@code hy} with the variant {@code arevmda}, and {@value #REGION}{@code 620} the region {@code 620} is.
     */
    public static final String SNAPSHOT = "cldr-plurals.properties";

    /** The snapshot's entry for a locale whose language CLDR has no rules for. */
    public static final String NO_RULES = "none";

    /** The prefix of the snapshot's entries of the languages ICU reads as others: {@code mo} is {@code ro}. */
    public static final String ALIAS = "alias.";

    /** The prefix of the snapshot's entries of the regions ICU reads as others: {@code 620} is {@code PT}. */
    public static final String REGION = "region.";

    private static final Properties CLDR = snapshot();

    private static final Set<String> LANGUAGES = CLDR.stringPropertyNames().stream()
            .filter(key -> !key.contains("."))
            .map(id -> id.split("_", 2)[0]).collect(Collectors.toUnmodifiableSet());

    /** By tag: a run asks once per locale and message, on several threads. */
    private static final Map<String, PluralLanguage> CACHE = new ConcurrentHashMap<>();

    public PluralLanguage {
        categories = List.copyOf(categories);
        conditions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        integerCategories = Set.copyOf(integerCategories);
        examples = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(examples));
    }

    /** The plural rules of a BCP 47 locale tag. */
    public static PluralLanguage of(String tag) {
        return CACHE.computeIfAbsent(tag, PluralLanguage::fromCldr);
    }

    private static PluralLanguage fromCldr(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String variant = locale.getVariant().toLowerCase(Locale.ROOT);
        String language = variant.isEmpty() ? null : CLDR.getProperty(ALIAS + locale.getLanguage() + "_" + variant);
        if (language == null) {
            language = CLDR.getProperty(ALIAS + locale.getLanguage(), locale.getLanguage());
        }
        String region = CLDR.getProperty(REGION + locale.getCountry(), locale.getCountry());
        // ICU's id of the locale (pt_PT), its last part dropped until one has rules: de_CH has those of de.
        String id = Stream.of(language, locale.getScript(), region)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining("_"));
        String rules = null;
        while (rules == null && !id.isEmpty()) {
            rules = CLDR.getProperty(id);
            id = id.contains("_") ? id.substring(0, id.lastIndexOf('_')) : "";
        }
        String of = rules == null ? NO_RULES : rules;
        List<String> categories = List.of(CLDR.getProperty(of + ".categories").split(" "));
        Map<String, String> conditions = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        for (String category : categories) {
            if (!category.equals("other")) {
                conditions.put(category, CLDR.getProperty(of + "." + category));
            }
            examples.put(category, CLDR.getProperty(of + "." + category + ".examples"));
        }
        String integers = CLDR.getProperty(of + ".integer");
        return new PluralLanguage(tag, LANGUAGES.contains(language), categories,
                conditions, integers.isEmpty() ? Set.of() : Set.of(integers.split(" ")), examples);
    }

    private static Properties snapshot() {
        Properties cldr = new Properties();
        try (InputStream in = PluralLanguage.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's jar lacks its " + SNAPSHOT);
            }
            cldr.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin's " + SNAPSHOT, e);
        }
        return cldr;
    }

    /** The categories a plural of {@code type} needs a branch for: those its numbers take, {@code other} aside. */
    public List<String> needed(ParamType type) {
        return categories.stream().filter(category -> !category.equals("other"))
                .filter(category -> type != ParamType.INT && type != ParamType.LONG
                        || integerCategories.contains(category))
                .toList();
    }

    /** The rules as a bundle carries them: {@code one: i = 1 and v = 0; few: ...}, {@code other} implied. */
    public String bundleRules() {
        return conditions.entrySet().stream().map(rule -> rule.getKey() + ": " + rule.getValue())
                .collect(Collectors.joining("; "));
    }
}
