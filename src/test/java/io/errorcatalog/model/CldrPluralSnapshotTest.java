package io.errorcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;

/**
 * {@link PluralLanguage}'s snapshot of CLDR's plural rules against ICU4J, the library it is taken from: the
 * file is what ICU4J gives today, and each of more than a thousand locale tags (every locale and alias ICU4J
 * knows, the JDK's locales, and odd tags) has the rules ICU4J gives it. After
 * changing ICU4J's version, run this test with {@code -Dcldr.update=true} to write the snapshot again, review
 * its diff, and run the test once more without the property: the tag-by-tag check reads the snapshot that the
 * build copied before the first run rewrote it, so it waits for the second.
 */
class CldrPluralSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/main/resources/io/errorcatalog/model", PluralLanguage.SNAPSHOT);

    private static final int EXAMPLES = 4;

    private static final Map<String, String> LANGUAGE_ALIASES = icuAliases("language");

    private static final Map<String, String> REGION_ALIASES = icuAliases("territory");

    /** What a locale's rules are, apart from the locale. */
    private record Rules(List<String> categories, Map<String, String> conditions, Set<String> integerCategories,
            Map<String, String> examples) {

        static Rules of(PluralRules rules) {
            List<String> categories = MessageTemplate.PLURAL_CATEGORIES.stream()
                    .filter(rules.getKeywords()::contains).toList();
            Map<String, String> conditions = new LinkedHashMap<>();
            Map<String, String> examples = new LinkedHashMap<>();
            Set<String> integers = new TreeSet<>();
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
            return new Rules(categories, conditions, integers, examples);
        }

        private static String decimal(double sample) {
            String digits = BigDecimal.valueOf(sample).toPlainString();
            return digits.contains(".") ? digits : digits + ".0";
        }

        void write(String id, StringBuilder out) {
            out.append(id).append(".categories=").append(String.join(" ", categories)).append('\n');
            out.append(id).append(".integer=").append(String.join(" ", integerCategories)).append('\n');
            for (String category : categories) {
                if (conditions.containsKey(category)) {
                    out.append(id).append('.').append(category).append('=').append(conditions.get(category))
                            .append('\n');
                }
                out.append(id).append('.').append(category).append(".examples=").append(examples.get(category))
                        .append('\n');
            }
        }
    }

    /** The snapshot as ICU4J gives it: each locale by its id, then each set of rules under its first locale's. */
    private static String snapshotFromIcu() {
        Map<String, Rules> byLocale = new TreeMap<>();
        for (ULocale locale : PluralRules.getAvailableULocales()) {
            // Not root, a locale of no language: a tag "root" has the rules of a language without rules.
            if (!locale.getName().equals("root")) {
                byLocale.put(locale.getName(), Rules.of(PluralRules.forLocale(locale)));
            }
        }
        Map<Rules, String> firstLocale = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder("# CLDR's plural rules, by ICU4J " + com.ibm.icu.util.VersionInfo.ICU_VERSION
                + " (CLDR " + com.ibm.icu.util.LocaleData.getCLDRVersion() + "), for io.errorcatalog.model.PluralLanguage.\n"
                + "# Written by CldrPluralSnapshotTest: run it with -Dcldr.update=true after changing ICU4J's version.\n"
                + "#\n# Each locale CLDR has rules for, and the locale whose rules it has:\n");
        byLocale.forEach((id, rules) -> out.append(id).append('=')
                .append(firstLocale.computeIfAbsent(rules, first -> id)).append('\n'));
        out.append("#\n# Each set of rules: its categories in CLDR's order, those some integer takes, and each category's\n"
                + "# condition (but other's) and first examples. '" + PluralLanguage.NO_RULES
                + "' is a locale's without rules.\n");
        firstLocale.forEach((rules, id) -> rules.write(id, out));
        Rules.of(PluralRules.DEFAULT).write(PluralLanguage.NO_RULES, out);
        out.append("#\n# The aliases of ICU4J's own table that change a locale's rules: a language (with a variant)\n"
                + "# and the language ICU4J reads it as, a region and the region it reads it as.\n");
        Set<String> languages = languagesWithRules();
        LANGUAGE_ALIASES.keySet().forEach(alias -> {
            String language = alias.split("_")[0];
            String canonical = new ULocale(ULocale.canonicalize(alias)).getLanguage();
            boolean variant = alias.contains("_") && alias.equals(alias.toLowerCase(Locale.ROOT));
            // A plain code matters where it reads as a language with rules, a variant where it changes the language.
            if (variant ? !canonical.equals(language) : !canonical.equals(alias) && languages.contains(canonical)) {
                out.append(PluralLanguage.ALIAS).append(alias).append('=').append(canonical).append('\n');
            }
        });
        Set<String> regionsWithRules = byLocale.keySet().stream().map(ULocale::new).map(ULocale::getCountry)
                .filter(region -> !region.isEmpty()).collect(Collectors.toSet());
        REGION_ALIASES.forEach((alias, replacement) -> {
            if (regionsWithRules.contains(replacement)) {
                out.append(PluralLanguage.REGION).append(alias).append('=').append(replacement).append('\n');
            }
        });
        return out.toString();
    }

    private static Set<String> languagesWithRules() {
        return Arrays.stream(PluralRules.getAvailableULocales()).map(ULocale::getLanguage)
                .filter(language -> !language.equals("root")).collect(Collectors.toSet());
    }

    /**
     * One kind of ICU4J's own aliases ("language": {@code mo} is {@code ro}, {@code hy_arevmda} is {@code hyw};
     * "territory": {@code 620} is {@code PT}), each with its replacement: the table {@code ULocale.canonicalize}
     * reads, in ICU4J's data (its "metadata" bundle, which ICU4J has no public API for).
     */
    private static Map<String, String> icuAliases(String kind) {
        UResourceBundle table = UResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME, "metadata",
                ICUData.class.getClassLoader()).get("alias").get(kind);
        Map<String, String> aliases = new TreeMap<>();
        for (int i = 0; i < table.getSize(); i++) {
            aliases.put(table.get(i).getKey(), table.get(i).get("replacement").getString());
        }
        return aliases;
    }

    @Test
    void theSnapshotIsWhatIcuGives() throws IOException {
        String fromIcu = snapshotFromIcu();
        assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(fromIcu), "a properties file reads ASCII as written");
        if (Boolean.getBoolean("cldr.update")) {
            Files.writeString(SNAPSHOT, fromIcu, StandardCharsets.US_ASCII);
        }
        assertEquals(fromIcu, Files.readString(SNAPSHOT, StandardCharsets.US_ASCII),
                "the snapshot is not ICU4J's rules: run this test with -Dcldr.update=true, and review the diff");
    }

    /**
     * Every tag of a locale ICU4J or the JDK knows, with a region and a script added; every alias of ICU4J's
     * table, as a language (with its variant or region) and as a region of Portuguese and of English; and tags
     * that name a language by a grandfathered code: the snapshot gives each the rules ICU4J gives it.
     */
    @Test
    void everyLocaleTagHasTheRulesIcuGivesIt() {
        assumeFalse(Boolean.getBoolean("cldr.update"), "the tests read the snapshot the build copied before this run"
                + " rewrote it: run this test again without -Dcldr.update");
        Set<String> tags = new TreeSet<>(List.of("iw", "in", "ji", "sh", "mo", "tl", "no", "nb", "i-klingon",
                "art-lojban", "zh-min-nan", "en-GB-oed", "x-private", "und", "en-XA", "ar-XB", "tlh", "zz",
                "pt-PT", "pt-BR", "pt-AO", "pt-620", "zh-Hant-TW", "sr-Latn-RS", "ca-ES-valencia", "de-CH-1996", "hy-arevmda",
                "hy-Latn-arevmda", "aa-saaho"));
        for (ULocale locale : PluralRules.getAvailableULocales()) {
            String tag = locale.toLanguageTag();
            tags.addAll(List.of(tag, tag + "-US", locale.getLanguage() + "-Latn-419"));
        }
        Arrays.stream(Locale.getAvailableLocales()).map(Locale::toLanguageTag).forEach(tags::add);
        LANGUAGE_ALIASES.keySet().forEach(alias -> tags.addAll(alias.contains("_") ? List.of(alias.replace('_', '-'))
                : List.of(alias, alias + "-CH")));
        REGION_ALIASES.keySet().stream().filter(region -> region.matches("[A-Z]{2}|[0-9]{3}"))
                .forEach(region -> tags.addAll(List.of("pt-" + region, "en-" + region)));
        Set<String> languages = languagesWithRules();
        for (String tag : tags) {
            ULocale locale = ULocale.forLanguageTag(tag);
            Rules icu = Rules.of(PluralRules.forLocale(locale));
            PluralLanguage snapshot = PluralLanguage.of(tag);
            assertEquals(icu, new Rules(snapshot.categories(), snapshot.conditions(), snapshot.integerCategories(),
                    snapshot.examples()), tag);
            // By its language's current code, as ICU4J looks its rules up: "in" is Indonesian, "id".
            String language = new ULocale(ULocale.canonicalize(locale.getBaseName())).getLanguage();
            assertEquals(languages.contains(language), snapshot.inCldr(), tag);
        }
        assertTrue(tags.size() > 1_000, "tags: " + tags.size());
    }
}
