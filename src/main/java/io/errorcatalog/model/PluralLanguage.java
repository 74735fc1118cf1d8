package io.errorcatalog.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * One locale's plural rules, as CLDR gives them (read through ICU4J, at build time only): its categories,
 * each one's condition in CLDR's syntax, and example numbers. The generated bundles carry the conditions
 * ({@link #bundleRules()}) to the runtime, which evaluates them itself.
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

    private static final Set<String> LANGUAGES = Arrays.stream(PluralRules.getAvailableULocales())
            .map(ULocale::getLanguage).collect(Collectors.toUnmodifiableSet());

    /** By tag: a run asks once per locale and message, on several threads. */
    private static final Map<String, PluralLanguage> CACHE = new ConcurrentHashMap<>();

    private static final int EXAMPLES = 4;

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
        ULocale locale = ULocale.forLanguageTag(tag);
        PluralRules rules = PluralRules.forLocale(locale);
        List<String> categories = MessageTemplate.PLURAL_CATEGORIES.stream()
                .filter(rules.getKeywords()::contains).toList();
        Map<String, String> conditions = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        List<String> integers = new ArrayList<>();
        for (String category : categories) {
            if (!category.equals("other")) {
                conditions.put(category, rules.getRules(category).trim());
            }
            Collection<Double> integerSamples = rules.getSamples(category, PluralRules.SampleType.INTEGER);
            if (!integerSamples.isEmpty()) {
                integers.add(category);
            }
            List<String> shown = new ArrayList<>();
            integerSamples.stream().limit(EXAMPLES).forEach(sample -> shown.add(Long.toString(sample.longValue())));
            // A decimal sample shows its fraction digits: 1.0 is a decimal as CLDR counts (v = 1), unlike 1.
            rules.getSamples(category, PluralRules.SampleType.DECIMAL).stream().limit(EXAMPLES - shown.size())
                    .forEach(sample -> shown.add(decimal(sample)));
            examples.put(category, String.join(", ", shown));
        }
        return new PluralLanguage(tag, LANGUAGES.contains(locale.getLanguage()), categories, conditions,
                Set.copyOf(integers), examples);
    }

    private static String decimal(double sample) {
        String digits = BigDecimal.valueOf(sample).toPlainString();
        return digits.contains(".") ? digits : digits + ".0";
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
